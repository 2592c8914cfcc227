"""English quotations outside news (quotesen23): essays and papers that cite their sources, how-to
guides that tell the reader what to say, transcripts whose labelled turns quote someone else."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.en_words import EN_VOCABULARY


# A bracketed citation with no name in it: "(1998)", "(1998, p. 42)", "(2008: 61)", "(p. 88)",
# "(pp. 12-14)". Blanked out (same length) before quotations are attributed in English, so that
# "As Hartley (1998, p. 42) puts it," reads as "As Hartley puts it," ("p." ended the sentence).
_CITATION = re.compile(
    r"\((?:(?:1[5-9]\d\d|20\d\d)[a-z]?(?:\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?"
    r"|pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)\)"
)


def without_citations(text: str) -> str:
    """``text`` with its name-less bracketed citations blanked out by spaces (offsets kept)."""
    if "(" not in text or not _CITATION.search(text):
        return text
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


# A verb of saying in the form a guide tells its reader to use: 'Then say, "..."', 'Never say "..."'.
_IMPERATIVE = frozenset("say ask tell answer reply add explain write try".split())


def imperative(subject: str, verb: str) -> bool:
    """Whether ``subject`` before the verb ``verb`` only opens an instruction ("Then say,", "Never
    say", "Just ask", "Politely say"): an adverb, not a name, before a bare verb of saying."""
    word = subject.strip().rstrip(",")
    return verb.lower() in _IMPERATIVE and (
        word.lower() in _OPENERS or " " not in word and len(word) > 5 and word.endswith("ly") and word.lower() not in _NOT_ADVERBS
    )


# Words that open an instruction before a bare verb ("Then say", "Instead, ask", "Don't say").
_OPENERS = frozenset(
    "then never just simply always instead now first next finally also or and so don't do never ever"
    " again afterwards later sometimes often".split()
    + ["do not", "and then", "then just", "just never", "or just", "or simply", "and just"]
)
_NOT_ADVERBS = frozenset("beverly kelly emily shelly molly holly polly sally lilly".split())


# An opening mark right after a verb of saying (or "quote,") inside a labelled turn of a transcript:
# 'PRIYA: My mum looked at me and said, "Where will you put your books?"'.
_MARKS = "\"“‘"


def quotes_someone(text: str, start: int, end: int, before: re.Pattern) -> bool:
    """Whether the turn ``[start, end)`` holds a quotation that a verb of saying (or "quote,")
    introduces: the turn then quotes someone else, and the quotation is read on its own."""
    at = start
    while True:
        at = min((k for k in (text.find(m, at, end) for m in _MARKS) if k >= 0), default=-1)
        if at < 0:
            return False
        lead = text[max(start, at - 60):at]
        if re.search(r"\bquote[,:]?\s*$", lead, re.IGNORECASE):
            return True  # 'she tried your recipe and, quote, "..."'
        tail = re.search(r"\b(\w+)(?:\s+(?:me|us|him|her|them|you))?[,:]?\s*$", lead)
        if tail is not None and before.fullmatch(tail.group(1)):
            return True
        clause = re.split(r"[.!?]\s", lead)[-1]
        if re.search(r"[,:]\s*$", clause) and before.search(clause):
            return True  # 'Mr Dhillon said to me on the first day, "..."'
        at += 1


# "For Mendel, a walk is "..."", "To Arendt, evil was "..."", "In Kwan's view, the gains are "..."":
# the thinker whose view the sentence gives, when the quotation follows a verb of being or meaning.
_FRAMED = re.compile(
    r"(?:For|To|In\s+the\s+(?:view|eyes|words)\s+of)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+"
    r"|In\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})['’]s\s+(?:view|words|account|phrase|terms|reading),\s+"
)
_BEING = re.compile(
    r"[^\"“”.!?;]{1,80}?\b(?:is|are|was|were|means|meant|remains|remained|becomes|became|amounts\s+to|consists\s+of)"
    r"(?:\s+(?:no\s+more\s+than|nothing\s+but|simply|merely|only|above\s+all|at\s+bottom|essentially))?\s*[,:]?\s*$"
)


def framed_thinker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the thinker in a sentence ``[start, end)`` (up to a quotation's opening mark)
    that opens "For Mendel, a walk is", else None."""
    frame = _FRAMED.match(text, start, end)
    if frame is None or not _BEING.fullmatch(text, frame.end(), end):
        return None
    quoted = re.match(r"[\"“‘]([^\"“”‘’]{0,300})", text[end:end + 302])
    if quoted is None or len(quoted.group(1).split()) < 3:
        return None  # 'For Arendt, evil was "banal"': a word, not a quotation to give her
    group = 1 if frame.group(1) else 2
    return frame.start(group), frame.end(group)


# An author before a bracketed year, "Kwan (2019)", "Baxter and Lund (2011)", "Idowu et al. (2016)",
# or inside it, "(Kwan, 2019)": a person the name finder often misses in an academic text.
_AUTHOR = r"[A-Z][a-z][\w'’-]+"
_CITED = re.compile(
    rf"\b({_AUTHOR})(?:\s+(?:and|&)\s+({_AUTHOR}))?(?:\s+et\s+al\.)?\s+\((?:1[5-9]\d\d|20\d\d)[a-z]?[,:;)]"
    rf"|\(({_AUTHOR})(?:\s+(?:and|&)\s+({_AUTHOR}))?(?:\s+et\s+al\.)?,\s+(?:1[5-9]\d\d|20\d\d)[a-z]?[,:;)]"
)
_NOT_AUTHORS = frozenset(
    "january february march april may june july august september october november december spring summer autumn"
    " winter in on since from until by after before during the a an this that see cf and or but".split()
)


# What shows a text cites at all: a name inside the brackets "(Marsh, 2008)", a page "(p. 88)", "et al." (not
# "Parasite (2019) drew the crowds": a film's year; attack24).
_SCHOLARLY = re.compile(rf"\({_AUTHOR}(?:\s+(?:and|&)\s+{_AUTHOR})?(?:\s+et\s+al\.)?,\s+(?:1[5-9]\d\d|20\d\d)"
                        r"|\bet\s+al\.|\((?:1[5-9]\d\d|20\d\d)[a-z]?\s*[,:]\s*(?:pp?\.\s*)?\d|\(pp?\.\s*\d")


def cited_authors(text: str) -> set[str]:
    """The surnames ``text`` cites with a year ("Kwan (2019) goes further:"), in a text that cites
    (``_SCHOLARLY``)."""
    if not _SCHOLARLY.search(text):
        return set()
    names = set()
    for match in _CITED.finditer(text):
        names.update(n for n in match.groups() if n and n.lower() not in _NOT_AUTHORS)
    return names


# A sentence opening with a subordinate clause, then the pronoun subject of the verb of saying:
# "When Mrs Pargeter asked why, he said:" is not Mrs Pargeter's, nor "When the doctor came, she
# looked at his chart and said," the chart's owner's.
_SUBORDINATE = re.compile(
    r"(?:When|Whenever|As|After|Before|While|If|Although|Though|Because|Once|Until|Since|Asked|Pressed|Challenged)\s"
    r"[^\"“”;]{3,160},\s+(he|she|they)\s+(?:[^\"“”,.;:!?]{1,60}\s+and\s+)?(?:[a-z]+ly\s+|then\s+|simply\s+|just\s+)?$"
)


def subordinate_pronoun(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """The span of the pronoun that is the subject of the verb at ``cut`` after a subordinate
    clause opening the sentence ``[start, cut)``, else None."""
    match = _SUBORDINATE.match(text, start, cut)
    return match.span(1) if match is not None else None


# A name after a title of the church the name finder leaves out at the start of a sentence
# ("Mother Agnes Kearney founded ...", "Sister Joan Reilly said"): the first and last name.
_CHURCH_NAME = re.compile(
    r"(?<![\w'’-])(?:Mother(?:\s+Superior)?|Sister|Brother|Father|Reverend|Rev\.?|Canon|Bishop|Archbishop|Rabbi|Imam"
    r"|Pastor|Deacon|Abbot|Abbess|Friar|Monsignor|Cardinal)\s+([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})(?![\w'’-])"
)


def church_names(text: str) -> set[str]:
    """The names (two or three capitalised words, no common word) ``text`` writes after a church title."""
    return {m.group(1) for m in _CHURCH_NAME.finditer(text)
            if not any(w.lower() in EN_VOCABULARY for w in m.group(1).split())}


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_WRITER = re.compile(r"\b(?:I|me|my|we|us)\b")


def writers_questions(text: str, quotes: list) -> None:
    """An interview written as quoted exchanges: 'I met her in the studio. / "Do you miss London?" /
    "Not for a minute."'. A bare quotation paragraph asking "you" something, right before a quoted
    answer given the same speaker, in a text whose narrative speaks in the first person, is the
    writer's question, not the interviewee's: its speaker is cleared (``quotes`` in text order,
    changed in place)."""
    for k in range(len(quotes) - 1):
        ask, answer = quotes[k], quotes[k + 1]
        if ask.speaker is None or ask.speaker != answer.speaker or not ask.text.rstrip(" \"”’").endswith("?"):
            continue
        begin = text.rfind("\n", 0, ask.start) + 1
        end = text.find("\n", ask.end)
        end = len(text) if end < 0 else end
        if text[begin:ask.start].strip(" \t\"“‘") or text[ask.end:end].strip(" \t\"”’?") or not _YOU.search(ask.text):
            continue  # not a bare paragraph of its own, or no question to "you"
        if ask.speaker_start is not None and begin <= ask.speaker_start < end:
            continue  # a tag of its own
        if k and _tagged_before(text, quotes[k - 1], ask.speaker, begin):
            continue  # '"...," she said. / "Would you pay that?"': she goes on asking (attack24)
        following = text[end:answer.start]
        if following.strip(" \t\n\"“‘") or "\n" not in following:
            continue  # the answer does not open the next paragraph
        narrative = text[max(0, begin - 600):begin]
        if not _WRITER.search(re.sub(r"[\"“][^\"“”]*[\"”]", "", narrative)):
            continue
        quotes[k] = replace(ask, speaker=None, speaker_start=None, speaker_end=None, role="", affiliation="")


def _tagged_before(text: str, quote, speaker: str, begin: int) -> bool:
    """Whether ``quote`` is in the paragraph right before ``begin`` and given to ``speaker`` by a tag of
    its own in that paragraph."""
    if quote.speaker != speaker or quote.speaker_start is None:
        return False
    para = text.rfind("\n", 0, len(text[:begin].rstrip())) + 1
    return para <= quote.start and para <= quote.speaker_start < begin


_WHEN = re.compile(r"(?:When|Whenever|As|After|Before|While|Once|Until)\s+")


def when_described(text: str, own: int, pronoun: int, subject_description) -> tuple[int, int] | None:
    """'When the doctor came on Friday, she looked at his chart and said,': the span of the
    description that is the subject of the opening when-clause, when the pronoun at ``pronoun``
    opens the main clause right after it (``subject_description`` reads the clause)."""
    when = _WHEN.match(text, own, pronoun)
    if when is None or not re.search(r",\s+$", text[own:pronoun]) or text.count(",", own, pronoun) != 1:
        return None
    return subject_description(text, when.end(), pronoun)


# "Others, such as Moreno (2013), argue that": the one person named as the example of the subject.
_EXAMPLE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2},\s+(?:such\s+as|notably|including|like|among\s+them)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*,\s+(?:also\s+)?(\w+)\b"
)


def example_subject(text: str, start: int, end: int, before: re.Pattern) -> tuple[int, int] | None:
    """The span of the person in "Others, such as Moreno, argue that" opening ``[start, end)``
    when a verb of saying (``before``) follows the apposition, else None."""
    match = _EXAMPLE.match(text, start, end)
    return match.span(1) if match is not None and (before.fullmatch(match.group(2)) or match.group(2) in _SAY_PLURAL) else None


_SAY_PLURAL = frozenset("argue claim note suggest insist contend observe maintain warn write".split())


def turn_pronouns(text: str, quotes: list, turns: list[tuple[int, int]], voices: set[str]) -> None:
    """'RAJ: He was a good boss. When I left, he said, "..."': a "he" or "she" inside a labelled
    turn that quotes someone is never one of the transcript's voices (who say "I" in their own
    turns and are named by the labels of the others); such a speaker is cleared (``quotes``
    changed in place)."""
    for k, quote in enumerate(quotes):
        if quote.speaker not in voices or quote.speaker_start is None:
            continue
        if text[quote.speaker_start:quote.speaker_end].lower() not in ("he", "she", "him", "her"):
            continue
        if any(begin <= quote.start < end for begin, end in turns):
            quotes[k] = replace(quote, speaker=None, role="", affiliation="")
