"""The one seam every change the store makes to its files goes through.

Opening for writing, writing (at the end or at an offset), fsync of a file or a folder, rename, link, unlink, truncate and
mkdir all call the functions here, which call ``os`` through ``ops``. Tests replace ``ops``
(``use``) with a recorder that models what a power loss may leave behind: data not yet
fsynced dropped or torn, renames not yet followed by a folder fsync undone (see
tests/store_helpers/crashsim.py). Each fsync names its ``site`` so that a test can take one
away and show the crash check then finds a lost write.

Reads need no seam: what was written is what is read until the power goes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Where the store fsyncs; a crash test removes them one at a time.
SITE_FILE = "atomic write: the new file's data"
SITE_FOLDER = "atomic write: the rename, in its folder"
SITE_JOURNAL = "journal append"
SITE_TRUNCATE = "journal cut back after a failed append"
SITE_MKDIR = "a new folder, in its parent"
SITE_LINK = "a hard link, in its folder"
SITES = (SITE_FILE, SITE_FOLDER, SITE_JOURNAL, SITE_TRUNCATE, SITE_MKDIR, SITE_LINK)


class RealOps:
    """The operating system's calls."""

    def open(self, path: str, flags: int, mode: int) -> int:
        return os.open(path, flags, mode)

    def close(self, fd: int) -> None:
        os.close(fd)

    def write(self, fd: int, data: memoryview | bytes) -> int:
        return os.write(fd, data)

    def pwrite(self, fd: int, data: memoryview | bytes, offset: int) -> int:
        return os.pwrite(fd, data, offset)

    def fsync(self, fd: int, site: str) -> None:
        if site == SITE_JOURNAL:  # an append: its data and new length, not its times
            os.fdatasync(fd)
        else:
            os.fsync(fd)

    def fsync_dir(self, folder: str, site: str) -> None:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def replace(self, src: str, dst: str) -> None:
        os.replace(src, dst)

    def link(self, src: str, dst: str) -> None:
        os.link(src, dst)

    def unlink(self, path: str) -> None:
        os.unlink(path)

    def truncate(self, fd: int, length: int) -> None:
        os.ftruncate(fd, length)

    def mkdir(self, path: str, mode: int) -> None:
        os.mkdir(path, mode)


ops: Any = RealOps()


@contextmanager
def use(replacement: Any) -> Iterator[Any]:
    """Route the store's file operations through ``replacement`` for a while (tests)."""
    global ops
    previous, ops = ops, replacement
    try:
        yield replacement
    finally:
        ops = previous


def open(path: str | os.PathLike[str], flags: int, mode: int = 0o600) -> int:  # noqa: A001
    """``os.open``, for a file the store may write (reads may call ``os.open`` directly)."""
    return ops.open(os.fspath(path), flags, mode)


def close(fd: int) -> None:
    """``os.close`` of a descriptor opened here."""
    ops.close(fd)


def write(fd: int, data: memoryview | bytes) -> int:
    """``os.write``: may write fewer bytes than given."""
    return ops.write(fd, data)


def pwrite(fd: int, data: memoryview | bytes, offset: int) -> int:
    """``os.pwrite``: write at ``offset`` (may write fewer bytes than given)."""
    return ops.pwrite(fd, data, offset)


def fsync(fd: int, site: str) -> None:
    """Make the file's data durable."""
    ops.fsync(fd, site)


def fsync_dir(folder: str | os.PathLike[str], site: str) -> None:
    """Make renames, links and new names in ``folder`` durable."""
    ops.fsync_dir(os.fspath(folder), site)


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """Atomically rename ``src`` over ``dst``."""
    ops.replace(os.fspath(src), os.fspath(dst))


def link(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """A second name for ``src`` (fails if ``dst`` exists)."""
    ops.link(os.fspath(src), os.fspath(dst))


def unlink(path: str | os.PathLike[str]) -> None:
    """Remove a name."""
    ops.unlink(os.fspath(path))


def truncate(fd: int, length: int) -> None:
    """Cut the open file to ``length`` bytes."""
    ops.truncate(fd, length)


def mkdir(path: str | os.PathLike[str], mode: int) -> None:
    """Create one folder (raises FileExistsError if it exists)."""
    ops.mkdir(os.fspath(path), mode)
