"""Danish: a ministry's or committee's name that opens with words cut short by a hyphen and a comma
("Klima-, Energi- og Forsyningsministeriet", "Social-, Bolig- og Ældreministeriet") was found
without its first words: "Energi- og Forsyningsministeriet" (probe29). A name right after one or
more capitalised words that end in "-," and a space is stretched back over them.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]
ON = True
_CUT_WORDS = re.compile(r"(?:(?<=\s)|(?<=^))(?:[A-ZÆØÅ][a-zæøå]+-,\s)+\Z")


def suspended(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each name stretched back over the hyphen-and-comma words just before it."""
    if "-, " not in text:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        lead = _CUT_WORDS.search(text, max(0, s - 80), s) if text[s - 3:s] == "-, " else None
        out.append((lead.start(), e, label) if lead is not None and "-" in text[s:e] else (s, e, label))
    return out
