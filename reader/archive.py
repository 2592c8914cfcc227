"""Use cases over the library index, for both front ends: open the library from the index, keep
the index in step with the files and the notes, search, and read an article's text.

commands/ and tui/ call these and never reach into reader.index's internals. (This belongs with
the other use cases in reader/workspace.py once that layer lands; it is its own module so the
two can be merged without a conflict.)
"""

from __future__ import annotations

import os
from dataclasses import replace
from operator import itemgetter
from pathlib import Path
from typing import Mapping, Callable, Iterable, Sequence

from reader.index import IndexedArticle, LibraryIndex, SearchResult, SyncReport, index_path_for
from reader.index.mapping import check_scheduler
from reader.index.listing import ROW_ID, ROW_KEY, ROW_TITLE, TAG_SEP, articles_by_rowid, listed_rows, skipped_files
from reader.index.provisional import has_heads, head_rows, take_heads
from reader.model import Article, LibraryScan, Skipped

__all__ = [
    "IndexedArticle", "LibraryIndex", "SearchResult", "SyncReport", "check_scheduler", "full_article", "head_rows", "index_file",
    "hold_list", "library_from_index", "library_listed", "library_rows", "listed_articles", "open_index", "record_ids", "rows_of", "search",
    "sync_user_data", "take_heads", "user_data",
]


def open_index(db_path: str | os.PathLike[str]) -> LibraryIndex:
    """The library index kept for the notes database at ``db_path`` (created when missing, rebuilt
    when damaged or from another version: then ``index.notice`` says so in one line)."""
    return LibraryIndex(index_file(db_path))


def index_file(db_path: str | os.PathLike[str]) -> Path:
    """Where the index of the notes database at ``db_path`` lives (``$READER_INDEX_DIR`` read now)."""
    return index_path_for(Path(db_path).expanduser())


def library_from_index(index: LibraryIndex, paths: Sequence[str], store=None) -> LibraryScan:
    """The library under ``paths`` as the index holds it, with the ids a scan gives (and, with a
    ``store``, the ids its records settle); bodies stay on disk. Records the ids in the index."""
    return library_listed(index, paths, store)[0]


def library_listed(index: LibraryIndex, paths: Sequence[str], store=None) -> tuple[LibraryScan, list[IndexedArticle]]:
    """library_from_index, and the index's own articles it was made of (one for one, in order:
    an article of the scan is the index's, or a copy with the id the scan's rule gave it)."""
    from reader.library.scanner import _unique_id  # the scan's own rule for same-headline files

    listed, skipped = index.articles(paths)
    held = {a.rowid: a.id for a in listed}  # the ids the index holds now
    taken: set[str] = set()
    articles: list[Article] = []
    previous_path, item = None, 0
    for article in listed:
        item = item + 1 if article.path == previous_path else 0
        previous_path = article.path
        if article.base_id:
            article = replace(article, id=article.base_id, base_id="")
        unique = _unique_id(article, item, taken) if article.id in taken else article
        taken.add(unique.id)
        articles.append(unique)
    del taken
    if store is not None:
        try:
            articles = list(store.settle_ids(articles))
        except Exception:  # the scan's ids still work for reading
            pass
    record_ids(index, articles, held)
    return LibraryScan(articles=tuple(articles), skipped=tuple(skipped)), listed


def hold_list(index: LibraryIndex, paths: Sequence[str], rows: Sequence[tuple] = ()) -> list[IndexedArticle] | None:
    """The index's article list under ``paths``, read now and kept by the index, so that a later
    change re-reads only its files' rows; None when the index keeps no list (``keep_list``).
    ``rows``: the launch's compact rows (library_rows), which the list on screen holds: the
    articles kept hold their titles, not a copy of each. Returns the articles kept, by path."""
    if not index.keeps_list:
        return None
    titles = dict(zip(map(itemgetter(ROW_KEY), rows), map(itemgetter(ROW_TITLE), rows)))
    return index.articles(paths, titles)[0]


def library_rows(index: LibraryIndex, paths: Sequence[str]) -> tuple[list[tuple], list[Skipped], bool]:
    """The library under ``paths`` as compact rows (reader.index.listing: rowid, id, title, date,
    source, dateline, file tags), with no object per article; the skipped files; and whether every
    row has the id an earlier launch settled and every file is parsed (else library_from_index
    gives the ids, and head_rows the files listed provisionally)."""

    def read() -> tuple[list[tuple], list[Skipped], bool]:
        rows, complete = listed_rows(index, paths)
        if complete and len({row[ROW_ID] for row in rows}) != len(rows):  # same-headline files not told apart yet
            complete = False
        if complete and has_heads(index, paths):  # a first launch that stopped before every file was read
            complete = False
        return rows, skipped_files(index, paths), complete

    return index._guarded(read)  # type: ignore[return-value]  # a damaged index is rebuilt


