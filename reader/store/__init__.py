"""The annotation database: the only package that imports tinydb.

``open_store(path)`` gives a Store holding tags, annotations, quote states, entity
corrections, undo history and small UI state; every change is durable when the call returns.

Files beside the database ``reader.json``:

* ``reader.json``          snapshot: TinyDB's layout, UTF-8 JSON, one document per line, ending
  with ``_index`` (each table's bytes, CRC and summary: tables are decoded when first read)
* ``reader.json.journal``  changes since the snapshot, one synced line per transaction (written
  over zero bytes made ahead)
* ``reader.json.lock``     ``flock`` held only during a transaction (and the holder's pid)
* ``reader.json.backups/`` the last 5 snapshots (plus the file as it was before a migration;
  the largest is never rotated out by a smaller database)
* ``reader.json.damaged-<time>`` what ``reader doctor --repair`` replaced

Every change to these files goes through ``fsops`` (the seam the crash tests record).

Modules: ``storage`` (the TinyDB Storage: transactions, compaction), ``diskstate`` and
``loading`` (files held open, catching up with other processes), ``journalfile`` and
``journalentries`` (its lines, and what an entry holds), ``snapshot`` and ``layout`` (the file
and its table of contents), ``lazytables`` (tables decoded on first read), ``files``, ``lock``,
``backups``; ``schema``, ``validate``, ``migrations``; ``core``, ``editing``, ``quoting``,
``undoing``, ``attaching`` (the Store API), ``records``, ``changes``, ``history``, ``index``;
``check`` (``reader doctor``); ``interface`` (NotesStore, the declared API) and ``memory`` (the
in-memory backend). Anchoring lives outside, in ``reader.anchoring`` (pure functions).
"""

from __future__ import annotations

import os

from reader.store.attaching import Attaching
from reader.store.core import NotFoundError
from reader.store.editing import Editing
from reader.errors import StoreError
from reader.store.files import NotWritableError, database_file
from reader.store.lock import lock_busy
from reader.store.files import store_file_kind as owns_file
from reader.store.interface import NotesStore
from reader.store.memory import MemoryStorage
from reader.store.reading import ArticleCorrections, Reading, SpeakerMerges
from reader.store.storage import JournalStorage


class Store(Editing, Attaching, Reading, ArticleCorrections, SpeakerMerges):
    """Notes and tags for articles, in a TinyDB database that survives crashes and sharing."""

    def __enter__(self) -> "Store":
        return self


def open_store(path: str | os.PathLike[str], *, readonly: bool = False,
               fallback_readonly: bool = False) -> Store:
    """Open (creating if missing) the database at ``path``; ``readonly`` never writes.

    Raises CorruptDatabaseError for a damaged file (left untouched), StoreError with a
    one-line message when the file or its folder cannot be used (NotWritableError for
    permissions and read-only disks), DatabaseLockedError if another process holds the lock
    for more than 10 s. With ``fallback_readonly`` a database that can be read but not
    written opens read-only instead, ``readonly_reason`` saying why.
    """
    if fallback_readonly and not readonly:
        try:
            return open_store(path)
        except NotWritableError as error:
            store = open_store(path, readonly=True)
            # what stays true while the app is open: "nothing was changed" told a reporter who had
            # not tried to change anything yet (review33)
            store.readonly_reason = str(error).removesuffix("; nothing was changed")
            return store
    target = database_file(path)
    storage = JournalStorage(target, readonly=readonly)
    store = Store(storage, "opened read-only" if readonly else "")
    try:
        store._open()
    except BaseException:
        storage.release()
        raise
    return store


def database_busy(path: str | os.PathLike[str]) -> str:
    """Why the database at ``path`` cannot be written right now (another program holds its
    lock), in one line; "" when it can, or when opening it will say what else is wrong."""
    try:
        target = database_file(path)
    except StoreError:
        return ""
    return lock_busy(target.with_name(target.name + ".lock"))


def memory_store() -> Store:
    """A Store whose data lives in memory only (tests; nothing is ever written to a disk)."""
    store = Store(MemoryStorage(), "")
    store._open()
    return store


__all__ = ["Store", "NotesStore", "database_busy", "open_store", "memory_store", "NotFoundError", "NotWritableError",
           "database_file", "owns_file"]
