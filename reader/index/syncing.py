"""Keeping the library index up with the files: read new and changed files, drop removed ones,
analyse what is not analysed yet (a mixin of ``LibraryIndex``)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Sequence

from reader.index import remembered
from reader.index.listcache import prune_log
from reader.index.mapping import chunked, map_batches
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


# A file skipped because it could not be opened or read is tried again at every sync: a change of
# its permissions (chmod) leaves its size and modification time as they were (review33: a file
# made readable stayed "permission denied" in the index, the app and search until it was edited).
_UNREAD = ("permission denied", "cannot read:")


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


class Syncing:
    """The index's sync: the rest of ``LibraryIndex`` gives ``conn``, ``_guarded``, ``_transaction``
    and the row writes."""

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
        for db_path, size, mtime, digest, skipped in self.conn.execute(
                f"SELECT path, size, mtime_ns, digest, skipped FROM files WHERE {cond}", params):
            path = from_db(db_path)
            now = found.pop(path, None)
            if now is None:
                gone.append(path)
            elif now != stamp(size, mtime) or (not digest and skipped.startswith(_UNREAD)):
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
