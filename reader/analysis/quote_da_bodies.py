"""A Danish body written as a common noun (quotesda22): "skriver organisationen i en mail" after
"Også Finans Danmark advarer." is Finans Danmark, the one organisation named outside quotations in
the quote's paragraph (before the noun) or the paragraph before; a noun with a kind in it
("kommunen", "ministeriet") only takes a name holding that kind ("Aalborg Kommune")."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.people import People
from reader.model import Quote

# Nouns any organisation may be called by, and nouns naming a kind (their stem must be in the name).
_ANY = frozenset("organisationen selskabet virksomheden firmaet koncernen kæden".split())
_KIND = {
    "foreningen": "forening", "forbundet": "forbund", "kommunen": "kommune", "regionen": "region",
    "ministeriet": "ministeri", "styrelsen": "styrelse", "fonden": "fond", "banken": "bank",
    "rådet": "råd", "klubben": "klub", "partiet": "parti",
}


def body_nouns(text: str, quotes: list[Quote], people: People) -> list[Quote]:
    """Quotes whose speaker is still a bare body noun, given the one organisation named before."""
    out = []
    for q in quotes:
        noun = (q.speaker or "").lower()
        if q.speaker_start is None or (noun not in _ANY and noun not in _KIND):
            out.append(q)
            continue
        org = _one_org_before(text, q.speaker_start, quotes, people, _KIND.get(noun, ""))
        out.append(replace(q, speaker=org) if org else q)
    return out


def _one_org_before(text: str, at: int, quotes: list[Quote], people: People, kind: str) -> str | None:
    para = text.rfind("\n\n", 0, at)
    prev = text.rfind("\n\n", 0, para) if para > 0 else -1
    begin = prev + 2 if prev >= 0 else 0
    names = set()
    for org in people.orgs:
        if not begin <= org.start < at or any(s <= org.start < e for s, e in ((q.start, q.end) for q in quotes)):
            continue
        if len(org.text) <= 2 or text[org.start - 1:org.start] == "(":
            continue  # a party letter after a name: "(V)"
        if kind and kind not in org.canonical.lower():
            continue
        names.add(org.canonical)
    return names.pop() if len(names) == 1 else None
