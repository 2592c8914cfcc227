"""A crash-safe, multi-process TinyDB Storage: a JSON snapshot plus an append-only journal.

* Reads come from memory. TinyDB replaces a whole table on every change; the tables dict
  handed to TinyDB records which ones, so a commit appends only those tables to the journal
  as one line and fsyncs it: a save costs the size of the tables it touched.
* Now and then (and on close) the journal is compacted into a new snapshot, written to a
  temporary file, fsynced and renamed over the old one; that is also when a backup is kept.
  The snapshot and its journal share an ``epoch``; a journal from another epoch is ignored
  (a compaction that died between its two renames already holds everything).
* Writers take an ``flock`` on a side file only for the length of a transaction and first
  catch up with whatever other processes committed, so none overwrites another.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.errors import CorruptDatabaseError, ReadOnlyStoreError, StoreError
from reader.store import journalfile, jsonio
from reader.store.backups import PRESERVED_TAG, Backups
from reader.store.files import (
    DIR_MODE, FILE_MODE, atomic_write, describe, display_path, read_bytes, read_fd, remove_temps, write_all,
)
from reader.store.lock import FileLock
from reader.store import snapshot
from reader.store.snapshot import check_tables

Tables = dict[str, dict[str, Any]]
Listener = Callable[[set[str] | None, bool], None]
Validator = Callable[[Mapping[str, dict[str, Any]], bool], None]

LOCK_TIMEOUT = 10.0
COMPACT_ON_OPEN = 1 << 20
COMPACT_ON_CLOSE = 256 << 10
COMPACT_ALWAYS_BELOW = 2 << 20
COMPACT_ON_COMMIT = 8 << 20


class TrackedTables(dict):  # type: ignore[type-arg]
    """The tables in memory; remembers which ones TinyDB replaced or dropped."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.dirty: set[str] = set()

    def __setitem__(self, key: str, value: Any) -> None:
        self.dirty.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.dirty.add(key)
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        self.dirty.add(key)
        return super().pop(key, *default)


