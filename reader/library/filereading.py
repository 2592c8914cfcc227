"""Reading one article file's bytes: regular files only, within the size limit, and a one-line
reason when that fails."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from reader.errors import ArticleError

MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024


def _too_large(size: int) -> str:
    """"too large: 23.4 MB, over the 20 MB limit"; in bytes when MB would round to the limit."""
    shown = f"{size / _MB:.1f} MB"
    if round(size / _MB, 1) <= MAX_BYTES / _MB:
        shown = f"{size:,} bytes"
    return f"too large: {shown}, over the {MAX_BYTES // _MB} MB limit"


def os_reason(exc: OSError) -> str:
    """A one-line reason for an operating-system error."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc.__class__.__name__}"


def read_stream(stream: BinaryIO, name: str) -> bytes:
    """At most the size limit's worth of ``stream`` (stdin, which may never end: /dev/zero, `yes`);
    raises ArticleError when there is more."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: too large: over the {MAX_BYTES // _MB} MB limit")
    return data


def read_file(path: str) -> bytes:
    """The bytes of ``path``, checking the size limit before reading; raises ArticleError."""
    try:
        # Non-blocking, so a named pipe or a device cannot hang the scan; then only regular files.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ArticleError(f"{path}: not a regular file ({_kind(info.st_mode)})")
            size = info.st_size
            if size > MAX_BYTES:
                raise ArticleError(f"{path}: {_too_large(size)}")
            if size == 0:
                raise ArticleError(f"{path}: empty file")
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"{path}: {os_reason(exc)}") from None
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{path}: {_too_large(len(data))}")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"
