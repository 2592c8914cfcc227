"""Danish: "siger hun" after a paragraph that opens with a role in its definite form and names
nobody ("Sognepræsten frygter, at ...", "Hospitalsdirektøren beklager ...") is the person the
article introduced with that role ("sognepræst Birthe Kallesøe"), else the role itself (a blind
probe of new stories, probe11)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable, Iterator

from reader.analysis.attribution import Context
from reader.analysis.descriptions import description_fits
from reader.analysis.lexicon import ROLE_SUFFIXES

ON = True
_OPENER = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:en|et)(?=\s)")


def role_opener(ctx: Context, before: int, female: bool, male: bool, named_only: bool = True) -> str | None:
    """The speaker a role opening the paragraph right before the one at ``before`` names (Danish),
    when that paragraph holds no quotation and names nobody: the person introduced with the role,
    else (unless ``named_only``) the role itself."""
    if not ON or ctx.language != "da" or not (female or male):
        return None
    text = ctx.text
    para = text.rfind("\n\n", 0, before)
    if para <= 0:
        return None
    start = text.rfind("\n\n", 0, para)
    start = start + 2 if start >= 0 else 0
    body = text[start:para]
    m = _OPENER.match(body)
    if m is None or any(ch in body for ch in "»«\"“”") or body.lstrip().startswith(("-", "–")):
        return None
    if ctx.people.last_people(start, para) or not description_fits(m.group(), female, male):
        return None
    word = m.group()
    stem = word[:-2]
    introduced, starts = _introduced(ctx, stem)
    k = bisect_left(starts, start)
    while k:  # the last one introduced before the paragraph ("sognepræst Birthe Kallesøe")
        k -= 1
        if introduced[k].end <= start:
            return introduced[k].canonical
    return word.lower() if not named_only and word.lower().endswith(ROLE_SUFFIXES) else None


def _introduced(ctx: Context, stem: str) -> tuple[list, list[int]]:
    """The person mentions right after the role ``stem`` ("sognepræst Birthe Kallesøe", in any
    case), in order, and their starts; kept in ``ctx.people.cache`` (a person added clears it).
    Each paragraph went through every person before it (150 ms on the bench's articles text); the
    places the text writes the stem are found in the lowered text, and only the people starting at
    most three characters after one are tried."""
    people = ctx.people
    key = ("role opener", stem)
    found = people.cache.get(key)
    if found is None:
        role = re.compile(r"(?i)" + re.escape(stem) + r",?\s+$")
        text = ctx.text
        lowered = people.lowered()
        if text and not lowered:
            candidates: Iterable[int] = range(len(people.people))  # every one tried
        else:
            candidates = sorted(set(_after_stem(lowered, stem.lower(), people.starts)))
        found = [people.people[k] for k in candidates
                 if role.search(text[max(0, people.people[k].start - len(stem) - 3):people.people[k].start])]
        people.cache[key] = found
        people.cache_starts[key] = [p.start for p in found]
    return found, people.cache_starts[key]


def _after_stem(lowered: str, stem: str, starts: list[int]) -> Iterator[int]:
    """The indices of the people (``starts``) that start one to three characters after a place
    where ``lowered`` writes ``stem`` (the role pattern allows a comma and white space between)."""
    at = lowered.find(stem)
    while at >= 0:
        end = at + len(stem)
        yield from range(bisect_right(starts, end), bisect_right(starts, end + 3))
        at = lowered.find(stem, at + 1)