class JournalStorage(Storage):
    """Snapshot ``<db>`` + journal ``<db>.journal`` + lock ``<db>.lock`` + ``<db>.backups/``."""

    def __init__(self, path: Path, readonly: bool = False, lock_timeout: float | None = None) -> None:
        self.path = path
        self.journal_path = path.with_name(path.name + ".journal")
        self.lock = FileLock(path.with_name(path.name + ".lock"))
        self.backups = Backups(path)
        self.readonly = readonly
        self._lock_timeout = lock_timeout
        self.listener: Listener | None = None
        self.validator: Validator | None = None
        self._tables = TrackedTables()
        self._epoch: str | None = None
        self._snap_fd: int | None = None
        self._snap_ino: int | None = None
        self._snap_size = 0
        self._jfd: int | None = None
        self._jino: int | None = None
        self._jpos = 0
        self._jepoch: str | None = None
        self._in_txn = False

    # -- the TinyDB Storage interface -------------------------------------------------------

    def read(self) -> TrackedTables:
        """The tables in memory (TinyDB edits them in place and then calls ``write``)."""
        return self._tables

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Accept TinyDB's change; it reaches the disk when the transaction commits."""
        if not self._in_txn:
            raise RuntimeError("database change outside a store transaction")
        if data is not self._tables:  # drop_tables() hands over a new dict
            names = set(self._tables) | set(data)
            dict.clear(self._tables)
            dict.update(self._tables, data)
            self._tables.dirty |= names

    def close(self) -> None:
        """Compact if worthwhile, then release every file."""
        if not self.readonly and self._should_compact("close"):
            try:
                with self._locked():
                    self._sync()
                    self.compact()
            except (StoreError, OSError):
                pass  # every commit is already durable in the journal
        self.release()

    def release(self) -> None:
        """Close every file without writing anything."""
        for fd in (self._snap_fd, self._jfd):
            if fd is not None:
                os.close(fd)
        self._snap_fd = self._jfd = None
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
            folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            self.lock.open(create=True)
        except OSError as error:
            raise describe(error, self.path, "opening") from None
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
            if new is None:
                if self._should_compact("open"):
                    self._compact_quietly()
                return
            if self._snap_ino is not None:
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
        with self._locked():
            self._sync()
            self._guard(self._prepare_journal)
            self._tables.dirty.clear()
            self._in_txn = True
            try:
                yield
                dirty = set(self._tables.dirty)
                if dirty:
                    self._guard(lambda: self._append(dirty))
            except BaseException:
                self._in_txn = False
                if self._tables.dirty:
                    self._tables.dirty.clear()
                    self._reload()  # memory goes back to what the disk holds
                raise
            finally:
                self._in_txn = False
                self._tables.dirty.clear()
            if dirty:
                self._notify(dirty, external=False)
                if self._should_compact("commit"):
                    self._compact_quietly()

    @contextmanager
    def scratch(self) -> Iterator[None]:
        """Let TinyDB change tables in memory only (a read-only store re-anchoring for display)."""
        self._in_txn = True
        try:
            yield
        finally:
            self._in_txn = False
            dirty = set(self._tables.dirty)
            self._tables.dirty.clear()
            self._notify(dirty, external=False)

    def refresh(self) -> bool:
        """Pick up what other processes committed; False also when a writer is busy right now."""
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
        blob = snapshot.encode(self._tables, epoch)
        atomic_write(self.path, blob)
        self._adopt_snapshot(epoch, len(blob))
        try:
            self.backups.save(blob)
        except OSError:
            pass  # a missing backup must not fail a save that is already durable
        self._new_journal()

    @property
    def journal_size(self) -> int:
        """Bytes in the current journal."""
        return self._jpos

    @property
    def snapshot_size(self) -> int:
        """Bytes in the snapshot last read or written."""
        return self._snap_size

    # -- internals ---------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.lock.acquire(LOCK_TIMEOUT if self._lock_timeout is None else self._lock_timeout)
        try:
            yield
        finally:
            self.lock.release()

    def _guard(self, action: Callable[[], Any]) -> Any:
        """Run a disk action, turning OSError into a one-line StoreError."""
        try:
            return action()
        except OSError as error:
            raise describe(error, self.path) from None

    def _notify(self, names: set[str] | None, external: bool) -> None:
        if self.listener is not None and (names is None or names):
            self.listener(names, external)

    def _should_compact(self, when: str) -> bool:
        """Worth compacting now? ``when`` is "open", "close" or "commit"."""
        if self._epoch is None or self._jfd is None or self._jepoch != self._epoch:
            return False
        grown = self._jpos - len(journalfile.header_line(self._epoch))
        if grown <= 0:
            return False
        if when == "open":
            return grown > COMPACT_ON_OPEN
        if when == "close":
            return self._snap_size < COMPACT_ALWAYS_BELOW or grown > COMPACT_ON_CLOSE
        return grown > max(COMPACT_ON_COMMIT, self._snap_size // 2)

    def _compact_quietly(self) -> None:
        try:
            self.compact()
        except OSError:
            pass

    def corrupt_error(self, path: Path, detail: str) -> CorruptDatabaseError:
        return CorruptDatabaseError(
            f"{display_path(path)} is damaged ({detail}) and was left untouched; "
            "run `reader doctor` to check it or `reader doctor --repair` to restore a backup"
        )

    def _load(self) -> None:
        """Read snapshot and journal afresh; memory changes only if both are good."""
        with jsonio.no_gc():
            self._load_files()

    def _load_files(self) -> None:
        try:
            snap_fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            self._install(TrackedTables(), None, None, 0, None, None, 0, None)
            return
        except OSError as error:
            raise describe(error, self.path, "opening") from None
        try:
            try:
                blob = read_fd(snap_fd)
            except OSError as error:
                raise describe(error, self.path, "reading") from None
            tables, epoch = self._parse_snapshot(blob)
            jfd, jino, jpos, jepoch = self._load_journal(tables, epoch)
        except BaseException:
            os.close(snap_fd)
            raise
        self._install(TrackedTables(tables), epoch, snap_fd, len(blob), jfd, jino, jpos, jepoch)

    def _parse_snapshot(self, blob: bytes) -> tuple[Tables, str | None]:
        try:
            tables, epoch = snapshot.decode(blob)
            if self.validator is not None:
                self.validator(tables, True)
        except ValueError as error:
            raise self.corrupt_error(self.path, str(error)) from None
        return tables, epoch

    def _load_journal(self, tables: Tables, epoch: str | None) -> tuple[int | None, int | None, int, str | None]:
        flags = os.O_RDONLY if self.readonly else os.O_RDWR | os.O_APPEND
        try:
            jfd = os.open(self.journal_path, flags)
        except FileNotFoundError:
            return None, None, 0, None
        except OSError as error:
            raise describe(error, self.journal_path, "opening") from None
        try:
            try:
                data = read_fd(jfd)
            except OSError as error:
                raise describe(error, self.journal_path, "reading") from None
            parsed = journalfile.parse(data)
            header = parsed.entries[0] if parsed.entries else {}
            jepoch = header.get("epoch") if isinstance(header.get("epoch"), str) else None
            if epoch is None or jepoch != epoch:
                return jfd, os.fstat(jfd).st_ino, parsed.consumed, jepoch
            if parsed.damaged_at is not None:
                raise self.corrupt_error(self.journal_path, f"bad entry at byte {parsed.damaged_at}")
            self._apply(tables, parsed.entries[1:])
            return jfd, os.fstat(jfd).st_ino, parsed.consumed, jepoch
        except BaseException:
            os.close(jfd)
            raise

    def _apply(self, tables: dict[str, Any], entries: list[dict[str, Any]]) -> set[str]:
        """Apply journal entries to ``tables`` (validated first, all or nothing)."""
        changes: dict[str, Any] = {}
        for entry in entries:
            batch = entry.get("tables")
            if not isinstance(batch, dict):
                raise self.corrupt_error(self.journal_path, "an entry without tables")
            changes.update(batch)
        present = {k: v for k, v in changes.items() if v is not None}
        try:
            check_tables(present)
            if self.validator is not None:
                self.validator(present, False)
        except ValueError as error:
            raise self.corrupt_error(self.journal_path, str(error)) from None
        for name, table in changes.items():
            if table is None:
                dict.pop(tables, name, None)
            else:
                dict.__setitem__(tables, name, table)
        return set(changes)

    def _install(self, tables: TrackedTables, epoch: str | None, snap_fd: int | None, snap_size: int,
                 jfd: int | None, jino: int | None, jpos: int, jepoch: str | None) -> None:
        for fd in (self._snap_fd, self._jfd):
            if fd is not None:
                os.close(fd)
        self._tables = tables
        self._epoch = epoch
        self._snap_fd = snap_fd
        self._snap_ino = os.fstat(snap_fd).st_ino if snap_fd is not None else None
        self._snap_size = snap_size
        self._jfd, self._jino, self._jpos, self._jepoch = jfd, jino, jpos, jepoch

    def _reload(self) -> None:
        self._load()
        self._notify(None, external=True)

    def _sync(self) -> set[str] | None:
        """Catch up with the files; returns changed table names, or None after a full reload."""
        try:
            snap = os.stat(self.path)
        except FileNotFoundError:
            if self._snap_ino is None:
                return set()
            raise StoreError(f"{display_path(self.path)} was deleted or moved while in use") from None
        except OSError as error:
            raise describe(error, self.path, "reading") from None
        if snap.st_ino != self._snap_ino:
            self._reload()
            return None
        try:
            jst = os.stat(self.journal_path)
        except FileNotFoundError:
            if self._jfd is None:
                return set()
            self._reload()
            return None
        if self._jfd is None or jst.st_ino != self._jino or jst.st_size < self._jpos:
            self._reload()
            return None
        if jst.st_size == self._jpos or self._jepoch != self._epoch:
            return set()
        data = os.pread(self._jfd, jst.st_size - self._jpos, self._jpos)
        parsed = journalfile.parse(data, base=self._jpos)
        if parsed.damaged_at is not None:
            raise self.corrupt_error(self.journal_path, f"bad entry at byte {parsed.damaged_at}")
        names = self._apply(self._tables, parsed.entries)
        self._jpos = parsed.consumed
        self._notify(names, external=True)
        return names

    def _prepare_journal(self) -> None:
        """Make the journal continue the current snapshot, cutting off any torn last line."""
        if self._epoch is None:
            raise StoreError(f"{display_path(self.path)} has not been created")
        if self._jfd is None or self._jepoch != self._epoch:
            self._new_journal()
        elif os.fstat(self._jfd).st_size > self._jpos:
            os.ftruncate(self._jfd, self._jpos)

    def _new_journal(self) -> None:
        assert self._epoch is not None
        header = journalfile.header_line(self._epoch)
        atomic_write(self.journal_path, header)
        jfd = os.open(self.journal_path, os.O_RDWR | os.O_APPEND)
        if self._jfd is not None:
            os.close(self._jfd)
        self._jfd, self._jino, self._jpos, self._jepoch = jfd, os.fstat(jfd).st_ino, len(header), self._epoch

    def _append(self, dirty: set[str]) -> None:
        assert self._jfd is not None
        line = journalfile.format_line({"tables": {name: self._tables.get(name) for name in sorted(dirty)}})
        try:
            write_all(self._jfd, line)
            os.fsync(self._jfd)
        except OSError:
            try:
                os.ftruncate(self._jfd, self._jpos)
                os.fsync(self._jfd)
            except OSError:
                pass
            raise
        self._jpos += len(line)

    def _adopt_snapshot(self, epoch: str, size: int) -> None:
        fd = os.open(self.path, os.O_RDONLY)
        if self._snap_fd is not None:
            os.close(self._snap_fd)
        self._snap_fd, self._snap_ino, self._snap_size, self._epoch = fd, os.fstat(fd).st_ino, size, epoch


__all__ = ["JournalStorage", "TrackedTables", "FILE_MODE"]
