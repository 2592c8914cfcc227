"""A Danish role written without article or name in the attribution (quotesda22): "»...,« lyder
det fra kurator." / "siger kurator." / "siger kuratoren." after "Det bekræfter kurator, advokat
Anders Vig, ..." is the person the text introduced with that role: the first person named right
after the role word (only commas and lower-case role words between) before the quote; "siger
talsmanden" after "En talsmand for X" is "en talsmand for X"."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from reader.analysis.people import People
from reader.analysis.reporting_verbs import speech_verbs, verb_pattern
from reader.model import Quote

_GAP = re.compile(r"[\s,«»”\"]*")
# Between the role word and the name: commas and up to three lower-case words ("kurator, advokat ").
_BETWEEN = re.compile(r"(?:,?\s+[a-zæøå][a-zæøå-]*){0,3},?\s+")


@lru_cache(maxsize=1)
def _said() -> re.Pattern:
    """A Danish reporting verb (or "lyder det fra") and the lower-case word after it (made once)."""
    return re.compile(r"(?:" + verb_pattern(speech_verbs("da")) + r"|lyder\s+det\s+fra|lød\s+det\s+fra)\s+"
                      r"([a-zæøå]{4,})(?=\s*[.,]|\s+(?:til|i|på|over|efter)\s)")


def bare_roles(text: str, quotes: list[Quote], people: People) -> list[Quote]:
    """Quotes with no speaker, or a bare definite role, after a reporting verb and a lone role word."""
    verb = None
    out = []
    for q in quotes:
        if q.speaker is not None and (q.speaker_start is None or not re.fullmatch(r"[a-zæøå]{4,}en", q.speaker)):
            out.append(q)
            continue
        if verb is None:
            verb = _said()
        said = verb.match(text, _GAP.match(text, q.end).end())
        if said is None:
            out.append(q)
            continue
        person = _introduced(text, said.group(1), said.start(), people) or _indefinite(text, said.group(1), said.start())
        out.append(replace(q, speaker=person, speaker_start=said.start(1), speaker_end=said.end(1)) if person else q)
    return out


def _indefinite(text: str, noun: str, before: int) -> str | None:
    """"siger talsmanden" after "En talsmand for Kommunernes Landsforening siger ...": that phrase,
    the last one written before ``before`` (a definite noun only)."""
    if not noun.endswith("en"):
        return None
    last = None
    for last in re.finditer(rf"\b[Ee]n\s+{re.escape(noun[:-2])}\s+(?:for|hos|fra|i)\s+[A-ZÆØÅ][\wæøåÆØÅ'’-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ'’-]*)*",
                            text[:before]):
        pass
    return "e" + last.group()[1:] if last is not None else None


def _introduced(text: str, noun: str, before: int, people: People) -> str | None:
    """The person first named right after ``noun`` (or its indefinite form) before ``before``."""
    stems = {noun, noun[:-2]} if noun.endswith("en") else {noun}
    for m in re.finditer(r"\b(" + "|".join(map(re.escape, stems)) + r")\b", text[:before]):
        gap = _BETWEEN.match(text, m.end())
        end = gap.end() if gap else m.end() + 1
        person = people.person_in(end, end + 1)
        if person is not None:
            return person.canonical
    return None
