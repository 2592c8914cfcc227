"""Danish age descriptions left unresolved (quotesda22): "siger den 79-årige" after "Pensionisten
Inge Mortensen havde stillet sig op ..." (her age never given; a name inside the quotation is no
candidate), after "Den 41-årige arkitekt har altid ..." that names nobody (the person named in the
paragraph before it), and a quotation after the colon lead "Den 71-årige er ikke i tvivl:". The
person is the one person named outside quotations in the nearest paragraph before (within three)
that names anyone; never after "en 79-årig" brought in someone unnamed."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.people import People
from reader.model import Quote

_AGED = re.compile(r"den\s+(\d{1,3})-årige", re.IGNORECASE)
# The last sentence of a paragraph, a colon lead opened by an age: "Den 71-årige er ikke i tvivl:".
_AGED_LEAD = re.compile(r"(?:^|[.!?]\s+)Den\s+(\d{1,3})-årige\b[^.!?:\n]*:\s*$", re.MULTILINE)


def aged_speakers(text: str, quotes: list[Quote], people: People) -> list[Quote]:
    """Quotes whose speaker is a bare "den N-årige", or none after an age's colon lead, given the
    one person named just before."""
    out = []
    for q in quotes:
        out.append(_resolved(text, q, quotes, people) or q)
    return out


def _resolved(text: str, q: Quote, quotes: list[Quote], people: People) -> Quote | None:
    para = text.rfind("\n\n", 0, q.start) + 2 if text.rfind("\n\n", 0, q.start) >= 0 else 0
    if q.speaker is not None:
        age = _AGED.fullmatch(q.speaker.strip())
        if age is None or q.speaker_start is None:
            return None
        at = q.speaker_start
    else:
        if para < 2 or text[para:q.start].strip(" »\"„“-–—"):
            return None  # the quotation must open its paragraph
        before = text.rfind("\n\n", 0, para - 2)
        lead = _AGED_LEAD.search(text, before + 2 if before >= 0 else 0, para - 2)
        if lead is None:
            return None
        age, at, para = lead, lead.start(1), before + 2 if before >= 0 else 0
    if re.search(rf"\b(?:en|et)\s+{age.group(1)}-årig\b", text[:at], re.IGNORECASE):
        return None  # "en 79-årig kvinde" brought in someone unnamed
    person = _one_named_before(text, para, at, quotes, people)
    if person is None:
        return None
    return replace(q, speaker=person)


def _one_named_before(text: str, para: int, at: int, quotes: list[Quote], people: People) -> str | None:
    """The one person named outside quotations in the paragraph of ``at`` before it, else in the
    nearest of the three paragraphs before that names anyone."""
    spans = [(q.start, q.end) for q in quotes]
    end = at
    for _ in range(4):
        named = {p.canonical for p in people.last_people(para, end)
                 if not any(s <= p.start < e for s, e in spans)}
        if named:
            return named.pop() if len(named) == 1 else None
        if para <= 0:
            return None
        end = para
        prev = text.rfind("\n\n", 0, max(0, para - 2))
        para = prev + 2 if prev >= 0 else 0
    return None
