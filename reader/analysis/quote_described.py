"""English speakers described, not named: the description that is the subject of the last reporting
verb, of the pronoun's own sentence, or of the sentence just before a quotation ("A neighbour was in
tears. "I cannot believe it," she said.")."""

from __future__ import annotations

import re

from reader.analysis.antecedents import Spans
from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.descriptions import description_fits, is_person_noun, subject_description
from reader.analysis.en_quote_cues import adverbial_only, closing_tag, named_after_subject
from reader.analysis.people import Speaker
from reader.analysis.quote_genres23 import when_described
from reader.analysis.sentences import end_before
from reader.analysis.speakers import phrase


def described_subject(ctx: Context, before: int, spans: Spans, female: bool = False, male: bool = False) -> Speaker | None:
    """A description that is the subject of the last reporting verb since the paragraph before,
    with no person named after it but its owner ("Reed's mother"), and of the pronoun's sex: 'A
    port spokeswoman said ... / "...," she said.' ("her brother said ..." is no "she")."""
    text = ctx.text
    reach = max(0, before - _REACH)  # at most this far back: one paragraph of 1,500 quotes took a minute
    para = text.rfind("\n\n", reach, before)
    previous = text.rfind("\n\n", reach, para) if para > reach else -1
    window = previous + 2 if previous >= 0 else reach
    verb = spans.last_outside(ctx.before, text, window, para + 2 if para >= 0 else window, before)
    if verb is None or not verb.group(1).islower():
        return None
    begin = sentence_begin(text, max(window, text.rfind("\n", window, verb.start()) + 1), verb.start())
    named = ctx.people.last_people(begin, before)
    if named and not all(_GENITIVE.match(text, p.end) for p in named):
        return None  # someone named there, not as an owner (the phrase need not be read)
    found = phrase(text, begin, verb.start(), ctx.people, ctx.language)
    if named and (found is None or any(p.end > found.end for p in named)):
        return None
    rest = text[found.end:verb.start()].strip() if found is not None else ""
    if found is None or found.kind != "description" or rest and not _RELATIVE.fullmatch(rest):
        return None
    return found if description_fits(text[found.start:found.end], female, male) else None


_GENITIVE = re.compile(r"'s|’s|'(?=\s)")
_REACH = 3000  # characters: two long news paragraphs


def own_described(ctx: Context, pronoun: int, female: bool, male: bool) -> Speaker | None:
    """English: the described subject of the pronoun's sentence, or of the one before if the pronoun
    opens its own, nobody named between: 'The old woman sat down and she said,', 'Her husband ... He'."""
    text, line = ctx.text, ctx.text.rfind("\n", 0, pronoun) + 1
    own = sentence_begin(text, line, pronoun)
    opens = own == pronoun or adverbial_only(text, own, pronoun)  # "At one point he looks at me and goes,"
    own = sentence_begin(text, line, own - 2) if opens and own - 2 > line else own
    mine = subject_description(text, own, pronoun) if text[own:own + 1] not in "\"“‘" else None
    mine = mine or when_described(text, own, pronoun, subject_description)  # "When the doctor came, she" (quotesen23)
    if mine is None or ctx.people.last_people(own, pronoun) or closing_tag(text, pronoun - 2, text.find(".", pronoun) + 1):
        return None  # ("Her sister thinks it is a terrible idea, she says.": she is not the sister)
    found = phrase(text, mine[0], mine[1], ctx.people, ctx.language)
    if found is None or found.kind != "description" or not description_fits(text[found.start:found.end], female, male):
        return None
    return found


def described_beat(ctx: Context, start: int, female: bool = False, male: bool = False, anywhere: bool = False) -> Speaker | None:
    """The description opening the sentence just before a quotation's own (the last of the
    paragraph before, when the quotation opens its paragraph), with no person named there: 'A
    neighbour was in tears. "I cannot believe it," she said.' ``anywhere`` (for "he"/"she"): else
    the last person described anywhere in that sentence whose sex fits ('I was sent to see my
    commanding officer. "Sit down," he said.')."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    own = sentence_begin(text, line, start - 1)
    if own <= line:
        own = end_before(text, line)  # the end of the paragraph before
        line = text.rfind("\n", 0, own) + 1
        if own <= line or text[line] in "\"“‘»„-–—":
            return None
    begin = sentence_begin(text, line, own - 2)
    subject = subject_description(text, begin, own)
    span = subject or _described_who(text, begin, own)
    if span is None and anywhere:
        span = _described_who(text, begin, own, female, male, _DESCRIBED)
    named = ctx.people.last_people(begin, own)  # ("The old man leaned toward Priya.": she is no subject)
    if span is None or closing_tag(text, begin, own) or named and not (subject is not None and named_after_subject(text, subject[1], named)):
        return None
    found = phrase(text, span[0], span[1], ctx.people, ctx.language)
    if found is None or found.kind != "description" or not description_fits(text[found.start:found.end], female, male):
        return None
    return found


# A description of a person that a relative clause follows ("except for a chemist with a
# crooked nose, who was furious", "this one tall guy who keeps staring").
_DESCRIBED_WHO = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne)\s+(?:one\s+)?(?:[a-z][\w-]*\s+){0,2}?(?!(?:and|but|or|nor)\b)[a-z][\w-]*"
    r"(?=,?\s+who\b|\s+(?:with|in|from|at)\s[^.!?;]{0,80}?,\s+who\b)"
)


# Any description of a person: a determiner and up to three lower-case words, the last a person
# noun ("a civic agent", "my commanding officer").
_DESCRIBED = re.compile(r"\b(?=(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)((?:\s+[a-z][\w-]*){1,3}))")


_BODY_HEAD = re.compile(r"(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our)\s+head")  # "shook her head": no head teacher (quotes32)


def _described_who(
    text: str, begin: int, end: int, female: bool = False, male: bool = False, pattern: re.Pattern = _DESCRIBED_WHO
) -> tuple[int, int] | None:
    """The last description in ``[begin, end)`` that a "who" clause follows (or that ``pattern``
    finds), of a person whose sex fits, if any."""
    last = None
    for match in pattern.finditer(text, begin, end):
        phrase_end = match.end(1) if match.lastindex else match.end()  # (a lookahead: every determiner)
        found = text[match.start():min(end, phrase_end)]
        words = list(re.finditer(r"\S+", found))
        for k in range(len(words), 1, -1):  # the person noun may end a shorter phrase: "the agent at"
            head = words[k - 1]
            if is_person_noun(head.group()) and description_fits(found[:head.end()], female, male) and not _BODY_HEAD.fullmatch(found[:head.end()]):
                last = (match.start(), match.start() + head.end())
                break
    return last


# A relative clause between a description and its verb: "A woman who lives nearby said"; after a
# place's phrase too ("One driver on the picket line at the depot, who asked not to be named,
# said"; probe28).
_RELATIVE = re.compile(
    r"(?:(?:on|at|in|from|near|outside|inside|behind|across)\s[^.;:!?\"“”,]{1,80}?)?,?\s*(?:who|that)\s[^.;:!?\"“”]{1,80}?,?"
)
