"""Errors every layer may raise; the CLI turns each into a one-line message."""

from __future__ import annotations


class ReaderError(Exception):
    """Base class: ``str(error)`` is a complete one-line message for the user."""


class ArticleError(ReaderError):
    """An article file cannot be read or parsed."""


class StoreError(ReaderError):
    """The annotation database cannot be used as asked."""


class CorruptDatabaseError(StoreError):
    """The database file exists but is not a valid reader database; it is never overwritten."""


class DatabaseLockedError(StoreError):
    """Another process holds the write lock on the database."""


class ReadOnlyStoreError(StoreError):
    """A write was attempted on a store opened read-only."""


class EditConflictError(StoreError):
    """A note edited from an older version than the one saved now (another window changed it)."""


class HistoryConflictError(StoreError):
    """An undo or redo step whose records another window (or the shell) changed since: skipped."""


class NoteTooLongError(StoreError):
    """A note over the size a note may have (``reader.store.editing.MAX_NOTE_BYTES``)."""


class NotFoundError(StoreError):
    """An annotation (or other record) asked for by id does not exist (any more)."""
