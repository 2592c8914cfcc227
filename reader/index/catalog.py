"""The library index: keeps itself in step with the article files and answers searches."""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Sequence

from reader.errors import IndexBusyError, IndexDamagedError, LibraryIndexError
from reader.index import codestamp, database, remembered
from reader.index.listcache import ListCache, prune_log
from reader.index.mapping import chunked, map_batches
from reader.index.articles import IndexedArticle
from reader.index.searching import Searching
from reader.index.userdata import UserData
from reader.index.rowwriting import RowWriting
from reader.index.records import analyse_items, read_analysed, read_records
from reader.index.walking import find_files, from_db, roots_of, stamp, to_db, under, unstamp
from reader.model import Skipped
from reader.textsafe import text_for_json

Progress = Callable[[str, int, int], None]  # (stage, done, total)
# Files read and articles analysed per transaction. Each commit writes its pages to the WAL and
# starts an FTS5 segment that later merges rewrite: 64 and 32 wrote 2.8 GB for a 191 MB index
# (docs/log/archive9.md). A crash loses at most one batch; the index is derived data.
_READ_BATCH = 256
_ANALYSE_BATCH = 128
_SYNC_PRAGMAS = (("cache_size", -65536, -8000), ("wal_autocheckpoint", 16384, 1000))  # (name, while syncing, after)




@dataclass
class SyncReport:
    """What one pass over the files did."""

    files: int = 0
    read: int = 0
    removed: int = 0
    analysed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)  # articles whose analysis failed (searchable by text)

    @property
    def changed(self) -> bool:
        """True when the list of articles may have changed."""
        return bool(self.read or self.removed)


class LibraryIndex(Searching, UserData, RowWriting):
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

    # -- keeping up with the files -----------------------------------------------------------
    def sync(self, paths: Sequence[str], progress: Progress | None = None, *, workers: int = 1,
             scheduler: str | None = None, analyse: bool = True) -> SyncReport:
        """Bring the index in step with the files under ``paths``: read new and changed files,
        drop removed ones, then analyse what has not been analysed yet."""
        remembered.add(self.path, [r for r in roots_of(paths) if os.path.lexists(r)])
        with self._bulk():
            return self._guarded(lambda: self._sync(roots_of(paths), progress, workers, scheduler, analyse))  # type: ignore[return-value]

    @contextmanager
    def _bulk(self):
        """A 64 MB page cache and WAL while syncing: a page changed by many batches is written to
        the file once a checkpoint, not once per batch (the WAL still makes every commit atomic)."""
        conn = self.conn
        for name, during, _after in _SYNC_PRAGMAS:
            conn.execute(f"PRAGMA {name} = {during}")
        try:
            yield
        finally:
            try:
                conn = self.conn  # a new one if the index was rebuilt meanwhile
                for name, _during, after in _SYNC_PRAGMAS:
                    conn.execute(f"PRAGMA {name} = {after}")
            except sqlite3.Error:
                pass  # a connection closed by a failure: the failure is what the user hears of

    def _sync(self, roots: list[str], progress: Progress | None, workers: int, scheduler: str | None,
              analyse: bool) -> SyncReport:
        found, early = find_files(roots, stamped=True)  # path -> stamp(size, mtime_ns)
        report = SyncReport(files=len(found), skipped=early)
        cond, params = under(roots)
        gone = [from_db(p) for (p,) in self.conn.execute(f"SELECT path FROM heads WHERE {cond}", params)
                if from_db(p) not in found]  # provisional rows of files gone before they were read
        # One pass over the indexed files against the ones found (no second map of 100,000 paths).
        todo = []
        for db_path, size, mtime, digest in self.conn.execute(
                f"SELECT path, size, mtime_ns, digest FROM files WHERE {cond}", params):
            path = from_db(db_path)
            now = found.pop(path, None)
            if now is None:
                gone.append(path)
            elif now != stamp(size, mtime):
                todo.append((path, *unstamp(now), digest))
        todo += [(path, *unstamp(now), "") for path, now in found.items()]  # new files
        del found
        for root in roots:  # a file replaced by a folder of its name: ``under`` reads inside the folder only
            if os.path.isdir(root) and self.conn.execute("SELECT 1 FROM files WHERE path = ?", (to_db(root),)).fetchone():
                gone.append(root)
        todo.sort()
        if gone:
            with self._transaction() as conn:
                for path in gone:
                    self._drop(conn, path)
            report.removed = len(gone)
        done = 0
        if progress:
            progress("reading", 0, len(todo))
        read = read_analysed if analyse else read_records  # analysed in the batch: each row written once
        for records in map_batches(read, chunked(todo, _READ_BATCH), workers, scheduler):
            with self._transaction() as conn:
                for job, record in zip(todo[done:done + len(records)], records):
                    conn.execute("SAVEPOINT one_file")
                    try:
                        self._write_file(conn, job, record)
                    except (sqlite3.Error, UnicodeError, ValueError) as error:  # one bad file, not the batch
                        conn.execute("ROLLBACK TO one_file")
                        self._drop(conn, job[0])
                        conn.execute("INSERT INTO files VALUES (?, ?, ?, '', ?)",
                                     (to_db(job[0]), job[1], job[2], text_for_json(f"cannot index: {error}"[:200])))
                    conn.execute("RELEASE one_file")
            done += len(records)
            report.read += sum(1 for r in records if r is not None)
            report.analysed += sum(1 for r in records if r is not None for a in r.analyses if a is not None)
            report.failed += [Skipped(job[0], a.failed) for job, r in zip(todo[done - len(records):done], records)
                              if r is not None for a in r.analyses if a is not None and a.failed]
            if progress:
                progress("reading", done, len(todo))
        if analyse:
            report.analysed += self._analyse(roots, progress, workers, scheduler, report.failed)
        prune_log(self.conn)
        return report

    def _transaction(self):
        conn = self.conn

        class _Tx:
            def __enter__(self_inner):
                conn.execute("BEGIN IMMEDIATE")
                return conn

            def __exit__(self_inner, kind, *rest):
                conn.execute("COMMIT" if kind is None else "ROLLBACK")

        return _Tx()

    def _analyse(self, roots: list[str], progress: Progress | None, workers: int, scheduler: str | None,
                 failed: list[Skipped] | None = None) -> int:
        cond, params = under(roots, "a.path")
        pending = [row[0] for row in self.conn.execute(
            f"SELECT a.rowid FROM articles a WHERE a.analysed = 0 AND {cond} ORDER BY a.rowid", params)]
        if not pending:
            return 0

        def jobs():
            for ids in chunked(pending, _ANALYSE_BATCH):
                marks = ",".join("?" * len(ids))
                yield [tuple(row) for row in self.conn.execute(
                    f"SELECT a.rowid, a.title, f.body, a.language FROM articles a JOIN fts f ON f.rowid = a.rowid"
                    f" WHERE a.rowid IN ({marks})", ids)]

        done = 0
        if progress:
            progress("analysing", 0, len(pending))
        for results in map_batches(analyse_items, jobs(), workers, scheduler):
            with self._transaction() as conn:
                for result in results:
                    self._write_analysis(conn, result)
                    if result.failed and failed is not None:
                        row = conn.execute("SELECT path FROM articles WHERE rowid = ?", (result.rowid,)).fetchone()
                        if row is not None:
                            failed.append(Skipped(from_db(row[0]), result.failed))
            done += len(results)
            if progress:
                progress("analysing", done, len(pending))
        return done

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
