"""Spans to test new names against for overlap in logarithmic time, and a name's mentions found
fast (the news passes after the tagger asked every span for every candidate, and tried each name
at every position: a 1 MB text took seconds in them)."""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter
from typing import Callable, Iterable, Iterator

Span = tuple[int, int, str]


class SpanSet:
    """``spans`` (in any order, overlapping or not), and spans added later that overlap nothing."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.ordered = ordered = sorted(spans)
        self._starts = list(map(itemgetter(0), ordered))
        self._reach = list(accumulate(map(itemgetter(1), ordered), max))  # the furthest end up to each
        self._added_starts: list[int] = []
        self._added_ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps [start, end) (as ``a < end and start < b``)."""
        j = bisect_left(self._starts, end)
        if j and self._reach[j - 1] > start:
            return True
        i = bisect_left(self._added_starts, end)
        return bool(i) and self._added_ends[i - 1] > start

    def index(self, start: int, end: int) -> int | None:
        """Where the last of the spans (in order) from ``start`` to ``end`` is in ``ordered``."""
        k = bisect_right(self._starts, start)
        while k and self._starts[k - 1] == start:
            k -= 1
            if self.ordered[k][1] == end:
                return k
        return None

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the set's (the added ones stay apart, so the last one
        starting before a span's end is the only one that can overlap it)."""
        i = bisect_left(self._added_starts, start)
        self._added_starts.insert(i, start)
        self._added_ends.insert(i, end)


_BEFORE = re.compile(r"[\w'’-]")


@lru_cache(maxsize=2048)
def _name_pattern(name: str, tail: str) -> re.Pattern:
    """The pattern of ``name`` (escaped) and ``tail`` (compiled once: names repeat from text to text)."""
    return re.compile(re.escape(name) + tail)


def mentions(text: str, name: str, tail: str, pos: int = 0, before: re.Pattern = _BEFORE) -> Iterator[re.Match]:
    """The matches of ``re.compile(r"(?<![\\w'’-])" + re.escape(name) + tail).finditer(text, pos)``
    (``before``: the class of that look-behind, one character), found with the name first: a
    pattern that opens with a look-behind is tried at every position of the text, a literal is
    searched for (41 names cost 0.6 s on 1 MB)."""
    pattern = _name_pattern(name, tail)
    while (match := pattern.search(text, pos)) is not None:
        if match.start() and before.match(text, match.start() - 1):
            pos = match.start() + 1  # as the look-behind fails there: the next position is tried
            continue
        yield match
        pos = match.end() if match.end() > match.start() else match.start() + 1


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
_MANY = 12  # names from which one pass over the text is cheaper than a search per name (0.7 ms a MB each)


def mentions_of(text: str, names: Iterable[str], tail: str) -> Iterator[tuple[str, re.Match]]:
    """``(name, match)`` for each of ``names`` in order and each of its ``mentions(text, name, tail)``
    in order. When many names start with a capital (130 on the bench's articles text), one pattern
    of them all finds every place one of them is written, and each name is tried only at the places
    of the names that start with its two characters (16 ms against 76 ms a MB)."""
    names = list(names)
    fast = [name for name in names if len(name) > 1 and name[0] in _CAPITALS]
    places: dict[str, list[int]] = {}
    if len(fast) >= _MANY:
        pattern = re.compile("|".join(map(re.escape, sorted(set(fast), key=len, reverse=True))))
        match = pattern.search(text)
        while match is not None:
            at = match.start()
            if not (at and _BEFORE.match(text, at - 1)):
                places.setdefault(text[at:at + 2], []).append(at)
            match = pattern.search(text, at + 1)
    else:
        fast = []
    fast_set = set(fast)
    for name in names:
        if name not in fast_set:
            yield from ((name, match) for match in mentions(text, name, tail))
            continue
        pattern, pos = re.compile(re.escape(name) + tail), 0
        for at in places.get(name[:2], ()):
            if at >= pos and (match := pattern.match(text, at)) is not None:
                yield name, match
                pos = match.end()


