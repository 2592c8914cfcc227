"""The index's rows of unchanged files, read only: ``reader list``, ``export`` and ``tag --in``
take a file's articles from here instead of parsing it again (reader.workspace.indexed).

Only rows a parse of the file today would give are handed out: the index made by this parsing
code (its stamp), the file's size, modification time and content hash as indexed (size and mtime
alone miss a file replaced in place with ``touch -r``, or edited within the file system's time
granularity: the bytes are read and hashed, never parsed), no file the index skipped or
changed to store (a JSON file, whose records the index keeps without the problems a scan lists;
text with U+FFFD, which may stand for a character SQLite could not hold). A body read later is
checked against the fingerprint of the parsed body; on a mismatch the file is parsed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Sequence

from reader.index import codestamp
from reader.index.articles import TAG_SEP, IndexedArticle
from reader.index.database import SCHEMA_VERSION
from reader.index.walking import from_db, under

_UNTRUSTED_SUFFIXES = (".json",)  # several records a file: the problems of the bad ones are not kept
_CHECKED = slice(3, 12)  # the text columns of a row below (id .. meta_tags)


class KnownFiles:
    """The indexed files and articles under some folders, from a read-only connection."""

    def __init__(self, conn: sqlite3.Connection, roots: Sequence[str]) -> None:
        self.conn = conn
        cond, params = under(list(roots))
        self.listed: dict[int, tuple[str, int, str]] = {}  # rowid -> path, item, fingerprint
        conn.execute("BEGIN")  # one snapshot: another reader may be indexing
        self.files = {from_db(p): (size, mtime, skipped, digest) for p, size, mtime, skipped, digest in conn.execute(
            f"SELECT path, size, mtime_ns, skipped, digest FROM files WHERE {cond}", params)}
        self.rows: dict[str, list[tuple]] = {}
        for row in conn.execute(
                "SELECT rowid, path, item, id, title, date, source, dateline, language, format, byline,"
                f" meta_tags, fingerprint FROM articles WHERE {cond} ORDER BY path, item", params):
            self.rows.setdefault(from_db(row[1]), []).append(row)
        conn.execute("COMMIT")

    def holds(self, path: str, stat: tuple[int, int]) -> bool:
        """Whether the index may hold the file at ``path`` as it is (its size and mtime_ns now:
        ``stat``): then its bytes are worth hashing for ``articles``."""
        entry = self.files.get(path)
        return (entry is not None and entry[:2] == stat and not entry[2] and bool(entry[3])
                and path in self.rows and not path.lower().endswith(_UNTRUSTED_SUFFIXES))

    def articles(self, path: str, stat: tuple[int, int], data: bytes) -> list[IndexedArticle] | None:
        """The articles of the file at ``path`` (its size and mtime_ns now: ``stat``, its bytes:
        ``data``) as a parse gives them, bodies left in the index; None when it must be parsed."""
        rows = self.rows.get(path)
        if not self.holds(path, stat) or not rows:
            return None
        if hashlib.blake2b(data, digest_size=16).hexdigest() != self.files[path][3]:
            return None
        if [row[2] for row in rows] != list(range(len(rows))):
            return None
        for row in rows:
            if any("\ufffd" in value for value in row[_CHECKED]):
                return None
        for row in rows:
            self.listed[row[0]] = (path, row[2], row[12])
        return [
            IndexedArticle(base, path, title, None, date, source, dateline, language, fmt, byline,  # type: ignore[arg-type]
                           tuple(t for t in tags.split(TAG_SEP) if t) if tags else (), "", rowid, fp,
                           self)  # type: ignore[arg-type]
            for rowid, _p, _i, base, title, date, source, dateline, language, fmt, byline, tags, fp in rows
        ]

    def body(self, rowid: int) -> str | None:
        """The body of one listed article: as indexed when it is the body its file gave (the
        fingerprint listed), else (changed or re-indexed since) as the file reads now."""
        path, item, fingerprint = self.listed[rowid]
        row = self.conn.execute("SELECT body FROM fts WHERE rowid = ?", (rowid,)).fetchone()
        if row is not None and hashlib.sha1(row[0].encode("utf-8", "surrogatepass")).hexdigest()[:16] == fingerprint:
            return row[0]
        from reader.library import load_articles

        try:
            return load_articles(path)[item].body
        except Exception:  # gone or unreadable since the scan: the indexed text is the best there is
            return row[0] if row is not None else None

def known_files(index_path: Path, roots: Sequence[str]) -> KnownFiles | None:
    """The index at ``index_path`` opened read only (never created, rebuilt or written), if it
    exists and was made by this schema and parsing code; else None (every file is parsed)."""
    if not index_path.is_file():
        return None
    try:
        conn = sqlite3.connect(index_path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False, timeout=2.0,
                               isolation_level=None)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('schema', 'parse_code')"))
            if meta.get("schema") != SCHEMA_VERSION or meta.get("parse_code") != codestamp.stamps()["parse_code"]:
                conn.close()
                return None
            return KnownFiles(conn, roots)
        except sqlite3.Error:
            conn.close()
            raise
    except sqlite3.Error:  # damaged, busy, unreadable: the files are parsed, as without an index
        return None
