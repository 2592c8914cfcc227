"""The library's rows: a compact tuple per article (straight from the index), and the facts kept
beside them (tags, note counts, read or new); a LibraryRow object, with its Article, is made only
for a row that something asks for (the highlighted one, the one opened, a tagging session).

A hundred thousand articles keep a hundred thousand small tuples and an order of ints; sorting and
the filter work on those.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, groupby, islice
from operator import is_not, itemgetter
from typing import Callable, Iterator

from reader.model import Article, merge_tags
from reader.textsafe import folded
from reader.tui.widgets.date_order import date_key, newest_first  # noqa: F401  (newest_first: made in the worker, kept here for callers)

# The compact row (reader.index.listing / reader.archive.rows_of).
KEY, ID, TITLE, DATE, SOURCE, DATELINE, FILE_TAGS = range(7)
TAG_SEP = "\x1f"

Fetch = Callable[[Sequence[tuple]], Sequence["Article | None"]]


@dataclass(eq=False)
class LibraryRow:
    """One article as the library shows it."""

    article: Article
    tags: tuple[str, ...] = ()
    notes: int = 0
    orphans: int = 0
    haystack: str = ""
    reading: str = ""  # "new" (since the last launch), "unread" or "read"; "" unknown

    def refresh_haystack(self) -> None:
        """Recompute the lower-cased text the filter searches (title, tags, source, date)."""
        self.haystack = haystack(self.article.title, self.tags, self.article.source, self.article.date,
                                 self.article.dateline)


def haystack(title: str, tags: Sequence[str], source: str, date: str, dateline: str) -> str:
    """The lower-cased text the filter looks in."""
    return folded(" ".join((title, " ".join(tags), source, date, dateline)))


def file_tags(row: tuple) -> tuple[str, ...]:
    """The tags a row's file declares itself."""
    text = row[FILE_TAGS]
    return tuple(t for t in text.split(TAG_SEP) if t) if text else ()


