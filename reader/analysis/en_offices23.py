"""An office inside an English name (namesen23, run by ``forms23_en``): "Texas Governor Greg Abbott" is
the place and the person, "NASA Administrator" the body."""

from __future__ import annotations

from reader.analysis.gazetteer import CITIES, COUNTRIES, US_STATES

Span = tuple[int, int, str]
_OFFICES = frozenset("""administrator secretary minister senator governor mayor president chairman chairwoman ceo
    commissioner ambassador sheriff congressman congresswoman mp mep msp sen. gov. rep.""".split())
_OFFICE_PARTS = _OFFICES | {"vice", "deputy"}


def titles_inside(text: str, spans: list[Span]) -> list[Span]:
    """An office inside a found name: "Texas Governor Greg Abbott" is the place (a known country,
    city or US state; an acronym a body) and the person after the office; an office ending a name
    ("NASA Administrator", "X Vice President") is cut off. Not in a name with "of" ("Office of the
    President")."""
    out: list[Span] = []
    for s, e, label in spans:
        name = text[s:e]
        if " " not in name or " of " in name:
            out.append((s, e, label))
            continue
        words = name.split(" ")
        cut = len(words)
        while cut > 1 and words[cut - 1].lower() in _OFFICE_PARTS and words[cut - 1][:1].isupper():
            cut -= 1
        if cut < len(words) and words[cut - 1].lower() not in _OFFICE_PARTS:
            rest = " ".join(words[:cut])
            low = rest.lower()
            if low in COUNTRIES or low in CITIES or low in US_STATES:
                label = "LOC"  # ("Virginia Governor")
            elif rest.isupper() and rest.isalpha():
                label = "ORG"  # ("NASA Administrator")
            out.append((s, s + len(rest), label))
            continue
        at = next((k for k in range(1, len(words) - 2) if words[k].lower() in _OFFICES and words[k][:1].isupper()),
                  None)
        if at is None:
            out.append((s, e, label))
            continue
        before = " ".join(words[:at])
        after = words[at + 1:]
        low = before.lower()
        place = low in COUNTRIES or low in CITIES or low in US_STATES
        body = before.isupper() and before.isalpha() and 2 <= len(before) <= 6
        if not (place or body) or not all(w[:1].isupper() for w in after):
            out.append((s, e, label))
            continue
        out.append((s, s + len(before), "LOC" if place else "ORG"))
        start = e - len(" ".join(after))
        out.append((start, e, "PER"))
    return out