def rows_of(articles: Sequence[Article]) -> list[tuple]:
    """Compact rows for articles in memory (keyed by rowid when indexed, else by position)."""
    return [
        (a.rowid if isinstance(a, IndexedArticle) else k, a.id, a.title, a.date, a.source, a.dateline,
         TAG_SEP.join(a.meta_tags))
        for k, a in enumerate(articles)
    ]


def listed_articles(index: LibraryIndex, rows: Sequence[tuple]) -> list[Article | None]:
    """The articles of compact rows from the index (bodies left there), with the rows' ids; None
    for a row no longer indexed."""
    found = articles_by_rowid(index, (row[ROW_KEY] for row in rows))
    out: list[Article | None] = []
    for row in rows:
        article = found.get(row[ROW_KEY])
        if article is not None and article.id != row[ROW_ID]:  # an id settled since it was recorded
            article = replace(article, id=row[ROW_ID], base_id=article.base_id or article.id, body=None)
        out.append(article)
    return out


def record_ids(index: LibraryIndex, articles: Sequence[Article], held: dict[int, str]) -> None:
    """Tell the index the ids the library (the scan's rule, the store) gave its articles where
    they differ from ``held`` (rowid -> the id the index holds): notes are found by them."""
    changed = [(a.rowid, a.id) for a in articles if isinstance(a, IndexedArticle) and held.get(a.rowid) != a.id]
    if changed:
        index.set_ids(changed)


def sync_user_data(index: LibraryIndex, store, article_ids: Iterable[str] | None = None) -> int:
    """Hand the notes, labels and tags from the store to the index (what changed), for
    ``article_ids`` (default: every article the index holds, skipped when neither the database
    files nor the index changed since the last time)."""
    if article_ids is not None:
        return index.set_user_data(user_data(store, article_ids))
    mark = _store_mark(store, index)
    if mark and index.note("user-data") == mark:
        return 0
    changed = index.set_user_data(user_data(store, index.ids()))
    if mark:
        index.note("user-data", _store_mark(store, index))
    return changed


def _store_mark(store, index: LibraryIndex) -> str:
    """Any saved change of notes or tags, or of the number of indexed articles, changes it."""
    from reader.store.files import change_mark

    return f"{change_mark(store.path)}|{index.counts()['articles']}"


def user_data(store, article_ids: Iterable[str]) -> dict:
    """Article id -> (tags, notes, labels) from the store, for the articles that have any."""
    counts = store.annotation_counts()
    data = {}
    for article_id in article_ids:
        tags = store.tags(article_id)
        notes: list[str] = []
        labels: list[str] = []
        if counts.get(article_id):
            for annotation in store.annotations(article_id):
                notes.append(annotation.note)
                labels.append(annotation.label)
        if tags or notes:
            data[article_id] = (tags, notes, labels)
    return data


def search(index: LibraryIndex, text: str, paths: Sequence[str] | None = None, limit: int = 50,
           overrides: Mapping[str, str] | None = None) -> SearchResult:
    """The articles matching ``text`` in the search language, best first; never raises for a
    query a user can type (``result.problems`` says what was left out). ``overrides``: the
    speakers the journalist merged (``store.speaker_overrides()``), one speaker for ``speaker:``."""
    return index.search(text, paths, limit, speaker_overrides=overrides or None)


def full_article(index: LibraryIndex | None, article: Article) -> Article:
    """``article`` with its text: as its file reads now, else as indexed; a listed article that
    already has its body is returned as it is. A provisional one (listed from its file's head) is
    parsed now: ArticleError (one line) when its file cannot be read."""
    if not isinstance(article, IndexedArticle):
        return article
    from reader.library import load_articles

    if article.provisional:  # listed from its head, not parsed yet: parsed now (ArticleError: why not)
        return load_articles(article.path)[0]
    try:
        found = load_articles(article.path)
    except Exception:
        found = []
    base = article.base_id or article.id
    for fresh in found:
        if fresh.id in (article.id, base):
            return replace(fresh, id=article.id, base_id=article.base_id)
    body = index.body(article.rowid) if index is not None else None
    return Article(
        id=article.id, path=article.path, title=article.title, body=body or "", date=article.date,
        source=article.source, dateline=article.dateline, language=article.language, format=article.format,
        byline=article.byline, meta_tags=article.meta_tags, base_id=article.base_id,
    )


def progress_printer(stream, every: float = 0.5) -> Callable[[str, int, int], None]:
    """A progress callback writing "reading 500 of 10,000 files" to ``stream`` (a terminal: one
    line rewritten in place; else a line about every ``every`` seconds)."""
    import time

    tty = hasattr(stream, "isatty") and stream.isatty()
    last = [0.0]
    noun = {"reading": "files", "analysing": "articles", "comparing": "quotes"}

    def report(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < every:
            return
        last[0] = now
        line = f"{stage} {done:,} of {total:,} {noun.get(stage, 'items')}"
        if tty:
            stream.write("\r\x1b[K" + line + ("\n" if done >= total else ""))
        else:
            stream.write(line + "\n")
        stream.flush()

    return report
