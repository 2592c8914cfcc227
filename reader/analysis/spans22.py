"""Span helpers of the probe22 name forms (``forms22``, ``forms22_da``, ``forms22_en``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from reader.analysis.word_sets import where

Span = tuple[int, int, str]


def _start(span: Span) -> int:
    return span[0]


def put(spans: list[Span], new: Span) -> list[Span]:
    """``spans`` (sorted, not overlapping each other; changed in place) with ``new`` in place of every
    span it overlaps."""
    s, e, _label = new
    i = j = bisect_left(spans, e, key=_start)
    while i > 0 and spans[i - 1][1] > s:
        i -= 1
    spans[i:j] = [new]
    return spans


def overlapping(spans: list[Span], s: int, e: int) -> list[Span]:
    """The spans that overlap ``s``-``e`` (``spans`` sorted and not overlapping each other)."""
    i = bisect_left(spans, e, key=_start)
    out = []
    while i > 0 and spans[i - 1][1] > s:
        i -= 1
        out.append(spans[i])
    return out[::-1]


def free_or_inside(spans: list[Span], s: int, e: int) -> bool:
    """Whether no span reaches out of ``s``-``e`` (overlapping spans all lie inside it)."""
    return all(s <= x[0] and x[1] <= e for x in overlapping(spans, s, e))


def mentions(text: str, tokens, names: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """Each place in ``text`` where a key of ``names`` stands as whole words, with its value: found from
    the tokens whose word opens a name (the shared word index), not by a pass over the text per name."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split(" ")[0], []).append(name)
    firsts = set(by_first)
    words, starts = tokens.words, tokens.starts
    for k in where(words, firsts.__contains__):
        at = starts[k]
        for name in by_first[words[k]]:
            end = at + len(name)
            after = text[end:end + 1]
            if text.startswith(name, at) and not (after and (after.isalnum() or after in "'’-")):
                yield at, end, names[name]
