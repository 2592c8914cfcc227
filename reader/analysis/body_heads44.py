"""A person-typed name that opens with a known body is a body (issue 16, stop 44).

"Healthwatch Kent said ...", "Arriva Yorkshire", "Age UK Herefordshire": a body named with its
region or branch. The typer reads two capitalised words as a person, though the lists know the
first word (or two) as a body. Not when that head is also a given name, a surname or a place the
lists know ("Chase Utley", "Ford Madox Ford").
"""

from __future__ import annotations

from reader.analysis.en_gaz_people import EN_GIVEN_NAMES
from reader.analysis.en_gaz_places_orgs import EN_ORGS
from reader.analysis.gazetteer import CITIES, COUNTRIES, FIRST_NAMES, ORG_WORDS, SURNAMES

Span = tuple[int, int, str]

ON = True


def body_heads(text: str, spans: list[Span], language: str, evidence: dict[tuple[int, int], tuple[float, ...]]) -> list[Span]:
    """``spans`` with the people whose names open with a known body typed ORG (see above)."""
    out = spans
    for k, (s, e, label) in enumerate(spans):
        if label != "PER" or " " not in text[s:e]:
            continue
        words = text[s:e].lower().split()
        if any(_body(" ".join(words[:i]), language) for i in (1, 2) if i < len(words)):
            if out is spans:
                out = list(spans)
            out[k] = (s, e, "ORG")
            evidence.pop((s, e), None)
    return out


def _body(head: str, language: str) -> bool:
    if head in FIRST_NAMES or head in EN_GIVEN_NAMES or head in SURNAMES or head in CITIES or head in COUNTRIES:
        return False
    return head in ORG_WORDS or language == "en" and head in EN_ORGS
