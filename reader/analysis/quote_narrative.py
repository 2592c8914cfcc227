"""The subject of a narrative paragraph before a quotation paragraph, its speaker when the
quotation has no attribution of its own: the one person the paragraph names as a subject, the
subject of its closing sentence, a "He"/"She" opening it; and whether it brings in a written source."""

from __future__ import annotations

import re

from reader.analysis.antecedents import Spans, gender_fits_name, is_subject
from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.descriptions import is_person_noun
from reader.analysis.people import Speaker


def _subject_or_closing(ctx: Context, start: int, end: int, spans: Spans) -> Speaker | None:
    """The one person a narrative paragraph names as a subject, else the subject of its closing
    sentence; but a closing "she"/"he" that cannot be that person comes first ('Jim had not yet
    seen it. She held it out to him.' -> she)."""
    sole = _sole_subject(ctx, start, end, spans)
    closing = _closing_narrative(ctx, start, end, spans)
    if sole is not None and closing is not None and closing.kind == "pronoun":
        female = ctx.text[closing.start:closing.end].lower() == "she"
        if not gender_fits_name(sole.name or "", female, not female, ctx):
            return closing
    return sole or closing


_TURNED_TO = re.compile(r"\b(?:to|at|towards?|toward)\s+$")


def _closing_narrative(ctx: Context, start: int, end: int, spans: Spans) -> Speaker | None:
    """The subject of the narrative sentence closing the paragraph ``[start, end)`` (outside
    quotes), as the speaker of a quotation paragraph after it: '"We should go," Tom said. Maria
    shook her head.' -> Maria."""
    text = ctx.text
    begin = sentence_begin(text, start, end - 1)
    if begin <= start and text[start] in "“\"‘»„" or spans.covers(begin) or re.search(r"[\"“”‘]", text[begin:end]):
        return None
    return _sole_subject(ctx, begin, end, spans) or _pronoun_subject(text, begin, end)


# A written source as the subject of a narrative paragraph: the quotation after it is that text's.
_SOURCE = re.compile(
    r"[^.!?\n]{0,60}?\b(?:report|statement|letter|sign|signs|study|survey|document|ruling|judgment|judgement|email"
    r"|post|message|note|headline|banner|notice|website|verdict|press\s+release|leaflet|poster|placard|caption"
    r"|inscription|law|bill|motion|order|warning|tweet|memo)s?\b",
    re.IGNORECASE,
)


def _new_source(text: str, start: int, end: int) -> bool:
    """Whether a narrative paragraph introduces another source for what follows: it ends with a
    colon ("The sign on the gate reads:"), or its first clause is about a written source ("The
    council's report, published in May, was blunt.")."""
    return text[start:end].rstrip().endswith(":") or _SOURCE.match(text, start, end) is not None


def _sole_subject(ctx: Context, start: int, end: int, spans: Spans) -> Speaker | None:
    """The one person a narrative paragraph names (outside quotes), when it names them as the
    subject of a clause: 'Tom Reed was blunt.' (two different people: nobody)."""
    people = [p for p in ctx.people.last_people(start, end) if not spans.covers(p.start)]
    if ctx.language == "en":  # "Harris turned to Greta.": not the one turned to ("Reed met Lee": both)
        people = [p for p in people if not _TURNED_TO.search(ctx.text, max(start, p.start - 12), p.start)]
        owned = [p for p in people if not _OWNER_APPOSED.match(ctx.text, p.end, end)]
        people = owned if owned else people  # "Reid's mother, Sheila, watched": not Reid (quotesen22)
    if not people or len({p.canonical for p in people}) > 1 or not (
        is_subject(ctx, people[0].start, people[0].end) or _BODY.match(ctx.text, people[0].end, end)
        or ctx.language == "en" and _titled_opening(ctx.text, sentence_begin(ctx.text, start, people[0].start), people[0].start)
    ) or _JOINED.match(ctx.text, people[0].end, end):  # ("Holmes's quick eye took in my occupation": Holmes)
        return None  # ("Berg and Okafor taught it.": two, one of them unknown to the name finder)
    return Speaker(people[0].start, people[0].end, "name", people[0].canonical)


_OWNER_APPOSED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+[A-Z]")  # "Reid's mother, Sheila"
def _titled_opening(text: str, begin: int, name: int) -> bool:
    """Whether the sentence opens with titles and role words only before the name at ``name``
    ("Liberal Democrat leader Cllr Tim Fairweather accused her": quotesen22)."""
    words = text[begin:name].split()
    lower = [k for k, w in enumerate(words) if not w[:1].isupper()]
    return 3 < len(words) <= 7 and 0 < len(lower) <= 3 and lower == list(range(lower[0], lower[-1] + 1)) and (
        is_person_noun(words[lower[-1]]) and all(w.isalpha() for w in words)
    )  # ("Green Party group leader Cllr", "Labour housing spokesman Cllr")


_JOINED = re.compile(r"\s+(?:and|og|&)\s+[A-ZÆØÅ]")
_BODY = re.compile(r"(?:'s|’s|')\s+(?:[a-z]+\s+)?(?:eyes?|face|voice|gaze|glance|hands?|smile|lips|mouth|head|brow|expression)\b")


def _pronoun_subject(text: str, start: int, end: int) -> Speaker | None:
    """A narrative paragraph opening with "He"/"She" as its subject (after "Asked ...,"): that pronoun."""
    match = _PRONOUN_OPENING.match(text, start, end)
    return Speaker(match.start(1), match.end(1), "pronoun") if match else None


# "He ...", or after a clause about being asked: "Asked whether he could win, he smiled." (quotesen22)
_PRONOUN_OPENING = re.compile(r"(?:Asked\s[^,.;:!?\"“”]{1,80},\s+(?=[hs])|(?=[HS]))(he|she|He|She)\s+[a-z]")
