"""The library list straight from the index: a compact tuple per article (no objects), and the
full articles of a few rows when they are needed (opening one, a tagging session, an export)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from reader.index.walking import roots_of, under

if TYPE_CHECKING:
    from reader.index.articles import IndexedArticle
    from reader.index.catalog import LibraryIndex

# A listed row: (rowid, id, title, date, source, dateline, meta_tags joined by "\x1f").
ROW_KEY, ROW_ID, ROW_TITLE, ROW_DATE, ROW_SOURCE, ROW_DATELINE, ROW_TAGS = range(7)
TAG_SEP = "\x1f"


def listed_rows(index: "LibraryIndex", paths: Sequence[str]) -> tuple[list[tuple], bool]:
    """The articles under ``paths`` as compact rows, newest first (on one date by title, Z to A,
    as SQLite compares them), and whether every row has the id the library gave it at an earlier
    launch (else the id its own fields give). The rows are SQLite's own tuples: no object per
    article is made."""
    cond, params = under(roots_of(paths))
    conn = index.conn
    rows = conn.execute(
        "SELECT rowid, CASE WHEN uid != '' THEN uid ELSE id END, title, date, source, dateline, meta_tags"
        f" FROM articles WHERE {cond} ORDER BY date DESC, title DESC, path, item", params).fetchall()
    unsettled = conn.execute(f"SELECT 1 FROM articles WHERE uid = '' AND {cond} LIMIT 1", params).fetchone()
    return rows, unsettled is None


def articles_by_rowid(index: "LibraryIndex", rowids: Iterable[int]) -> dict[int, "IndexedArticle"]:
    """The listed articles (bodies left in the index) of ``rowids`` that are still indexed
    (negative: a provisional row's, reader.index.provisional)."""
    from reader.index.articles import ARTICLE_COLUMNS, article_of

    wanted = list(dict.fromkeys(rowids))
    found: dict[int, IndexedArticle] = {}
    if any(k < 0 for k in wanted):  # provisional rows: what their file's head gave
        from reader.index.provisional import head_articles

        found.update(head_articles(index, wanted))  # type: ignore[arg-type]
        wanted = [k for k in wanted if k >= 0]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in index.conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE rowid IN ({marks})", chunk):
            found[row[0]] = article_of(row, index)
    return found


def skipped_files(index: "LibraryIndex", paths: Sequence[str]) -> list:
    """The files under ``paths`` that were skipped, with the reason, by path."""
    from reader.index.walking import from_db
    from reader.model import Skipped

    cond, params = under(roots_of(paths))
    sql = f"SELECT path, skipped FROM files WHERE skipped != '' AND {cond} ORDER BY path"
    return [Skipped(from_db(p), r) for p, r in index.conn.execute(sql, params)]
