"""The library index: keeps itself in step with the article files and answers searches."""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Mapping, Sequence

from reader.errors import IndexBusyError, IndexDamagedError, LibraryIndexError
from reader.index import codestamp, database, remembered
from reader.index.listcache import ListCache
from reader.index.articles import IndexedArticle
from reader.index.searching import Searching
from reader.index.userdata import UserData
from reader.index.rowwriting import RowWriting
from reader.index.syncing import SyncReport, Syncing  # noqa: F401 (SyncReport: importable here as before)
from reader.index.walking import from_db, roots_of, under
from reader.model import Skipped


class LibraryIndex(Syncing, Searching, UserData, RowWriting):
    """One SQLite index file (FTS5) per notes database. Safe to use from several threads: each
    thread gets its own connection."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._generation = 0
        self._lock = threading.Lock()
        self._listing = ListCache()  # the last article list read, kept up to date from a log
        try:
            conn, self.notice = database.connect(self.path)
        except sqlite3.Error as error:  # a read-only folder, a full disk: one line, not a traceback
            raise LibraryIndexError(f"the library index cannot be opened: {error} ({self.path})") from None
        except OSError as error:  # READER_INDEX_DIR a file, or in a folder that cannot be made
            from reader.errors import describe_os_error

            raise LibraryIndexError(f"the library index cannot be opened: {describe_os_error(error)}") from None
        self._local.conn, self._local.generation = conn, 0
        self._probe()
        self._refresh_code()

    def keep_list(self) -> None:
        """Keep the article list between reads: after a change only the changed files' rows are
        read again (reader.index.listcache); costs an object per article while the index is open."""
        self._listing.keep = True

    @property
    def keeps_list(self) -> bool:
        """Whether the article list is kept between reads (``keep_list``)."""
        return self._listing.keep

    # -- connections ------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.generation != self._generation:
            conn, notice = database.connect(self.path)
            self.notice = self.notice or notice
            self._local.conn, self._local.generation = conn, self._generation
        return conn

    def _probe(self) -> None:
        """Read a little of every table; a damaged file is rebuilt now."""
        try:
            for table in ("files", "articles", "fts"):
                self.conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
        except sqlite3.DatabaseError as error:
            if type(error) is not sqlite3.DatabaseError:
                raise
            self._rebuild(f"damaged ({error})")

    def _refresh_code(self) -> None:
        """Rows made by other parsing or analysis code are read or analysed again (codestamp.py)."""
        try:
            self.notice = self.notice or codestamp.refresh(self.conn)
        except sqlite3.DatabaseError as error:  # busy: another copy is writing; the next open does it
            if type(error) is sqlite3.DatabaseError:  # damage the probe did not reach ("malformed")
                self._rebuild(f"damaged ({error})")

    def _rebuild(self, reason: str) -> None:
        with self._lock:
            conn = getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
            database._discard(self.path)
            self._generation += 1
            self._local.conn = None
            self.notice = f"The library index was {reason}; it is built again from the article files as they are read."
        self.conn  # noqa: B018 - creates the new file

    @contextmanager
    def guard(self):
        """SQLite's errors inside the block as one-line errors: damage rebuilds the index and
        raises IndexDamagedError (the command can run again); a lock held by another copy of
        reader raises IndexBusyError."""
        try:
            yield self
        except sqlite3.DatabaseError as error:
            if type(error) is sqlite3.DatabaseError:  # "malformed", "file is not a database"
                self._rebuild(f"damaged ({error})")
                raise IndexDamagedError(self.notice) from None
            text = str(error)
            if "locked" in text or "busy" in text:
                raise IndexBusyError("the library index is busy: another copy of reader is writing it; "
                                     "try again in a moment") from None
            raise LibraryIndexError(f"the library index cannot be used: {text} ({self.path})") from None

    def lost_roots(self) -> list[str]:
        """The remembered folders and files (still there) that this index holds nothing of: it was
        rebuilt after damage or deleted as a cache. Commands that name no paths read them again."""
        missing = []
        for root in remembered.read(self.path):
            if not os.path.lexists(root):
                continue
            cond, params = under([root])
            if self.conn.execute(f"SELECT 1 FROM files WHERE {cond} LIMIT 1", params).fetchone() is None:
                missing.append(root)
        return missing

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _guarded(self, work: Callable[[], object]) -> object:
        try:
            return work()
        except sqlite3.DatabaseError as error:
            if type(error) is not sqlite3.DatabaseError:  # busy, a bad statement...: not damage
                raise
            self._rebuild(f"damaged ({error})")  # "file is not a database", "malformed"
            return work()

    def _transaction(self):
        conn = self.conn

        class _Tx:
            def __enter__(self_inner):
                conn.execute("BEGIN IMMEDIATE")
                return conn

            def __exit__(self_inner, kind, *rest):
                conn.execute("COMMIT" if kind is None else "ROLLBACK")

        return _Tx()

    # -- reading -----------------------------------------------------------------------------
    def articles(self, paths: Sequence[str], titles: Mapping[int, str] | None = None) -> tuple[list[IndexedArticle], list[Skipped]]:
        """The indexed articles under ``paths`` in scan order (by path), and the skipped files
        (``titles``: rowid -> a title held elsewhere, to share; ListCache.articles)."""
        return self._guarded(lambda: self._articles(roots_of(paths), titles))  # type: ignore[return-value]

    def _articles(self, roots: list[str], titles: Mapping[int, str] | None = None) -> tuple[list[IndexedArticle], list[Skipped]]:
        cond, params = under(roots)
        articles = self._listing.articles(self, roots, titles)  # only the changed files' rows read again
        skipped = [Skipped(from_db(p), r) for p, r in self.conn.execute(
            f"SELECT path, skipped FROM files WHERE skipped != '' AND {cond} ORDER BY path", params)]
        return articles, skipped

    def note(self, key: str, value: str | None = None) -> str:
        """A small value kept in the index (``value`` given: set it); "" when unset."""
        if value is not None:
            with self._transaction() as conn:
                conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"note:{key}", value))
            return value
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (f"note:{key}",)).fetchone()
        return row[0] if row else ""

    def ids(self) -> list[str]:
        """The id of every indexed article (as the library last gave them)."""
        return [row[0] for row in self.conn.execute("SELECT uid FROM articles")]

    def body(self, rowid: int) -> str | None:
        """The normalised text of one indexed article (None if it is no longer indexed)."""
        row = self.conn.execute("SELECT body FROM fts WHERE rowid = ?", (rowid,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """Articles, files, skipped files and articles still to analyse in the whole index."""
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "files": one("SELECT count(*) FROM files"),
            "skipped": one("SELECT count(*) FROM files WHERE skipped != ''"),
            "unanalysed": one("SELECT count(*) FROM articles WHERE analysed = 0"),
        }
