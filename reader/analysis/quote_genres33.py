"""English quotations in essays, letters, podcasts, court opinions, how-to guides and textbooks
(quotes33). A podcast or hearing transcript whose labelled voices talk to each other, with no
interviewer among them, is speech throughout: its turns are no quotes, only the quotations inside
them are ("TESS: ... She said, "...""). A nickname after "called X" is no quote.
A letter's "you said" is the one it is written to; a
provision ("Section 4 provides that") says what it quotes."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reader.analysis.quote_genres32 import _TURN, question_labels

_ASKERS = frozenset(("Q", "A", "Spørgsmål", "Svar", "Question", "Answer", "Interviewer", "Journalist"))


@lru_cache(maxsize=8)
def conversation_labels(text: str) -> frozenset[str]:
    """The labels of a transcript of two voices or more that each take two turns or more, none of
    them an interviewer (a label whose every turn is a question, or "Q:"), else none."""
    turns: dict[str, int] = {}
    for match in _TURN.finditer(text):
        turns[match.group(1)] = turns.get(match.group(1), 0) + 1
    voices = frozenset(label for label, count in turns.items() if count >= 2)
    if len(voices) < 2 or voices & _ASKERS or question_labels(text):
        return frozenset()
    return voices


# 'always called your father "the Admiral"', 'calls her "Boss"': a nickname after call and the one
# named (one to three words), the quoted words one capitalised word, "the" before it at most.
_CALLED_SOMEONE = re.compile(r"\b(?:call|calls|called|calling)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_NICKNAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]*")


def nickname(text: str, s: int, before: int, inner: str) -> bool:
    """Whether the quoted ``inner`` (its opening mark at ``before``) is a nickname given after "called X"."""
    return bool(_NICKNAME.fullmatch(inner.strip())) and bool(_CALLED_SOMEONE.search(text, max(s, before - 60), before))


# A letter's salutation ("Dear Ms Lisle,", "Dear Hattie,"): the one written to.
_DEAR = re.compile(
    r"^[ \t]*Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Councillor|Cllr|Sir|Dame|Lady|Lord)\.?\s+)?"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*[,:!]?[ \t]*$",
    re.MULTILINE,
)
# "you said:", "you state that", "you have publicly promised": the one written to as the one who spoke.
_YOU_SAID = re.compile(
    r"\b[Yy]ou\s+(?:(?:have|had|then|also|once|later|yourself|publicly|recently|repeatedly|\w+ly)\s+){0,2}"
    r"(?:said|stated|state|wrote|write|told|claimed|claim|promised|assured|insisted|argued|described|called|declared)\b"
)
# "Dear Editor,", "Dear Sir or Madam,", "Dear Friends,": no one named.
_NO_NAME = frozenset("Editor Editors Sir Sirs Madam Friend Friends Colleague Colleagues Customer Customers Resident Residents"
                     " Neighbour Neighbours Neighbor Neighbors Parent Parents Member Members All Everyone Team Reader Readers"
                     " Council Councillors Board Committee".split())
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’']?\s+|\n)(?=\S)")


def addressee(text: str) -> tuple[int, int] | None:
    """The span of the name a letter is written to, from its one salutation in its first 1,000
    characters ("Dear Ms Lisle," gives "Lisle"), else None."""
    found = list(_DEAR.finditer(text, 0, min(len(text), 1000)))
    return found[0].span(1) if len(found) == 1 and found[0].group(1).split()[0] not in _NO_NAME else None


def letter_you(text: str, quotes: list, people: list) -> None:
    """In a letter to a named person, a quotation with no speaker whose sentence says "you said"
    (or stated, wrote, told, promised ...) before it is the addressee's ("Dear Ms Lisle, ... In an
    interview you said: "..."" is Fiona Lisle when the text names her so); ``quotes`` changed in place."""
    if "Dear" not in text or "you" not in text.lower():
        return
    span = addressee(text)
    if span is None:
        return
    name = text[span[0]:span[1]]
    fuller = {p.canonical for p in people if p.canonical.split()[-1] == name.split()[-1] and len(p.canonical) > len(name)}
    name = fuller.pop() if len(fuller) == 1 else name
    for k, q in enumerate(quotes):
        if q.speaker is not None or q.start <= span[1]:
            continue
        begin = max(0, q.start - 300)
        starts = [m.end() for m in _SENTENCE_START.finditer(text, begin, q.start)]
        begin = starts[-1] if starts else begin
        said = None
        for said in _YOU_SAID.finditer(text, begin, q.start):
            pass
        if said is not None:
            quotes[k] = replace(q, speaker=name, speaker_start=said.start(), speaker_end=said.start() + 3)


# A provision of a statute or contract as the subject before a quotation: "Section 14-202 provides
# that", "Clause 9.2 reads:", "Article 5(1) of the Convention states that" (court opinions).
_PROVISION = re.compile(
    r"\b((?:Section|Clause|Article|Rule|Regulation|Paragraph|Schedule|Subsection|section|clause|article|rule|regulation|paragraph|subsection)"
    r"\s+\d[\w.()-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|on|for|\d{4})){0,6})?)"
    r"\s+(?:(?:also|further|expressly|simply|then|now)\s+)?(?:provides|provided|states|stated|reads|read|says|said|stipulates|stipulated|requires|required)\b"
    r"(?:\s+(?:that|as\s+follows))?[^.!?\"“‘]{0,120}$"
)


def provision_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a provision ("Section 14-202", "Clause 9.2") that says the quotation after it,
    in the sentence ``[start, end)`` before the quotation, else None."""
    found = _PROVISION.search(text, start, end)
    return found.span(1) if found is not None else None


# "counsel for the plaintiff argued that": counsel with no article, the one who speaks for a party
# (not the party; "Counsel for X, Mr Y, submitted" names Y and is left to the name rules).
_COUNSEL = re.compile(
    r"\b((?:[Cc]ounsel|[Ll]eading\s+counsel|[Jj]unior\s+counsel)\s+for\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+(?:(?:also|further|then|later|\w+ly)\s+)?(?:said|says|argued|argues|submitted|submits|told|contended|contends|suggested|suggests|asked|put\s+it)\b"
    r"[^.!?\"“‘]{0,120}$"
)


def counsel_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of "counsel for the plaintiff" speaking before the quotation in ``[start, end)``, else None."""
    found = _COUNSEL.search(text, start, end)
    return found.span(1) if found is not None else None


# "I will end with the words of my late husband, who sat on this council for twelve years:", "in the
# words of Ann Lee,": whose words the quotation after it gives.
_WORDS_OF = re.compile(
    r"\bwords\s+of\s+((?:(?:my|his|her|our|their|the|a|an)\s+(?:late\s+)?)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?:,\s+(?:who|which)\s[^,:;\"“”]{1,80})?\s*[:,]\s*$"
)


def words_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of X in a lead ending "the words of X:" (a relative clause after X allowed), else None."""
    found = _WORDS_OF.search(text, start, end)
    return found.span(1) if found is not None else None


_JUDGED_THAT = re.compile(r"\b(?:found|finds)\s+(?:that\s+)?[^.!?;:\"“”‘’()\n]{0,80}$")


def judged_term(text: str, s: int, before: int, inner: str) -> bool:
    """Whether a phrase of three words or fewer follows "found (that)" in its sentence: a finding's
    term ('found that the contract was "void for uncertainty"'), not a quotation of the finder."""
    return len(inner.split()) <= 3 and bool(_JUDGED_THAT.search(text, max(s, before - 100), before))