class LibraryRows:
    """Every listed article as a compact row, and what the list shows beside each."""

    def __init__(self, data: list[tuple], fetch: Fetch, tags_of: Callable[[str], Sequence[str]] = lambda _id: (),
                 by_date: bool = False, newest: list[int] | None = None) -> None:
        self.data = data
        self.newest = newest  # the rows' order by date then title, made beforehand (newest_first)
        self.by_date = by_date and all(a[DATE] >= b[DATE] for a, b in zip(data, islice(data, 1, None)))  # newest first
        self.fetch = fetch
        self.tags_of = tags_of
        self.notes: dict[str, int] = {}
        self.orphans: dict[str, int] = {}
        self.read: Sequence[str] | set[str] | dict = set()
        self.new: set[str] = set()
        self._tags: dict[int, tuple[str, ...]] = {}
        self._built: dict[int, LibraryRow] = {}
        self._haystacks: list[str] | None = None
        self._positions: dict[str, int] | None = None
        self._looked = False  # position() was asked once (then it keeps a dict)

    def __len__(self) -> int:
        return len(self.data)

    # -- per-row facts -----------------------------------------------------------------------
    def tags(self, i: int) -> tuple[str, ...]:
        """The user's tags and the file's own, of row ``i``."""
        tags = self._tags.get(i)
        if tags is None:
            row = self.data[i]
            tags = self._tags[i] = merge_tags(tuple(self.tags_of(row[ID])), file_tags(row))
        return tags

    def reading(self, i: int) -> str:
        """ "read", "new" (since the last launch) or "unread"."""
        aid = self.data[i][ID]
        return "read" if aid in self.read else "new" if aid in self.new else "unread"

    def haystack(self, i: int) -> str:
        """The text the filter looks in (made for every row the first time a filter is used)."""
        if self._haystacks is None:
            self._haystacks = [haystack(r[TITLE], self.tags(k), r[SOURCE], r[DATE], r[DATELINE])
                               for k, r in enumerate(self.data)]
        return self._haystacks[i]

    def position(self, article_id: str) -> int | None:
        """The row of an article id (the last, were it listed twice)."""
        if self._positions is None:
            if not self._looked:  # the first look-up (the highlight kept after a change): one search, no dict
                self._looked = True
                ids = list(map(itemgetter(ID), self.data))
                ids.reverse()
                return len(ids) - 1 - ids.index(article_id) if article_id in ids else None
            self._positions = dict(zip(map(itemgetter(ID), self.data), range(len(self.data))))
        return self._positions.get(article_id)

    def share_values(self, start: int, stop: int) -> None:
        """Rows ``start`` to ``stop`` share their date, source and dateline with every row of the
        same value (sys.intern, as the index's articles do): rows read from SQLite hold a string
        of their own in each, some 17 MB at 100,000 articles for a few hundred values."""
        data, intern = self.data, sys.intern
        for i in range(start, min(stop, len(data))):
            r = data[i]
            data[i] = (r[KEY], r[ID], r[TITLE], intern(r[DATE]), intern(r[SOURCE]), intern(r[DATELINE]), r[FILE_TAGS])

    # -- changes -----------------------------------------------------------------------------
    def set_tags(self, i: int, tags: tuple[str, ...]) -> None:
        """Row ``i``'s tags changed (the user's and the file's, merged)."""
        self._tags[i] = tags
        self._changed(i)

    def set_article(self, i: int, article: Article) -> None:
        """Row ``i``'s file was read again: its title, date and source as they are now."""
        old = self.data[i]
        self.by_date = self.by_date and article.date == old[DATE]
        if (article.date, article.title) != (old[DATE], old[TITLE]):
            self.newest = None
        self.data[i] = (old[KEY], old[ID], article.title, article.date, article.source, article.dateline,
                        TAG_SEP.join(article.meta_tags))
        self._tags.pop(i, None)
        self._changed(i)

    def _changed(self, i: int) -> None:
        if self._haystacks is not None:
            r = self.data[i]
            self._haystacks[i] = haystack(r[TITLE], self.tags(i), r[SOURCE], r[DATE], r[DATELINE])
        row = self._built.get(i)
        if row is not None:
            row.tags = self.tags(i)
            row.refresh_haystack()

    # -- objects, when asked for ---------------------------------------------------------------
    def row(self, i: int) -> LibraryRow:
        """Row ``i`` as an object with its Article (made the first time it is asked for)."""
        built = self._built.get(i)
        if built is None:
            self.build([i])
            built = self._built[i]
        return built

    def build(self, indices: Sequence[int]) -> None:
        """Make the objects of the rows ``indices`` (one fetch for all that are not made yet)."""
        todo = [i for i in dict.fromkeys(indices) if i not in self._built]
        if not todo:
            return
        articles = self.fetch([self.data[i] for i in todo])
        for i, article in zip(todo, articles):
            r = self.data[i]
            if article is None:  # gone from the index since it was listed: what the list knew
                article = Article(id=r[ID], path="", title=r[TITLE], body="", date=r[DATE], source=r[SOURCE],
                                  dateline=r[DATELINE], meta_tags=file_tags(r))
            aid = r[ID]
            tags = self.tags(i)
            self._built[i] = LibraryRow(
                article, tags, self.notes.get(aid, 0), self.orphans.get(aid, 0),
                haystack(article.title, tags, article.source, article.date, article.dateline), self.reading(i),
            )

    def refresh_facts(self) -> None:
        """Note counts, reading state or tags changed: the rows made so far follow."""
        self._tags.clear()
        self._haystacks = None
        for i, row in self._built.items():
            aid = self.data[i][ID]
            row.tags, row.notes, row.orphans = self.tags(i), self.notes.get(aid, 0), self.orphans.get(aid, 0)
            row.reading = self.reading(i)
            row.refresh_haystack()

    # -- order ---------------------------------------------------------------------------------
    def order(self, filter_text: str, unread_only: bool, sort: str) -> list[int]:
        """The rows shown, in order: every word of ``filter_text`` in title, tags, source or date;
        only those not read yet; by "date" (newest first), "title" or "notes" (most first)."""
        data = self.data
        ready = sort in ("date", "notes") and not self.by_date and self.newest is not None  # newest first made
        indices: list[int] = list(self.newest if ready else range(len(data)))  # type: ignore[arg-type]
        terms = folded(filter_text).split()
        if terms:
            self.haystack(0) if data else None
            hay = self._haystacks or []
            indices = [i for i in indices if all(term in hay[i] for term in terms)]
        if unread_only:
            read = self.read
            indices = [i for i in indices if data[i][ID] not in read]
        if sort == "title":  # on one title and date: as the rows were listed (by path)
            indices.sort(key=lambda i: (data[i][TITLE].casefold(), data[i][DATE], data[i][TITLE]))
        elif sort == "notes":  # on one count and title: newest first (not as the rows happen to be listed)
            notes = self.notes
            if not ready:
                indices = _by_date(data, indices, self.by_date)
            indices.sort(key=lambda i: (-notes.get(data[i][ID], 0), data[i][TITLE].casefold()))
        elif not ready:  # else in that order already (filtering keeps it)
            indices = _by_date(data, indices, self.by_date)
        return indices


