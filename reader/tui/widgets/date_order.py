"""The library's date order made before the rows reach the screen (in the worker), and after a
change patched from the last change's order: only the rows that changed are placed."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

DATE, TITLE = 3, 2  # of the compact row (reader.tui.widgets.library_rows)


def newest_first(data: Sequence[tuple], before: tuple[Sequence[tuple], Sequence[int]] | None = None) -> list[int]:
    """The rows' indices newest first, on one date titles Z to A ignoring case (ties as listed):
    ``LibraryRows.order``'s date order, made before the rows reach the screen. ``before``: the
    rows of an earlier call and the order it gave; the rows still there keep their places, and
    only the others are placed among them (the same order, without sorting them all again)."""
    if before is not None and len(data) > 64:
        order = _patched(data, *before)
        if order is not None:
            return order
    return sorted(range(len(data)), key=lambda i: (data[i][DATE], data[i][TITLE].casefold()), reverse=True)


def _patched(data: Sequence[tuple], old: Sequence[tuple], old_order: Sequence[int]) -> list[int] | None:
    """newest_first(data) from the order of ``old`` (None: too many rows changed, or the rows
    kept are not in their old sequence: sort them all). The order is by (date, title) down, then
    by index up; rows kept have their keys and, kept in sequence, their order among themselves."""
    at = dict(zip(old, range(len(old))))
    if len(at) != len(old) or len(old_order) != len(old):
        return None
    was = list(map(at.get, data))  # new index -> old index (None: a row new or changed)
    placed = [k for k, o in enumerate(was) if o is None]
    if len(placed) > max(64, len(data) // 64):
        return None
    kept = [o for o in was if o is not None]
    if any(a > b for a, b in zip(kept, islice(kept, 1, None))):
        return None
    now: list[int | None] = [None] * len(old)  # old index -> new
    for k, o in enumerate(was):
        if o is not None:
            now[o] = k
    order = [k for k in map(now.__getitem__, old_order) if k is not None]
    for k in placed:  # each where its key puts it (on an equal key, after the lower indices)
        key = (data[k][DATE], data[k][TITLE].casefold())
        low, high = 0, len(order)
        while low < high:
            mid = (low + high) // 2
            row = data[order[mid]]
            other = (row[DATE], row[TITLE].casefold())
            if other > key or (other == key and order[mid] < k):
                low = mid + 1
            else:
                high = mid
        order.insert(low, k)
    return order
