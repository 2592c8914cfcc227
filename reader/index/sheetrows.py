"""The quotes the index keeps of an article, as a quote sheet prints them (``export --quotes``, ``E``
in the library), read only: the sheet of 20,000 articles no longer analyses every one again.

An article's rows stand in for its analysis only when they are that analysis: the index was made
by this schema and this analysis code (its stamp), and holds the article analysed from the same
headline, body and language (its path, and the body's fingerprint). Entity corrections are the
caller's to weigh (reader.workspace.sheet): the index analysed without them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from reader.index import codestamp
from reader.index.database import SCHEMA_VERSION
from reader.index.walking import to_db
from reader.model import Article, Quote

# One statement a file (one read snapshot: a sync writing meanwhile never splits a row from its quotes).
_ROWS = ("SELECT a.rowid, a.title, a.language, a.fingerprint, q.qstart, q.qend, q.text, q.speaker, q.role,"
         " q.own_role, q.affiliation, q.kind FROM articles a LEFT JOIN quotes q ON q.article = a.rowid"
         " WHERE a.path = ? AND a.analysed != 0 ORDER BY a.rowid, q.id")


class SheetRows:
    """The analysed articles of one index file, from a read-only connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # The rows of the file read last, by (fingerprint, title, language): the articles of a JSON
        # list come one after another, and reading the file's rows once for each of its 30,000
        # articles made the sheet quadratic (review32).
        self._path: str | None = None
        self._held: dict[tuple[str, str, str], tuple[Quote, ...]] = {}

    def quotes_of(self, article: Article) -> tuple[Quote, ...] | None:
        """The quotes an analysis of ``article`` (without corrections) finds, with each quote's
        role as the sheet gives it (its own, else its speaker's); None when the index does not hold
        that analysis (not indexed, changed since, not analysed yet, or text SQLite cannot keep)."""
        try:
            fingerprint = hashlib.sha1(article.body.encode("utf-8")).hexdigest()[:16]
            article.title.encode("utf-8")  # a lone surrogate is stored as U+FFFD: another text
            path = to_db(os.path.abspath(article.path))
        except (UnicodeError, ValueError, OSError):
            return None
        if path != self._path:
            try:
                rows = self.conn.execute(_ROWS, (path,)).fetchall()
            except sqlite3.Error:  # busy, damaged: the article is analysed
                return None
            self._path, self._held = path, _by_text(rows)
        return self._held.get((fingerprint, article.title, article.language))

    def close(self) -> None:
        self.conn.close()


def _by_text(rows: list) -> dict[tuple[str, str, str], tuple[Quote, ...]]:
    """A file's rows (in rowid order) as the quotes of each (fingerprint, title, language): the
    first article with that text (another one of the file with the same text has the same analysis)."""
    first: dict[tuple[str, str, str], int] = {}
    quotes: dict[tuple[str, str, str], list[Quote]] = {}
    for rowid, title, language, held, start, end, text, speaker, role, own_role, affiliation, kind in rows:
        key = (held, title, language)
        if first.setdefault(key, rowid) != rowid:
            continue
        found = quotes.setdefault(key, [])
        if start is not None:
            found.append(Quote(start, end, text, speaker or None, role=own_role or role,
                               affiliation=affiliation, kind=kind))
    return {key: tuple(found) for key, found in quotes.items()}


def sheet_rows(index_path: Path) -> SheetRows | None:
    """The index at ``index_path`` opened read only (never created or written), if it exists and
    was made by this schema and analysis code; else None (every article is analysed)."""
    if not index_path.is_file():
        return None
    try:
        conn = sqlite3.connect(index_path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False, timeout=2.0,
                               isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('schema', 'analysis_code')"))
        if meta.get("schema") == SCHEMA_VERSION and meta.get("analysis_code") == codestamp.stamps()["analysis_code"]:
            return SheetRows(conn)
    except sqlite3.Error:  # damaged, busy, unreadable: every article is analysed, as without an index
        pass
    conn.close()
    return None
