"""English: a part of a country or region named by a direction or an ocean before it ("Atlantic
Canada", "Western Australia", "Southern Europe", "Upper Silesia") is a place, also where the
article's other names made the typer call it a body ("the Atlantic Longshore Workers Union" before
"empty shelves in Atlantic Canada": the sample en-01; lead, stop 42)."""

from __future__ import annotations

from reader.analysis.gazetteer import CITIES, COUNTRIES, US_STATES

ON = True
Span = tuple[int, int, str]

_PARTS = frozenset(
    """atlantic pacific arctic northern southern eastern western central upper lower greater inner
    outer north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west mid""".split()
)
_PLACES = COUNTRIES | CITIES | US_STATES


def regions(text: str, names: list[Span]) -> list[Span]:
    """``names`` with a body or person of two words, a part word and a known place, typed a place."""
    out = names
    for k, (s, e, label) in enumerate(names):
        if label not in ("ORG", "PER"):
            continue
        words = text[s:e].split(" ")
        if len(words) == 2 and words[0].lower() in _PARTS and words[1][:1].isupper() and words[1].lower() in _PLACES:
            if out is names:
                out = list(names)
            out[k] = (s, e, "LOC")
    return out
