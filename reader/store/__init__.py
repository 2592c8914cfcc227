"""The annotation database: the only package that imports tinydb.

``open_store(path)`` gives a Store holding tags, annotations, quote states, entity
corrections, undo history and small UI state, saved durably on every change.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.store.attaching import Attaching
from reader.store.core import NotFoundError
from reader.store.editing import Editing
from reader.store.storage import JournalStorage


class Store(Editing, Attaching):
    """Notes and tags for articles, in a TinyDB database that survives crashes and sharing."""

    def __enter__(self) -> "Store":
        return self


def open_store(path: str | os.PathLike[str], *, readonly: bool = False) -> Store:
    """Open (creating if missing) the database at ``path``; ``readonly`` never writes."""
    target = Path(os.path.abspath(Path(path).expanduser()))
    storage = JournalStorage(target, readonly=readonly)
    store = Store(storage, "opened read-only" if readonly else "")
    try:
        store._open()
    except BaseException:
        storage.release()
        raise
    return store


__all__ = ["Store", "open_store", "NotFoundError"]
