"""English features, speeches and vlogs: a person the writer (or the one giving the speech) met
and describes without a name is the "she"/"he" that speaks after it ("I met a bus driver in
Leeds. ... She thought about it and said, "..."": the bus driver, not the speaker of the speech,
who is "I"; quotesen17)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.attribution import sentence_begin
from reader.analysis.descriptions import description_fits, is_person_noun, subject_description
from reader.analysis.people import Speaker
from reader.analysis.speakers import phrase

if TYPE_CHECKING:
    from reader.analysis.antecedents import Spans
    from reader.analysis.attribution import Context

# A description whose owner is another description, opening a sentence as its subject: "The boy's
# father thanked the crew."
_OWNED_SUBJECT = re.compile(
    r"(?:The|A|An|His|Her|My|Their|Our)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+)??([a-z][\w-]*)"
    r"(?=\s+[a-z][\w-]*\b)"
)

_INDEFINITE = re.compile(r"\b(?P<det>an?)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_WRITER = re.compile(r"\b(?:I|[Ww]e)\s")
_SENTENCE_END = re.compile(r"[.!?;:\"“”]")
# Verbs whose object is a person: "I met a young call handler", "we spoke to a pharmacist".
_MET = re.compile(r"\b(?:met|interviewed|(?:spoke|talked|chatted)\s+(?:to|with))\s+$")
_AFTER_HEAD = frozenset("on in at of from with who whose that by for near".split())
# What may stand between a description and a second one in apposition: "a bus driver in Leeds, ".
_APPOSITION = re.compile(r"(?:\s+(?:in|at|from|of|on|near|by|outside|behind)\s[^,.;:!?]{1,40})?,\s*")


def met_by_writer(ctx: Context, pronoun: int, spans: Spans, female: bool, male: bool) -> Speaker | None:
    """The last person described with "a/an" after "I"/"we" in its own sentence, earlier in the
    pronoun's paragraph (outside quotations), with nobody named after it and of the pronoun's sex
    (a second description in apposition is the same person); None otherwise."""
    if not (female or male) or ctx.language != "en":
        return None
    text, people, covers = ctx.text, ctx.people, spans.covers
    start = text.rfind("\n", 0, pronoun) + 1
    last = None
    for match in _INDEFINITE.finditer(text, start, pronoun):
        if covers(match.start()):
            continue
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, start, match.start())), default=start)
        if not _WRITER.search(text, opening, match.start()):
            continue
        words = match.group("words").split()
        met = _MET.search(text, opening, match.start()) is not None  # "I met a call handler": a person
        words = words[:next((k for k, w in enumerate(words) if k and w in _AFTER_HEAD), len(words))] if met else words
        nouns = [k for k in range(len(words), 0, -1) if is_person_noun(words[k - 1])] or ([len(words)] if met else [])
        for k in nouns[:1]:  # the person noun may end a shorter phrase: "a girl at"
            span = (match.start("det"), match.start("words") + len(" ".join(words[:k])))
            if last is None or not _APPOSITION.fullmatch(text, last[1], span[0]):
                last = span
    if last is None or people.last_people(last[0], pronoun):
        return None
    if not description_fits(text[last[0]:last[1]], female, male):
        return None
    return Speaker(last[0], last[1], "description", text[last[0]:last[1]])


def described_here(ctx: Context, pronoun: int, spans: Spans, female: bool, male: bool, start: int) -> Speaker | None:
    """``met_by_writer``, else for '"...," he said' the described subject of the sentence just before
    the quotation in its own paragraph, nobody named there ('The boy's father thanked the crew.
    "...," he said.'), before the speaker of the quote before."""
    found = met_by_writer(ctx, pronoun, spans, female, male)
    if found is not None or not (female or male) or ctx.language != "en" or pronoun < start:
        return found
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if start - 1 <= line:
        return None
    own = sentence_begin(text, line, start - 1)
    begin = sentence_begin(text, line, own - 2) if own > line else own
    if begin >= own or ctx.people.last_people(begin, own) or spans.covers(begin):
        return None
    span = subject_description(text, begin, own)
    owned = _OWNED_SUBJECT.match(text, begin, own) if span is None else None
    if owned is not None and is_person_noun(owned.group(1)):
        span = (owned.start(), owned.end(1))
    if span is None:
        return None
    found = phrase(text, span[0], span[1], ctx.people, "en") if owned is None else Speaker(span[0], span[1], "description")
    if found is None or found.kind != "description" or not description_fits(text[found.start:found.end], female, male):
        return None
    return found
