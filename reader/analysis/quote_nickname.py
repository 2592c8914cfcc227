"""English: a name written with a nickname in quotation marks ('Dorothy "Dot" Fenwick', 'Derek
"Dingle" Hosken'): the name finder gives the first name and the surname apart, so a speaker
"Dorothy", "Dot" or "Fenwick" is "Dorothy Fenwick" (quotesen22)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.model import Quote

_NICKNAMED = re.compile(r"\b([A-Z][a-z'’-]+)\s+[\"“‘']([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[\"”’']\s+([A-Z][\w'’-]+)\b")


def nicknamed(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with a one-word speaker that is the first name, the nickname or the surname of a nicknamed
    name in ``text`` given that full name (without the nickname)."""
    if not any(q.speaker and " " not in q.speaker for q in quotes) or not any(m in text for m in "\"“‘'"):
        return quotes
    full: dict[str, str] = {}
    for match in _NICKNAMED.finditer(text):
        name = f"{match.group(1)} {match.group(3)}"
        for part in (match.group(1), match.group(2), match.group(3)):
            full[part] = name if full.get(part, name) == name else ""  # two such names share a part: neither
    if not full:
        return quotes
    return [replace(q, speaker=full[q.speaker]) if q.speaker and full.get(q.speaker) else q for q in quotes]
