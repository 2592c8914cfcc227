"""Writing user-visible files (exports) atomically, with one-line errors."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from reader.errors import ReaderError


def describe_os_error(error: OSError, path: str | Path) -> str:
    """A one-line description of ``error`` that names ``path``."""
    if error.errno == errno.ENOSPC:
        return f"disk full while writing {path}"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied: {path}"
    if error.errno == errno.EROFS:
        return f"read-only file system: {path}"
    if error.errno == errno.ENOENT:
        return f"no such folder: {Path(path).parent}"
    return f"{error.strerror or error}: {path}"


def _mode_for(target: Path) -> int:
    """The permissions a new file gets (umask applied), or the ones the replaced file had."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` via a temp file and rename; the old file survives a failure."""
    target = Path(path).expanduser()
    tmp_name = None
    try:
        mode = _mode_for(target)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)  # mkstemp makes 0600; an export is an ordinary file
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise ReaderError(describe_os_error(error, target)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target
