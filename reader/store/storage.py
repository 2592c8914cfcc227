"""A crash-safe, multi-process TinyDB Storage: a JSON snapshot plus an append-only journal.

* Reads come from memory. TinyDB replaces a whole table on every change; the tables dict
  handed to TinyDB records which ones, so a commit appends only those tables to the journal
  as one line and fsyncs it. A document added or replaced in place (a note saved) is journalled
  with the others of its table changed since the snapshot, not the whole table
  (``journalentries``): a save costs what changed, not the size of the article.
* Now and then (and on close) the journal is compacted into a new snapshot, written to a
  temporary file, fsynced and renamed over the old one; that is also when a backup is kept.
  The snapshot and its journal share an ``epoch``; a journal from another epoch is ignored
  (a compaction that died between its two renames already holds everything).
* Writers take an ``flock`` on a side file only for the length of a transaction and first
  catch up with whatever other processes committed, so none overwrites another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


from reader.errors import ReadOnlyStoreError, StoreError
from reader.store import jsonio, snapshot
from reader.store.backups import PRESERVED_TAG, Backups
from reader.store.diskstate import DiskState, TrackedTables
from reader.store.lazytables import DamagedTable
from reader.store.files import (
    NotWritableError, atomic_write, describe, display_path, make_folder, read_bytes, read_only_file,
    remove_temps,
)
from reader.store.loading import Validator
from reader.store.lock import FileLock, lock_busy
from reader.store.tablestorage import TableStorage

Tables = dict[str, dict[str, Any]]

LOCK_TIMEOUT = 10.0


class JournalStorage(DiskState, TableStorage):
    """Snapshot ``<db>`` + journal ``<db>.journal`` + lock ``<db>.lock`` + ``<db>.backups/``."""

    def __init__(self, path: Path, readonly: bool = False, lock_timeout: float | None = None) -> None:
        super().__init__(path, readonly)
        self.lock = FileLock(path.with_name(path.name + ".lock"))
        self.backups = Backups(path)
        self._lock_timeout = lock_timeout
        self._init_tables()

    def close(self) -> None:
        """Compact if worthwhile, then release every file."""
        if not self.readonly and self._should_compact("close"):
            try:
                with self._locked():
                    self._sync()
                    self.compact()
            except (StoreError, OSError, jsonio.EncodeError):
                pass  # every commit is already durable in the journal
        self.release()

    def backup_problem(self) -> str:
        """Why backups are not being kept ("" when they are)."""
        return self.backups.problem() or ""

    def wait_for_lock(self, seconds: float | None) -> None:
        """How long a write waits for a lock another program holds (None: ``LOCK_TIMEOUT``)."""
        self._lock_timeout = seconds

    def busy(self) -> str:
        """Why a write would wait now (another program holds the lock), "" when it would not."""
        if self.readonly or self._in_txn:
            return ""
        return lock_busy(self.lock.path)

    def release(self) -> None:
        """Close every file without writing anything."""
        super().release()
        self.lock.close()

    # -- opening ------------------------------------------------------------------------------

    def open(self) -> None:
        """Load the database (an absent file is an empty database); clean up after crashes."""
        if self.readonly:
            self.lock.try_open_readonly()
            shared = self.lock.try_shared()
            try:
                self._load()
            finally:
                if shared:
                    self.lock.release()
            return
        folder = self.path.parent
        try:
            make_folder(folder)
        except OSError as error:
            raise describe(error, self.path, "opening") from None
        if read_only_file(self.path):  # a save would rename a new file over it
            raise NotWritableError(f"{display_path(self.path)} is read-only (its permissions); "
                                   "nothing was changed")
        try:
            self.lock.open(create=True)
        except OSError as error:
            described = describe(error, self.lock.path, "opening")
            raise type(described)(f"{described} (the database's lock file)") from None
        with self._locked():
            remove_temps(self.path)
            remove_temps(self.journal_path)
            self.backups.remove_temps()
            self._load()

    def rewrite(self, transform: Callable[[Tables], Tables | None]) -> None:
        """Under the lock, let ``transform`` replace every table (creation, migration)."""
        if self.readonly:
            new = transform(self._tables)
            if new is not None:
                self._tables = TrackedTables(new)
            return
        with self._locked():
            self._sync()
            new = transform(self._tables)
            if new is None and self._epoch is None and self._snap_size:
                # A snapshot without its header table (a hand edit; loading refused it if the
                # journal holds changes): write it again with one, the file as it was kept
                # as a backup. Without the header no change could be saved.
                new = dict(self._tables)
            if new is None:
                if self._should_compact("open"):
                    self._compact_quietly()
                return
            if self._snap_ino is not None and self._snap_size:
                self._guard(lambda: self.backups.save(read_bytes(self.path), PRESERVED_TAG))
            self._tables = TrackedTables(new)
            self._guard(self.compact)
            self._notify(None, external=False)

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Lock, catch up with other writers, let TinyDB change tables, append them durably."""
        if self.readonly:
            raise ReadOnlyStoreError(f"{display_path(self.path)} is open read-only; changes cannot be saved")
        with self._mutex:  # (self._locked() spelt out: one generator less per save)
            self.lock.acquire(LOCK_TIMEOUT if self._lock_timeout is None else self._lock_timeout)
            try:
                self._sync()
                self._guard(self._prepare_journal)
                if self._journal_shared():  # cp -al: its other name must not get our changes
                    self._guard(self.compact)  # a snapshot and journal of our own, by rename
                self._tables.clear_changes()
                self._in_txn = True
                try:
                    yield
                    dirty = set(self._tables.dirty)
                    if dirty:
                        self._guard(lambda: self._append(dirty))
                except BaseException:
                    self._in_txn = False
                    if self._tables.dirty:
                        self._tables.clear_changes()
                        self._reload()  # memory goes back to what the disk holds
                    raise
                finally:
                    self._in_txn = False
                    self._tables.clear_changes()
                if dirty:
                    self._notify(dirty, external=False)
                    if self._should_compact("commit"):
                        self._compact_quietly()
            finally:
                self.lock.release()

    def refresh(self) -> bool:
        """Pick up what other processes committed; False also when a writer is busy right now."""
        with self._mutex:
            if self.lock.available and not self.lock.try_shared():
                return False
            try:
                changed = self._sync()
            finally:
                if self.lock.available:
                    self.lock.release()
            return changed is None or bool(changed)

    def compact(self) -> None:
        """Write every table to a new snapshot with a new epoch, keep a backup, start a new journal."""
        epoch = snapshot.new_epoch()
        try:
            blob, placed = snapshot.encode_indexed(self._tables, epoch)
        except DamagedTable as error:  # a table never read, damaged on disk: write nothing
            raise self.corrupt_error(self.path, str(error)) from None
        atomic_write(self.path, blob)
        self._adopt_snapshot(epoch, len(blob))
        self._reread_undecoded(placed)
        try:
            self.backups.save(blob)
        except OSError:
            pass  # a missing backup must not fail a save that is already durable
        self._new_journal()

    # -- internals ---------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._mutex:
            self.lock.acquire(LOCK_TIMEOUT if self._lock_timeout is None else self._lock_timeout)
            try:
                yield
            finally:
                self.lock.release()

    def _guard(self, action: Callable[[], Any]) -> Any:
        """Run a disk action, turning OSError (and data JSON cannot hold) into a one-line StoreError."""
        try:
            return action()
        except OSError as error:
            raise describe(error, self.path) from None
        except jsonio.EncodeError:
            why = jsonio.unsavable(self._tables) or "a document cannot be written as JSON"
            raise StoreError(f"cannot save {display_path(self.path)}: {why}; "
                             "run `reader doctor --repair` to restore a backup") from None

    def _compact_quietly(self) -> None:
        try:
            self.compact()
        except (OSError, StoreError, jsonio.EncodeError):
            pass  # every commit is already durable in the journal

    def _reload(self) -> None:
        self._load()
        self._notify(None, external=True)

    def _sync(self) -> set[str] | None:
        """Catch up with other processes' commits, telling the listener what changed."""
        names = self._catch_up()
        self._notify(names, external=True)
        return names

__all__ = ["JournalStorage", "TrackedTables", "Validator"]
