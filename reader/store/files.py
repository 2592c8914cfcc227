"""Durable file operations: atomic replace, fsync of files and folders, readable OS errors."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from reader.errors import StoreError, describe_os_error, display_path
from reader.store import fsops

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"


class NotWritableError(StoreError):
    """Permission denied or a read-only disk: the database cannot be written (maybe not read)."""


class DiskFullError(StoreError):
    """No room left on the disk (or over the quota): nothing could be written."""


class NotAFileError(OSError):
    """A named pipe, device or socket stands where the store reads a file (never waited on)."""


def describe(error: OSError, path: str | os.PathLike[str], doing: str = "saving") -> StoreError:
    """A one-line StoreError for an operating-system error on ``path`` (NotWritableError for
    permissions and read-only disks); the words come from ``reader.errors.describe_os_error``."""
    code = error.errno
    if code == errno.EISDIR:  # the journal or lock file too: "not a database file" would mislead
        return StoreError(f"{display_path(path)} is a folder, not a file")
    if isinstance(error, NotAFileError):
        return StoreError(f"{display_path(path)} {error.strerror}: remove it and try again")
    message = describe_os_error(error, path, doing)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NotWritableError(message)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(message)
    return StoreError(message)


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"))


def database_file(path: str | os.PathLike[str]) -> Path:
    """The file a database path names: absolute, a symbolic link followed to its target.

    Raises StoreError unless that is a regular file or absent: saving replaces the file, which
    would put a regular file where a device, pipe or socket was (``--db /dev/null``).
    """
    target = Path(os.path.abspath(Path(path).expanduser()))
    try:
        if stat.S_ISLNK(os.lstat(target).st_mode):
            target = Path(os.path.realpath(target))
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise describe(error, target, "opening") from None
    for test, kind in _KINDS:
        if test(mode):
            raise StoreError(f"{display_path(target)} is {kind}, not a database file; "
                             "give the name of a file (it is created if absent)")
    return target


def read_only_file(path: Path) -> bool:
    """True when ``path`` exists on a writable file system but its permissions forbid writing it."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return False  # a read-only disk: the first write says so
    except OSError:
        return False
    return not os.access(path, os.W_OK)


def store_file_kind(db_path: str | os.PathLike[str], candidate: str | os.PathLike[str]) -> str | None:
    """What ``candidate`` is to the database at ``db_path`` ("the database", "the database's journal"),
    or None when the store does not own it. Links are followed; hard links are recognised."""
    db = Path(os.path.realpath(os.path.abspath(Path(db_path).expanduser())))
    target = Path(os.path.realpath(os.path.abspath(Path(candidate).expanduser())))
    name = db.name
    named = {db: "the database", db.with_name(name + ".journal"): "the database's journal",
             db.with_name(name + ".lock"): "the database's lock file"}
    if target in named:
        return named[target]
    backups = db.with_name(name + ".backups")
    if target == backups or backups in target.parents:
        return "in the database's backups folder"
    if target.parent == db.parent:
        if target.name.startswith(f".{name}") and TEMP_MARK in target.name:
            return "a temporary file of the database"
        if target.name.startswith(name + "."):
            return "a file the database keeps beside itself"
    try:
        info = os.stat(target)
    except OSError:
        return None
    for path, what in named.items():
        try:
            if os.path.samestat(info, os.stat(path)):
                return what + " (under another name)"
        except OSError:
            continue
    return None


def change_mark(db_path: str | os.PathLike[str]) -> str:
    """Size and modification time of the database file and its journal: any saved change (from
    this process or another) changes it. Derived caches keep it to know when to re-read."""
    parts = []
    for name in (str(db_path), str(db_path) + ".journal"):
        try:
            info = os.stat(name)
        except OSError:
            parts.append("-")
        else:
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (``os.write`` may write fewer)."""
    view = memoryview(data)
    while view:
        written = fsops.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no space left on device")
        view = view[written:]


def pwrite_all(fd: int, data: bytes, offset: int) -> None:
    """Write every byte of ``data`` at ``offset`` (``os.pwrite`` may write fewer)."""
    view = memoryview(data)
    while view:
        written = fsops.pwrite(fd, view, offset)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no space left on device")
        view, offset = view[written:], offset + written


def fsync_dir(folder: str | os.PathLike[str], site: str = fsops.SITE_FOLDER) -> None:
    """Make a rename or a new file in ``folder`` durable."""
    fsops.fsync_dir(folder, site)


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) durably; nothing happens if it exists."""
    if folder.is_dir():
        return
    if not folder.parent.is_dir() and folder.parent != folder:
        make_folder(folder.parent)
    try:
        fsops.mkdir(folder, DIR_MODE)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return
    fsync_dir(folder.parent, fsops.SITE_MKDIR)


def temp_name(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that start-up clean-up recognises."""
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")


def atomic_write(target: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves the old or the new file, whole.

    Writes a temporary file in the same folder (created with ``mode``, less the umask), fsyncs
    it, renames it over ``target`` and fsyncs the folder. Raises OSError; the temporary file
    never survives a failure. The one atomic writer: the store's files and exports use it.
    """
    temp = temp_name(target)
    fd = fsops.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            write_all(fd, data)
            fsops.fsync(fd, fsops.SITE_FILE)
        finally:
            fsops.close(fd)
        fsops.replace(temp, target)
    except BaseException:
        try:
            fsops.unlink(temp)
        except OSError:
            pass
        raise
    fsync_dir(target.parent)


def keep_copy(path: Path, target: Path) -> None:
    """Give ``path``'s file a second, durable name ``target`` (a copy where links fail); raises OSError.

    ``path`` itself stays where it is: a crash leaves both names or only the old one.
    """
    try:
        fsops.link(path, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: a copy written atomically
        atomic_write(target, read_bytes(path))
        return
    fsync_dir(target.parent, fsops.SITE_LINK)


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
                fsops.unlink(target.parent / name)
                removed += 1
            except OSError:
                pass
    return removed


def open_file(path: str | os.PathLike[str], flags: int = os.O_RDONLY,
              opener: Callable[[str | os.PathLike[str], int], int] | None = None) -> int:
    """A descriptor on the regular file ``path``; raises OSError (NotAFileError for a named
    pipe, device or socket, which a plain open would wait on or read for ever)."""
    fd = (opener or os.open)(path, flags | os.O_NONBLOCK)
    try:
        refuse_special(fd, path)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def refuse_special(fd: int, path: str | os.PathLike[str]) -> None:
    """Raise NotAFileError unless the open ``fd`` is a regular file."""
    mode = os.fstat(fd).st_mode
    if stat.S_ISREG(mode):
        return
    kind = next((what for test, what in _KINDS if test(mode)), "not a regular file")
    raise NotAFileError(errno.EINVAL, f"is {kind}, not a file the database can use", os.fspath(path))


def read_bytes(path: Path) -> bytes:
    """The whole file (raises OSError; NotAFileError for a pipe, device or socket)."""
    fd = open_file(path)
    try:
        return read_fd(fd)
    finally:
        os.close(fd)


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
