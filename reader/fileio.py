"""Writing user-visible files (exports) atomically, with one-line errors.

The writing itself is the store's one atomic writer (temporary file, fsync, rename, fsync of the
folder); the words for a failure are ``reader.errors.describe_os_error``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.errors import ReaderError, describe_os_error, display_path
from reader.store.files import atomic_write


def _mode_for(target: Path) -> int:
    """The permissions the replaced file had, or an ordinary file's (the umask applies)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666


_SPECIAL = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def special_kind(path: str | Path) -> str | None:
    """What ``path`` is when it is a pipe, device or socket ("a named pipe (FIFO)"), a link
    followed; None for a file, a folder or nothing. Never opens it (opening a pipe waits)."""
    try:
        mode = os.stat(Path(path).expanduser()).st_mode
    except (OSError, ValueError):
        return None
    return next((kind for test, kind in _SPECIAL if test(mode)), None)


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; the old file survives a failure."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; the old file survives a failure. A symbolic link is
    written through (its target replaced, the link kept); a pipe, device or socket is refused."""
    named = Path(path).expanduser()
    kind = special_kind(named)
    if kind:
        raise ReaderError(f"{display_path(named)} is {kind}, not a file: nothing was written to it")
    target = Path(os.path.realpath(named))
    try:
        atomic_write(target, data, mode=_mode_for(target))
    except OSError as error:
        raise ReaderError(describe_os_error(error, named)) from None
    return named
