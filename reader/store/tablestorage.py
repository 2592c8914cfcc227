"""What every storage behind the Store shares: TinyDB's view of the tables held in memory.

TinyDB reads the tables, edits them in place and hands them back with ``write``; that is only
allowed inside a transaction (or the scratch mode). ``TrackedTables`` remembers which tables were
touched, so a commit knows what to save and the Store's index what to update.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tinydb.storages import Storage

from reader.store.diskstate import TrackedTables

Listener = Callable[[set[str] | None, bool], None]


class TableStorage(Storage):
    """Tables in memory for TinyDB; subclasses decide what a transaction makes durable."""

    _tables: TrackedTables
    listener: Listener | None = None

    def _init_tables(self) -> None:
        self.listener = None
        self._in_txn = False
        self._mutex = threading.RLock()  # one transaction at a time within this process too

    def read(self) -> TrackedTables:
        """The tables in memory (TinyDB edits them in place and then calls ``write``)."""
        return self._tables

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Accept TinyDB's change (inside a transaction only); the transaction saves it."""
        if not self._in_txn:
            raise RuntimeError("database change outside a store transaction")
        if data is not self._tables:  # drop_tables() hands over a new dict
            names = set(self._tables) | set(data)
            dict.clear(self._tables)
            dict.update(self._tables, data)
            self._tables.dirty |= names
            self._tables.changed_docs.clear()

    def changed(self, name: str, doc_id: str | None = None) -> None:
        """Note that table ``name`` was changed in place, without TinyDB's whole-table update
        (``doc_id``: only by adding or replacing that document): the transaction saves it."""
        if not self._in_txn:
            raise RuntimeError("database change outside a store transaction")
        if doc_id is None:
            self._tables.changed(name)
        else:
            self._tables.doc_changed(name, doc_id)

    @contextmanager
    def scratch(self) -> Iterator[None]:
        """Let TinyDB change tables in memory only (a read-only store re-anchoring for display)."""
        with self._mutex:
            self._in_txn = True
            try:
                yield
            finally:
                self._in_txn = False
                dirty = set(self._tables.dirty)
                self._tables.clear_changes()
                self._notify(dirty, external=False)

    def _notify(self, names: set[str] | None, external: bool) -> None:
        if self.listener is not None and (names is None or names):
            self.listener(names, external)
