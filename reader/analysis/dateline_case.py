"""A place known only from a dateline in capitals ("HULL, England — ...") is listed as it is
written in running text ("Hull"), so the panel, the exports and the library's lists of names
show one place, not "HULL" in one article and "Hull" in the next (review25, review26)."""

from __future__ import annotations

Span = tuple[int, int, str]

_DASHES = (" —", " –", " -", "—", "–")
_SMALL = frozenset("on upon by the of le la sur en de".split())  # "Stoke-on-Trent", "Southend-on-Sea"


def _at_dateline(text: str, span: Span) -> bool:
    """Whether ``span`` opens a paragraph and a comma, a full stop or a dash follows it."""
    start, end, _label = span
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    after = text[end:end + 2]
    return after[:1] in (",", ".") or after.startswith(_DASHES)


def _word(word: str) -> str:
    """One word of a place in running text's case ("STOKE-ON-TRENT" -> "Stoke-on-Trent")."""
    parts = word.split("-")
    out = []
    for k, part in enumerate(parts):
        inner = 0 < k < len(parts) - 1
        out.append(part.lower() if inner and part.lower() in _SMALL else part[:1] + part[1:].lower())
    return "-".join(out)


def written(text: str, spans: list[Span], members: list[int], best: str) -> str:
    """``best`` in running text's case when it is in capitals and every mention is a dateline."""
    if len(best) < 4 or not best.isupper() or not all(_at_dateline(text, spans[k]) for k in members):
        return best
    return " ".join(_word(word) for word in best.split(" "))
