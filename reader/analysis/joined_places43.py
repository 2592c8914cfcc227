"""Names joined by "og"/"and" share a type (issue 16, stop 43).

A known place joined by "og"/"and"/a comma to a place is a place too:
"rejser til Mallorca og Gran Canaria": the typer made the second island an organisation (two words
shaped like a firm's name), though the list of places knows it and the place it is joined to is
one. A name typed an organisation or a person that the place lists know by its whole text, and that
stands beside a place with only "og", "eller", "and", "or" or a comma between them, is a place.

Two names joined by "og", "and", "eller" or "or" alone that were typed apart take the one type
their typer scores summed prefer ("Alexander Kølpin og Rose Gad" were a person and an
organisation). Not across a comma: "Niels Agdal, Randers" is a person and his town. Not a person
and another name where the other is a body the lists know, or the person has a known given name
or surname (two words at least): "Mette Frederiksen og Socialdemokratiet", "Jack Grealish and
Manchester City" differ (attack31); nor does a known body make a person of two words beside it a
body: "Keir Starmer and Labour" (stop 44). Danish CV
0.8517 -> 0.8524 (unseen 0.7819 -> 0.7831), English 0.7489 -> 0.7494 (unseen 0.7043 -> 0.7049).
"""

from __future__ import annotations

from reader.analysis.en_orgs import names_body
from reader.analysis.gazetteer import CITIES, COUNTRIES, FIRST_NAMES, SURNAMES, US_STATES, lookup

_TYPES = ("PER", "ORG", "LOC")  # (the order of the typer's scores: canonical._VOTED)
_AND = frozenset((" og ", " and ", " eller ", " or "))

Span = tuple[int, int, str]

ON = True
BODY_HEADS = True  # a name typed ORG whose head word names a body keeps its type (namesen33)
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
    return _coordinated(text, out, evidence) if evidence else out


def _coordinated(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]]) -> list[Span]:
    """Two names joined by "og"/"and"/"eller"/"or" typed apart take the type their summed typer
    scores prefer (see the module's docstring)."""
    out = spans
    for k in range(len(spans) - 1):
        a, b = out[k], out[k + 1]
        if a[2] == b[2] or a[2] not in _TYPES or b[2] not in _TYPES or text[a[1]:b[0]] not in _AND:
            continue
        first, second = evidence.get(a[:2]), evidence.get(b[:2])
        if not first or not second:
            continue
        sums = [x + y for x, y in zip(first[:3], second[:3])]
        label = max((a[2], b[2]), key=lambda t: sums[_TYPES.index(t)])  # (one of the two types)
        if any(x[2] == "LOC" and label != "LOC" and _known(text[x[0]:x[1]]) for x in (a, b)):
            continue  # a known country or town stays a place ("Sverige og Norge")
        if BODY_HEADS and label != "ORG" and any(x[2] == "ORG" and names_body(text[x[0]:x[1]].split()) for x in (a, b)):
            continue  # a body by its head word stays one: "the University of Birmingham and London's X" (namesen33)
        if "PER" in (a[2], b[2]) and any(x[2] != label and _stays(text[x[0]:x[1]], x[2]) for x in (a, b)):
            continue  # "Mette Frederiksen og Socialdemokratiet", "Jack Grealish and Manchester City" (attack31)
        if label == "ORG" and any(x[2] == "PER" and " " in text[x[0]:x[1]] for x in (a, b)) and any(
                x[2] == "ORG" and _stays(text[x[0]:x[1]], x[2]) for x in (a, b)):
            continue  # a known body makes no person of two words a body: "Keir Starmer and Labour"
            # (stop 44), but "Salling og Rema" are two shops
        if out is spans:
            out = list(spans)
        out[k], out[k + 1] = (a[0], a[1], label), (b[0], b[1], label)
    return out


def _stays(name: str, label: str) -> bool:
    """Whether a name keeps its type beside a person: a body the lists know typed a body,
    or a person typed a person with a known given name or surname and at least two words."""
    if label == "ORG":
        return "ORG" in lookup(name.lower()).split("+")
    words = name.split()
    return label == "PER" and len(words) >= 2 and (words[0].lower() in FIRST_NAMES or words[-1].lower() in SURNAMES)


def _known(name: str) -> bool:
    low = name.lower()
    return low in COUNTRIES or low in CITIES or low in US_STATES
