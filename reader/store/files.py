"""Durable file operations: atomic replace, fsync of files and folders, readable OS errors."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from reader.errors import StoreError

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"


class NotWritableError(StoreError):
    """Permission denied or a read-only disk: the database cannot be written (maybe not read)."""


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as a person would type it, with the home folder shortened to ``~``."""
    text = str(path)
    home = os.path.expanduser("~")
    if home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home):]
    return text


def describe(error: OSError, path: str | os.PathLike[str], doing: str = "saving") -> StoreError:
    """A one-line StoreError for an operating-system error on ``path``."""
    where = display_path(path)
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(f"disk full while {doing} {where}")
    if code in (errno.EACCES, errno.EPERM):
        return NotWritableError(f"permission denied: {where}")
    if code == errno.EISDIR:
        return StoreError(f"{where} is a folder, not a database file")
    if code == errno.ENOTDIR:
        return StoreError(f"a file stands where a folder should be in {where}")
    if code == errno.EROFS:
        return NotWritableError(f"read-only file system: cannot write {where}")
    reason = error.strerror or str(error) or type(error).__name__
    return StoreError(f"{reason.lower()} while {doing} {where}")


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (``os.write`` may write fewer)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no space left on device")
        view = view[written:]


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename or a new file in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that start-up clean-up recognises."""
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")


def atomic_write(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves the old or the new file, whole.

    Writes a temporary file in the same folder, fsyncs it, renames it over ``target`` and
    fsyncs the folder. Raises OSError; the temporary file never survives a failure.
    """
    temp = temp_name(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    fsync_dir(target.parent)


def remove_temps(target: Path) -> int:
    """Delete temporary files a killed writer left beside ``target``; returns how many."""
    prefix = f".{target.name}{TEMP_MARK}"
    removed = 0
    try:
        names = os.listdir(target.parent)
    except OSError:
        return 0
    for name in names:
        if name.startswith(prefix):
            try:
                os.unlink(target.parent / name)
                removed += 1
            except OSError:
                pass
    return removed


def read_bytes(path: Path) -> bytes:
    """The whole file (raises OSError)."""
    with open(path, "rb") as handle:
        return handle.read()


def read_fd(fd: int) -> bytes:
    """Everything in the open file ``fd``, read from its start."""
    size = os.fstat(fd).st_size
    chunks: list[bytes] = []
    offset = 0
    while True:
        chunk = os.pread(fd, max(size - offset, 1 << 16), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)
