"""Errors every layer may raise, and the one wording of operating-system errors.

The CLI and the app turn each error into a one-line message; ``describe_os_error`` is the only
place an OSError becomes words (the store, exports and the CLI all call it).
"""

from __future__ import annotations

import errno
import os


class ReaderError(Exception):
    """Base class: ``str(error)`` is a complete one-line message for the user."""


class ArticleError(ReaderError):
    """An article file cannot be read or parsed."""


class AnalysisFailedError(ReaderError):
    """The analysis of an article's text failed (a bug the text found): named by its file."""


class StoreError(ReaderError):
    """The annotation database cannot be used as asked."""


class CorruptDatabaseError(StoreError):
    """The database file exists but is not a valid reader database; it is never overwritten."""


class DatabaseLockedError(StoreError):
    """Another process holds the write lock on the database."""


class DatabaseBusyError(DatabaseLockedError):
    """The write lock stayed held by another program for as long as the store waited (nothing
    was written: the same write may be tried again once the lock is free)."""


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


class LibraryIndexError(ReaderError):
    """The library index (a cache of the article files, never user data) cannot be used now."""


class IndexBusyError(LibraryIndexError):
    """Another copy of reader holds the library index's write lock."""


class IndexDamagedError(LibraryIndexError):
    """The library index was found damaged during a command and has been built again: the
    command can run once more."""


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as a person would type it, with the home folder shortened to ``~``."""
    text = str(path)
    home = os.path.expanduser("~")
    if home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home):]
    return text


def describe_os_error(error: OSError, path: str | os.PathLike[str] | None = None, doing: str = "writing") -> str:
    """One line for an operating-system error on ``path`` (default: the file the error names)."""
    if path is None:
        path = error.filename
    if path is None:
        return (error.strerror or str(error) or type(error).__name__).lower()
    where = display_path(path)
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"disk full while {doing} {where}"
    if code in (errno.EACCES, errno.EPERM):
        return f"permission denied: {where}"
    if code == errno.EROFS:
        return f"read-only file system: cannot write {where}"
    if code == errno.EISDIR:
        return f"{where} is a folder, not a file"
    if code == errno.ENOTDIR:
        return f"a file stands where a folder should be in {where}"
    if code == errno.ENOENT:
        return f"no such file or folder: {where}"
    reason = error.strerror or str(error) or type(error).__name__
    return f"{reason.lower()} while {doing} {where}"


def path_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be reached ("no such file or directory", "permission denied ..."), or
    None when it exists (``os.path.lexists`` says False for both, which misleads the reader)."""
    try:
        os.lstat(os.path.expanduser(path))
    except FileNotFoundError:
        return "no such file or directory"
    except PermissionError:
        return "permission denied (a folder on the way cannot be read)"
    except NotADirectoryError:
        return "a file stands where a folder should be"
    except OSError as error:
        return describe_os_error(error, path, "reading")
    except ValueError:
        return "not a valid file name"
    return None