def _by_date(data: list[tuple], indices: list[int], by_date: bool) -> list[int]:
    """``indices`` newest first; on one date, titles Z to A (the reverse of date_key)."""
    if by_date:  # the rows came newest first: put the titles of each date in order
        return _titles_within_dates(data, indices)
    indices.sort(key=lambda i: date_key(data[i]), reverse=True)
    return indices


def with_ids(rows: list[tuple], listed: Sequence[Article], settled: Sequence[Article]) -> list[tuple]:
    """``rows`` (reader.archive.rows_of of ``listed``) with the ids of ``settled`` (the same
    articles, some given another id by the store's settle_ids): rows_of(settled), made cheaply."""
    out = list(rows)
    for k in compress(range(len(out)), map(is_not, listed, settled)):  # the articles settle_ids replaced
        after = settled[k]
        if after.id != out[k][ID]:
            out[k] = (out[k][KEY], after.id, *out[k][TITLE:])
    return out


def _titles_within_dates(data: list[tuple], indices: list[int]) -> list[int]:
    """``indices`` (newest first already) with each date's titles Z to A ignoring case."""
    out: list[int] = []
    for _date, group in groupby(indices, key=lambda i: data[i][DATE]):
        run = list(group)
        if len(run) > 1:
            run.sort(key=lambda i: date_key(data[i]), reverse=True)
        out += run
    return out


class RowsView(Sequence):
    """Rows of a LibraryRows as objects, made as they are read (``order`` None: every row)."""

    def __init__(self, rows: LibraryRows, order: Sequence[int] | None = None) -> None:
        self._rows = rows
        self._order = order

    def __len__(self) -> int:
        return len(self._rows) if self._order is None else len(self._order)

    def _index(self, k: int) -> int:
        return k if self._order is None else self._order[k]

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            picked = [self._index(j) for j in range(*k.indices(len(self)))]
            self._rows.build(picked)
            return [self._rows.row(i) for i in picked]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self._rows.row(self._index(k))

    def __iter__(self) -> Iterator[LibraryRow]:
        for start in range(0, len(self), 500):
            yield from self[start:start + 500]

    def index(self, row: object, start: int = 0, stop: int | None = None) -> int:  # type: ignore[override]
        """Where ``row`` (a LibraryRow of these rows) is shown."""
        article = getattr(row, "article", None)
        i = self._rows.position(article.id) if article is not None else None
        if i is not None:
            k = i if self._order is None else (list(self._order).index(i) if i in self._order else -1)
            if k >= 0 and k >= start and (stop is None or k < stop):
                return k
        raise ValueError("not a shown row")
