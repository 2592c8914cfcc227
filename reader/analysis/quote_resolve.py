"""Turning an attribution into a speaker: the canonical name of a mention, the person a pronoun or
description points back to, two people for "siger de", the interviewee; never the byline."""

from __future__ import annotations

import bisect

from reader.analysis.attribution import Context, Found, in_byline
from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES
from reader.analysis.speakers import PLURAL, resolve_description
from reader.model import Entity, Quote


def resolve(ctx: Context, quote: Found, spans: "Spans") -> Quote:
    """Build the Quote: the speaker is the canonical name of the mention (pronouns: last person)."""
    text = ctx.text
    people = ctx.people.people
    words = text[quote.start:quote.end]
    speaker = quote.speaker
    if speaker is None:
        return Quote(quote.start, quote.end, words, kind=quote.kind)
    ms, me = speaker.start, speaker.end
    mention = text[ms:me]
    extra = {"role": speaker.role, "affiliation": speaker.affiliation, "kind": quote.kind}
    if speaker.kind == "interviewee":
        return Quote(quote.start, quote.end, words, interviewee(ctx, spans), None, None, **extra)
    if speaker.kind == "pronoun":
        low = mention.lower()
        if low in ("i", "jeg"):
            return Quote(quote.start, quote.end, words, None, ms, me, **extra)  # the writer
        who = None
        if low in PLURAL:
            who = two_people(ctx, ms, spans)
        female = low in ("hun", "she")
        male = low in ("han", "he")
        who = who or last_person(people, ms, spans, female, male, ctx) or last_person(people, ms, spans, context=ctx)
        return Quote(quote.start, quote.end, words, who, ms, me, **extra)
    if speaker.kind == "description":
        resolve_description(text, speaker, ctx.people, ms)
        extra["role"] = speaker.role
        return Quote(quote.start, quote.end, words, speaker.name or mention, ms, me, **extra)
    if speaker.name and ctx.people.person_in(ms, me) is not None:
        return Quote(quote.start, quote.end, words, speaker.name, ms, me, **extra)
    name = (speaker.name or mention).strip(" .,")
    known = spans.names(people).get(name)
    return Quote(quote.start, quote.end, words, known or name or None, ms, me, **extra)


def interviewee(ctx: Context, spans: "Spans") -> str | None:
    """The person an interview is with: the one named most often outside questions and quotes."""
    if ctx.interviewee_known:
        return ctx.interviewee
    ctx.interviewee_known = True
    counts: dict[str, int] = {}
    for ent in ctx.people.people:
        if not spans.covers(ent.start) and not in_byline(ctx, ent.start):
            counts[ent.canonical] = counts.get(ent.canonical, 0) + 1
    ctx.interviewee = max(counts, key=lambda name: counts[name]) if counts else None
    return ctx.interviewee


def two_people(ctx: Context, before: int, spans: "Spans") -> str | None:
    """"siger de": the two people named together in the paragraph before (or this one)."""
    text = ctx.text
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, before)))
    names: list[str] = []
    for ent in ctx.people.last_people(max(0, start), before):
        if spans.covers(ent.start) or ent.canonical in names:
            continue
        names.append(ent.canonical)
    if len(names) < 2:
        return None
    joint = " og " if ctx.language == "da" else " and "
    return names[-2] + joint + names[-1]


class Spans:
    """Sorted quote spans with a fast "is this offset inside a quote" test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self._people: list[int] | None = None

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]

    def names(self, people: list[Entity]) -> dict[str, str]:
        """Mention text and last name -> canonical name (first seen wins)."""
        if not hasattr(self, "_names"):
            table: dict[str, str] = {}
            for ent in people:
                table.setdefault(ent.text, ent.canonical)
                table.setdefault(ent.canonical.split()[-1] if ent.canonical.split() else "", ent.canonical)
            self._names = table
        return self._names

    def people_starts(self, people: list[Entity]) -> list[int]:
        if self._people is None:
            self._people = [ent.start for ent in people]
        return self._people


def last_person(
    people: list[Entity], before: int, spans: Spans, female: bool = False, male: bool = False,
    context: Context | None = None,
) -> str | None:
    """The canonical name of the last person mentioned before ``before``, outside quotes and the
    byline.

    ``female``/``male``: skip people whose first name says otherwise.
    """
    k = bisect.bisect_left(spans.people_starts(people), before)
    tries = 0
    while k > 0 and tries < 200:
        k -= 1
        tries += 1
        ent = people[k]
        if spans.covers(ent.start) or (context is not None and in_byline(context, ent.start)):
            continue
        first = ent.canonical.split()[0].lower() if ent.canonical.split() else ""
        is_female = first in FEMALE_NAMES
        if (female and not is_female and first in FIRST_NAMES) or (male and is_female):
            continue
        return ent.canonical
    return None
