"""Danish headlines and lines that quote after a colon and a dash: "FC Himmerland tabte på
overtid: - Det gør ondt" (the dash quote of wire copy, inside its line; quotes14)."""

from __future__ import annotations

import re

from reader.analysis.attribution import Found

_COLON_DASH = re.compile(r":[ \t]+[-–][ \t]+(?=[A-ZÆØÅ])")
# A verb of saying, its subject perhaps, a comma and a dash: "Hun vendte sig om og sagde, - det er
# for sent nu." (DDT's sentences; quotesda33).
_SAID_DASH = re.compile(
    r"\b(?:sagde|siger|spurgte|spørger|råbte|råber|svarede|svarer|hviskede|hvisker|tilføjede|tilføjer|udbrød|"
    r"mumlede|fortsatte|fortsætter)(?:[ \t]+(?:han|hun|de|[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+){0,2}))?,[ \t]+[-–][ \t]+(?=\w)"
)


def colon_dash_quote(text: str, unit: tuple[int, int]) -> list[Found]:
    """The quotation after ": - " (or "sagde, - ") in a line with no quotation marks (Danish), with no speaker."""
    s, e = unit
    found = _COLON_DASH.search(text, s, e) or _SAID_DASH.search(text, s, e)
    if found is None or any(m in text[s:e] for m in "»«\"“”„"):
        return []
    end = e
    while end > found.end() and text[end - 1] in " \t.,":
        end -= 1
    return [Found(found.end(), end, None, True)] if end - found.end() >= 2 else []


_SMALL = frozenset("a an and as at by for from in of on or the to with og i på af for til med".split())


def title_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` opens the text and is written in headline case ("Storm Edith Live:
    Trains Cancelled and Thousands Without Power"): a title, not a "Name: answer" line."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    return not text[:start].strip() and len(words) >= 4 and all(w[0].isupper() or w.lower() in _SMALL for w in words)