def replace_wholes(spans: list[Span], wholes: list[tuple[int, int]], fits: Callable[[int, int, list[Span]], bool],
                   evidence: dict) -> list[Span]:
    """``spans`` with each of the ``wholes`` (apart from each other, as one pattern's matches are)
    as one organisation in place of the spans inside it, where ``fits(start, end, inside)``; each
    decided on the spans as given, which is how one after the other would decide them, as a span
    across two of them keeps both out. A span replaced leaves ``evidence``."""
    if not wholes:
        return spans
    ordered = sorted(spans)
    starts = list(map(itemgetter(0), ordered))
    reach = list(accumulate(map(itemgetter(1), ordered), max))  # the furthest end up to each
    drop: set[Span] = set()
    add: list[Span] = []
    for s, e in wholes:
        inside = [x for x in ordered[bisect_right(reach, s):bisect_left(starts, e)] if x[1] > s]
        if fits(s, e, inside):
            for x in inside:
                evidence.pop(x[:2], None)
            drop.update(inside)
            add.append((s, e, "ORG"))
    return sorted([x for x in spans if x not in drop] + add) if add else spans


def retype_or_add(spans: list[Span], new: list[Span], evidence: dict, apart: bool = True) -> list[Span]:
    """``spans`` with each ``new`` name found with the same span retyped (leaving ``evidence``) and
    each that overlaps none of them added; ``apart``: nor any new name added before it."""
    if not new:
        return spans
    out = list(spans)
    added = []
    taken = SpanSet(out)  # a retyped span keeps its place
    # Sorted spans (as the news passes keep them) are found in the set's order; others by a table.
    by_span = None if taken.ordered == out else {(s, e): k for k, (s, e, _label) in enumerate(spans)}
    for s, e, label in new:
        k = taken.index(s, e) if by_span is None else by_span.get((s, e))
        if k is not None:
            if out[k][2] != label:
                out[k] = (s, e, label)
                evidence.pop((s, e), None)
        elif not taken.overlaps(s, e):
            added.append((s, e, label))
            if apart:
                taken.add(s, e)
    return sorted(out + added) if added else out


def _covered(spans: list[Span], ruled: list[Span]) -> list[Span]:
    """``spans`` with those held by a rule's name replaced by it, where every span overlapping that
    name lies inside it. Linear after sorting when ``spans`` do not overlap (the tagger's never do);
    a quadratic check otherwise, with the same result."""
    spans = sorted(spans)
    starts = [x[0] for x in spans]
    ends = [x[1] for x in spans]
    if any(ends[k] > starts[k + 1] for k in range(len(spans) - 1)):
        wide = [r for r in ruled if any(r[0] < e and s < r[1] for s, e, _ in spans) and all(
            r[0] <= s and e <= r[1] for s, e, _ in spans if r[0] < e and s < r[1])]
        return [x for x in spans if not any(r[0] <= x[0] and x[1] <= r[1] for r in wide)] + wide
    wide = []
    for r in ruled:
        i, j = bisect_right(ends, r[0]), bisect_left(starts, r[1])  # the spans overlapping r: [i, j)
        if i < j and starts[i] >= r[0] and ends[j - 1] <= r[1]:
            wide.append(r)
    if not wide:
        return spans
    wide_starts, reach = _reach(wide)  # the furthest end of the rule names starting at or before each
    kept = []
    for x in spans:
        j = bisect_right(wide_starts, x[0])
        if not (j and reach[j - 1] >= x[1]):
            kept.append(x)
    return kept + sorted(wide)


def _reach(spans: list[Span]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order and, for each, the furthest end up to it (for ``_overlaps``)."""
    ordered = sorted(spans)
    reach, far = [], -1
    for x in ordered:
        far = max(far, x[1])
        reach.append(far)
    return [x[0] for x in ordered], reach


def _overlaps(starts: list[int], reach: list[int], r: Span) -> bool:
    """Whether any span (given by ``_reach``) overlaps ``r``."""
    j = bisect_left(starts, r[1])  # the spans starting before r ends
    return bool(j) and reach[j - 1] > r[0]
