"""The library's date order made before the rows reach the screen (in the worker), and after a
change patched from the last change's order: only the rows that changed are placed. At a launch
the order of the list the index keeps is made a date at a time (``newest_first_of``): no key per
article held at once."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import islice
from operator import attrgetter
from typing import Any

DATE, TITLE = 3, 2  # of the compact row (reader.tui.widgets.library_rows)


def newest_first(data: Sequence[tuple], before: tuple[Sequence[Any], Sequence[int]] | None = None,
                 items: Sequence[Any] | None = None) -> list[int]:
    """The rows' indices newest first, on one date titles Z to A ignoring case (ties as listed):
    ``LibraryRows.order``'s date order, made before the rows reach the screen. ``before``: the
    rows of an earlier call and the order it gave; the rows still there keep their places, and
    only the others are placed among them (the same order, without sorting them all again).
    ``items``: what each row was made of (the index's articles, immutable), one for one; then
    ``before`` holds the items of the earlier call, and a row is still there when its item is
    the very same object (no row compared by value, none kept to compare)."""
    if before is not None and len(data) > 64:
        order = _patched(data, *before, items)
        if order is not None:
            return order
    return sorted(range(len(data)), key=lambda i: date_key(data[i]), reverse=True)


def date_key(row: Sequence) -> tuple[str, str, str]:
    """A compact row's place in the date order, reversed: its date, its title ignoring case, then
    the title as it is (so that "storm" and "Storm" of one day are placed as a launch lists them:
    the index gives its rows by date and title as SQLite compares them, reader.index.listing)."""
    title = row[TITLE]
    return row[DATE], title.casefold(), title


def _patched(data: Sequence[tuple], old: Sequence[Any], old_order: Sequence[int],
             items: Sequence[Any] | None = None) -> list[int] | None:
    """newest_first(data) from the order of ``old`` (None: too many rows changed, or the rows
    kept are not in their old sequence: sort them all). The order is by (date, title) down, then
    by index up; rows kept have their keys and, kept in sequence, their order among themselves.
    ``items``: the rows' objects, compared with ``old``'s by identity (both alive meanwhile)."""
    if items is None:
        at = dict(zip(old, range(len(old))))
    elif len(items) != len(data):
        return None
    else:
        at = dict(zip(map(id, old), range(len(old))))
    if len(at) != len(old) or len(old_order) != len(old):
        return None
    was = list(map(at.get, data if items is None else map(id, items)))  # new index -> old (None: new or changed)
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
        key = date_key(data[k])
        low, high = 0, len(order)
        while low < high:
            mid = (low + high) // 2
            row = data[order[mid]]
            other = date_key(row)
            if other > key or (other == key and order[mid] < k):
                low = mid + 1
            else:
                high = mid
        order.insert(low, k)
    return order


def newest_first_of(items: Sequence[Any], date: Any = attrgetter("date"), title: Any = attrgetter("title")) -> array:
    """newest_first's order of ``items`` (articles: their date and title), made a date at a
    time: the keys of one date's titles are made and let go before the next date's (a sort of
    the whole list holds one key per article at once, some 16 MB at 100,000 articles)."""
    by_date: dict[Any, array] = {}
    for k, day in enumerate(map(date, items)):
        group = by_date.get(day)
        if group is None:
            group = by_date[day] = array("i")
        group.append(k)
    order = array("i")
    for day in sorted(by_date, reverse=True):
        group = by_date.pop(day)
        if len(group) > 1:  # reverse keeps equal titles as listed (stable), as the whole sort does
            order.extend(sorted(group, key=lambda k: _title_key(title(items[k])), reverse=True))
        else:
            order.extend(group)
    return order


def _title_key(title: str) -> tuple[str, str]:
    return title.casefold(), title
