"""The first pass of a first launch: every file the index does not hold yet gets a provisional
row from its head (reader.index.heads), written in big transactions, so that the whole list can
be shown before a single file is parsed. The parse (LibraryIndex.sync) replaces each provisional
row with the file's articles as it reads it; a file gone before then loses its row.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from reader.index.heads import HEAD_BYTES, head_fields, read_head
from reader.index.walking import find_files, from_db, roots_of, to_db, under, walk

if TYPE_CHECKING:
    from reader.index.catalog import LibraryIndex

# Rows per transaction: a small first batch (the first rows on screen at once), then big ones.
FIRST_BATCH = 500
BATCH = 5000
# Fewer new files than this, and fewer bytes, are parsed in well under a second: the parse lists
# them itself (provisional rows would only flicker).
FEW_FILES, FEW_BYTES = 500, 2_000_000
HEAD_KEY = "~"  # a provisional row's id: "~" and its key; no file's id starts so (make_id: hex)

Batch = Callable[[int, int], None]  # (files listed so far, files to list)


def take_heads(index: "LibraryIndex", paths: Sequence[str], after_batch: Batch | None = None) -> int:
    """Give every file under ``paths`` that the index holds neither parsed nor provisionally a
    provisional row; drop those of files gone or changed. The folders are walked and the rows
    written as they go, so the first ones are there before the walk is done: ``after_batch(done,
    total)`` is called after each committed batch (files looked at, and how many there are: 0
    until the walk is done; it may raise to stop). Returns how many rows were written."""
    return index._guarded(lambda: _take(index, roots_of(paths), after_batch))  # type: ignore[return-value]


def _files(roots: list[str]) -> Iterator[tuple[str, tuple[int, int]]]:
    for root in roots:
        if os.path.isdir(root):
            yield from walk(root)
        else:  # a file named by itself (reader.index.walking.find_files says why one is not read)
            found, _early = find_files([root])
            yield from found.items()


def _take(index: "LibraryIndex", roots: list[str], after_batch: Batch | None) -> int:
    cond, params = under(roots)
    conn = index.conn
    # parsed (a changed file keeps its parsed row until it is read again) or listed already
    parsed = {from_db(p) for (p,) in conn.execute(f"SELECT path FROM files WHERE {cond}", params)}
    listed = {from_db(p): (size, mtime) for p, size, mtime in
              conn.execute(f"SELECT path, size, mtime_ns FROM heads WHERE {cond}", params)}
    seen: set[str] = set()
    done, files, batch, limit = 0, 0, [], FIRST_BATCH
    few, size_seen = True, 0  # until the new files are too many to parse at once

    def write(total: int) -> None:
        nonlocal done, files, batch, limit
        rows = []
        for path, (size, mtime) in batch:
            fields = head_fields(path, read_head(path), 0 <= size <= HEAD_BYTES)
            if fields is not None:
                rows.append((to_db(path), size, mtime, *fields))
        if rows:
            with index._transaction() as tx:
                tx.executemany("INSERT OR REPLACE INTO heads (path, size, mtime_ns, title, date, source)"
                               " VALUES (?, ?, ?, ?, ?, ?)", rows)
        done += len(rows)
        files += len(batch)
        batch, limit = [], BATCH
        if after_batch is not None:
            after_batch(files, total)

    for path, key in _files(roots):
        if listed:
            seen.add(path)
        if path in parsed or listed.get(path) == key:
            continue
        batch.append((path, key))
        if few:
            size_seen += max(key[0], 0)
            few = len(batch) < FEW_FILES and size_seen < FEW_BYTES
        if not few and (len(batch) >= limit or not files):
            write(0)
    if not few:  # (else the parse lists these few itself)
        write(files + len(batch))
    stale = [(to_db(path),) for path in listed if path not in seen]  # gone before they were read
    if stale:
        with index._transaction() as tx:
            tx.executemany("DELETE FROM heads WHERE path = ?", stale)
    return done


def head_rows(index: "LibraryIndex", paths: Sequence[str]) -> list[tuple]:
    """The provisional rows under ``paths`` as the list's compact rows: (key, id, title, date,
    source, dateline, file tags), the key the negative of the row's own (never an article's)."""
    cond, params = under(roots_of(paths))
    return [(-key, f"{HEAD_KEY}{key}", title, date, source, "", "") for key, title, date, source in index.conn.execute(
        f"SELECT rowid, title, date, source FROM heads WHERE {cond}", params)]


def has_heads(index: "LibraryIndex", paths: Sequence[str]) -> bool:
    """Whether any file under ``paths`` is listed provisionally (not parsed yet)."""
    cond, params = under(roots_of(paths))
    return index.conn.execute(f"SELECT 1 FROM heads WHERE {cond} LIMIT 1", params).fetchone() is not None


def head_articles(index: "LibraryIndex", keys: Sequence[int]) -> dict[int, object]:
    """Provisional articles of the rows ``keys`` (negative): what the head gave, no text yet;
    ``reader.archive.full_article`` parses the file when one is opened."""
    from reader.index.articles import IndexedArticle
    from reader.library.formats import BY_SUFFIX

    found: dict[int, object] = {}
    wanted = [-k for k in keys if k < 0]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for key, db_path, title, date, source in index.conn.execute(
                f"SELECT rowid, path, title, date, source FROM heads WHERE rowid IN ({marks})", chunk):
            path = from_db(db_path)
            fmt = BY_SUFFIX.get(os.path.splitext(path)[1].lower(), "txt")
            found[-key] = IndexedArticle(f"{HEAD_KEY}{key}", path, title, None, date, source, "", "", fmt,  # type: ignore[arg-type]
                                         rowid=-key, index=None)
    return found
