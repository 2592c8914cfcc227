"""A known place joined by "og"/"and"/a comma to a place is a place too (issue 16, stop 43).

"rejser til Mallorca og Gran Canaria": the typer made the second island an organisation (two words
shaped like a firm's name), though the list of places knows it and the place it is joined to is
one. A name typed an organisation or a person that the place lists know by its whole text, and that
stands beside a place with only "og", "eller", "and", "or" or a comma between them, is a place.
"""

from __future__ import annotations

from reader.analysis.gazetteer import CITIES, COUNTRIES, US_STATES

Span = tuple[int, int, str]

ON = True
_JOINS = frozenset((" og ", " eller ", " and ", " or ", ", ", " & "))


def joined_places(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with the known places beside a place typed LOC (see above)."""
    if not ON or len(spans) < 2:
        return spans
    out = list(spans)
    for k, (s, e, label) in enumerate(out):
        if label not in ("ORG", "PER"):
            continue
        low = text[s:e].lower()
        if low not in CITIES and low not in COUNTRIES and low not in US_STATES:
            continue
        before = spans[k - 1] if k else None  # (the types as found: no chain of retyped names)
        after = spans[k + 1] if k + 1 < len(spans) else None
        if (before and before[2] == "LOC" and text[before[1]:s] in _JOINS
                or after and after[2] == "LOC" and text[e:after[0]] in _JOINS):
            out[k] = (s, e, "LOC")
            if evidence is not None:
                evidence.pop((s, e), None)
    return out
