"""An in-memory storage behind the same Store: for tests and for a Store that must not touch a disk.

It keeps the tables in memory only and offers what the Store needs of ``JournalStorage``
(transactions that roll back on error, a scratch mode, refresh, rewrite), so every test of the
Store's behaviour can run on both backends (tests/store/test_conformance.py), as tinydb runs its
own tests on its memory and JSON storages.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.errors import CorruptDatabaseError, ReadOnlyStoreError
from reader.store.diskstate import TrackedTables
from reader.store.tablestorage import TableStorage

Tables = dict[str, dict[str, Any]]

MEMORY_PATH = Path(":memory:")


class MemoryStorage(TableStorage):
    """Tables in memory; a transaction is all or nothing, nothing reaches a disk."""

    def __init__(self, tables: Tables | None = None, readonly: bool = False) -> None:
        self.path = MEMORY_PATH
        self.readonly = readonly
        self.validator: Callable[..., Any] | None = None
        self.snapshot_size = 0
        self._tables = TrackedTables(copy.deepcopy(tables or {}))
        self._init_tables()

    # -- what the Store asks of a storage ---------------------------------------------------

    def open(self) -> None:
        """Nothing to load."""

    def rewrite(self, transform: Callable[[Tables], Tables | None]) -> None:
        """Let ``transform`` replace every table (creation, migration)."""
        new = transform(self._tables)
        if new is not None:
            self._tables = TrackedTables(new)
            self._notify(None, external=False)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Let TinyDB change tables; on an error every table goes back to how it was."""
        if self.readonly:
            raise ReadOnlyStoreError("the database is open read-only; changes cannot be saved")
        with self._mutex:
            before = copy.deepcopy(dict(self._tables))
            self._tables.clear_changes()
            self._in_txn = True
            try:
                yield
            except BaseException:
                self._tables = TrackedTables(before)
                self._notify(None, external=False)
                raise
            finally:
                self._in_txn = False
            dirty = set(self._tables.dirty)
            self._tables.clear_changes()
            self._notify(dirty, external=False)

    def backup_problem(self) -> str:
        """Memory keeps no backups, and that is no problem to report."""
        return ""

    def refresh(self) -> bool:
        """No other process shares memory: nothing to pick up."""
        return False

    def wait_for_lock(self, seconds: float | None) -> None:
        """Memory has no lock to wait for."""

    def busy(self) -> str:
        """Memory is never held by another program."""
        return ""

    def compact(self) -> None:
        """Nothing to compact."""

    def close(self) -> None:
        """Let go of the tables."""
        self.release()

    def release(self) -> None:
        """Let go of the tables."""
        self._tables = TrackedTables()

    def corrupt_error(self, path: Path, detail: str) -> CorruptDatabaseError:
        """The one-line error for tables that do not pass the schema."""
        return CorruptDatabaseError(f"the in-memory database is not valid ({detail})")
