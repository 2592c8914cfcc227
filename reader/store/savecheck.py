"""Why nothing can be saved though the database reads fine: its lock file, or the file or its
folder not writable by this user, or a read-only disk (for ``check.inspect``)."""

from __future__ import annotations

import errno
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
        if error.errno == errno.EROFS:  # no permission to fix, nothing to remove: say what it is
            return _read_only_disk(lock.with_name(lock.name.removesuffix(".lock")))
        return (f"{describe(error, lock, 'opening')} (the database's lock file): nothing can be saved "
                "until it can be opened; fix its permissions or remove it")
    return None


def _read_only_disk(path: Path) -> str:
    return (f"{display_path(path)} is on a read-only file system: notes are shown, nothing can be "
            "saved (copy the database to a writable disk to write notes)")


def _write_problem(path: Path) -> str | None:
    """Why nothing can be saved though the files read fine (the database file or its folder
    not writable by this user, or on a read-only disk), if so. A read-only disk was named only
    by the backups' check, so a database copied there alone (no backups folder, no lock file) was
    "problems none" though every save is refused (review25)."""
    if _on_read_only_disk(path):
        return _read_only_disk(path)
    full = _disk_full(path)
    if full:
        return full
    if read_only_file(path):
        return f"{display_path(path)} is read-only (its permissions): notes are shown, nothing can be saved"
    if not (path.parent.is_dir() and read_only_file(path.parent)):
        return None
    where = f"the folder {display_path(path.parent)} cannot be written (permission denied)"
    if all(os.path.isfile(path.with_name(path.name + end)) for end in (".lock", ".journal")):
        return f"{where}: changes go to the journal, but it is never compacted and no backups are kept"
    return f"{where}: notes are shown, nothing can be saved"


def _on_read_only_disk(path: Path) -> bool:
    """True when ``path`` (or, when it does not exist, its folder) lies on a read-only file system."""
    for candidate in (path, path.parent):
        try:
            return bool(os.statvfs(candidate).f_flag & os.ST_RDONLY)
        except (OSError, AttributeError):
            continue
    return False


NEEDED = 64 * 1024  # room below which a save is likely to fail


def _disk_full(path: Path) -> str | None:
    """Why a save is likely to fail for want of room: the disk holding ``path`` has under 64 KB
    free, counting the room of zeros the journal made ahead (saves write there first). A full
    disk was "problems none" while every command that writes said "disk full" (review26)."""
    from reader.store.journalfile import content_length

    try:
        free = os.statvfs(path.parent).f_bavail * os.statvfs(path.parent).f_frsize
    except (OSError, AttributeError):
        return None
    if free >= NEEDED:
        return None
    journal = path.with_name(path.name + ".journal")
    try:
        with open(journal, "rb") as handle:
            data = handle.read(64 << 20)
        free += len(data) - content_length(data)  # the room made ahead: a save fits there
    except OSError:
        pass
    if free >= NEEDED:
        return None
    room = f"{free // 1024:,} KB free" if free >= 1024 else "no room left"
    return (f"the disk holding {display_path(path)} is full ({room}): notes are shown, but saves fail "
            "with 'disk full' until there is room; free space on it")
