"""Danish headlines and lines that quote after a colon and a dash: "FC Himmerland tabte på
overtid: - Det gør ondt" (the dash quote of wire copy, inside its line; quotes14)."""

from __future__ import annotations

import re

from reader.analysis.attribution import Found

_COLON_DASH = re.compile(r":[ \t]+[-–][ \t]+(?=[A-ZÆØÅ])")


def colon_dash_quote(text: str, unit: tuple[int, int]) -> list[Found]:
    """The quotation after ": - " in a line with no quotation marks (Danish), with no speaker."""
    s, e = unit
    found = _COLON_DASH.search(text, s, e)
    if found is None or any(m in text[s:e] for m in "»«\"“”„"):
        return []
    end = e
    while end > found.end() and text[end - 1] in " \t.,":
        end -= 1
    return [Found(found.end(), end, None, True)] if end - found.end() >= 2 else []
