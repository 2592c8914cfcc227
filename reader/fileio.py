"""Writing user-visible files (exports) atomically, with one-line errors.

The writing itself is the store's one atomic writer (temporary file, fsync, rename, fsync of the
folder); the words for a failure are ``reader.errors.describe_os_error``.
"""

from __future__ import annotations

from pathlib import Path

from reader.errors import ReaderError, describe_os_error
from reader.store.files import atomic_write


def _mode_for(target: Path) -> int:
    """The permissions the replaced file had, or an ordinary file's (the umask applies)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; the old file survives a failure."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; the old file survives a failure."""
    target = Path(path).expanduser()
    try:
        atomic_write(target, data, mode=_mode_for(target))
    except OSError as error:
        raise ReaderError(describe_os_error(error, target)) from None
    return target
