"""A speaker's role and organisation on every quote of theirs: "- ..., siger administrerende direktør
Mette Sørensen." and five paragraphs later "- ..., siger hun." gave the first quote the role and the
last none (sample da-02), so the quote panel and the quote sheet listed the same person two ways.

A quote with neither role nor affiliation takes those of the nearest quote before it by the same
speaker that has any (else the nearest after it); a role of its own is never replaced.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from reader.model import Quote


def same_roles(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (in text order) with each named speaker's bare quotes given the role and
    affiliation of their nearest quote that has them."""
    known: dict[str, list[int]] = {}
    for k, quote in enumerate(quotes):
        if quote.speaker and (quote.role or quote.affiliation):
            known.setdefault(quote.speaker, []).append(k)
    if not known:
        return quotes
    out = list(quotes)
    for k, quote in enumerate(quotes):
        have = known.get(quote.speaker) if quote.speaker and not quote.role and not quote.affiliation else None
        if not have:
            continue
        at = bisect_left(have, k)  # (a look-up: a long text's speaker may have thousands of quotes)
        j = have[at - 1] if at else have[0]
        out[k] = replace(quote, role=quotes[j].role, affiliation=quotes[j].affiliation)
    return out
