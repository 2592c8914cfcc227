"""Why nothing can be saved though the database reads fine: its lock file, or the file or its
folder not writable by this user (for ``check.inspect``)."""

from __future__ import annotations

import os
from pathlib import Path

from reader.errors import StoreError
from reader.store.files import describe, display_path, read_only_file


def _lock_problem(lock: Path) -> str | None:
    """Why the database's lock file stops every save (cannot be opened, a link, not a file), if it does."""
    from reader.store.lock import open_lock_file

    if not os.path.lexists(lock):
        return None
    try:
        os.close(open_lock_file(lock, os.O_RDWR))
    except StoreError as error:
        return str(error)
    except OSError as error:
        return (f"{describe(error, lock, 'opening')} (the database's lock file): nothing can be saved "
                "until it can be opened; fix its permissions or remove it")
    return None


def _write_problem(path: Path) -> str | None:
    """Why nothing can be saved though the files read fine (the database file or its folder
    not writable by this user), if so; a read-only disk is named by the backups' check."""
    if read_only_file(path):
        return f"{display_path(path)} is read-only (its permissions): notes are shown, nothing can be saved"
    if not (path.parent.is_dir() and read_only_file(path.parent)):
        return None
    where = f"the folder {display_path(path.parent)} cannot be written (permission denied)"
    if all(os.path.isfile(path.with_name(path.name + end)) for end in (".lock", ".journal")):
        return f"{where}: changes go to the journal, but it is never compacted and no backups are kept"
    return f"{where}: notes are shown, nothing can be saved"
    return None
