"""Finding article files under the library's paths, with their size and modification time."""

from __future__ import annotations

import os
from typing import Any, Iterator, Sequence

from reader.library import SUPPORTED_SUFFIXES
from reader.model import Skipped

_SUFFIXES = frozenset(SUPPORTED_SUFFIXES)

# A file name that is not UTF-8 reaches Python with its bytes as lone surrogates (U+DC80-U+DCFF),
# which SQLite text cannot hold: in the index they stand as private-use characters (U+F780-U+F7FF).
_OUT = {0xDC80 + k: 0xF780 + k for k in range(128)}
_BACK = {0xF780 + k: 0xDC80 + k for k in range(128)}


def to_db(path: str) -> str:
    """``path`` as the index stores it (valid UTF-8 whatever the file name's bytes)."""
    return path if path.isascii() else path.translate(_OUT)


def from_db(text: str) -> str:
    """The path an index entry stands for."""
    return text if text.isascii() else text.translate(_BACK)


def walk(root: str, skipped: list[Skipped] | None = None) -> Iterator[tuple[str, tuple[int, int]]]:
    """The article files under the folder ``root`` with (size, mtime_ns), a folder at a time; a
    folder that cannot be read goes to ``skipped`` (as ``reader list`` names it)."""
    from reader.library.scanner import os_reason

    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            if skipped is not None:
                skipped.append(Skipped(folder, f"folder not read: {os_reason(exc)}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                    continue
            except OSError:
                continue
            if os.path.splitext(entry.name)[1].lower() not in _SUFFIXES:
                continue
            try:
                info = entry.stat()
            except OSError as exc:  # a dangling link, a loop of links: named as 'reader list' names them
                if skipped is not None:
                    skipped.append(Skipped(entry.path, os_reason(exc)))
                continue
            yield entry.path, (info.st_size, changed_ns(info))


def roots_of(paths: Sequence[str]) -> list[str]:
    """The absolute, user-expanded form of the library's paths."""
    return [os.path.abspath(os.path.expanduser(str(p))) for p in paths]


_SIZES = 1 << 40  # a stamp holds a size below this (1 TB) beside the mtime_ns


def changed_ns(info: os.stat_result) -> int:
    """When a file last changed, in ns: the later of its modification time and its status-change
    time. A file rewritten and given its old mtime back (``touch -r``, ``rsync -t``, a feed
    stamping a corrected story with its publication time) keeps its size and mtime, but its
    ctime moves (no call sets it), so the index reads it again; a ``chmod`` or a rename costs a
    re-hash of the bytes, never a re-parse (the content hash decides)."""
    return max(info.st_mtime_ns, info.st_ctime_ns)


def stamp(size: int, mtime_ns: int) -> int | tuple[int, int]:
    """(size, mtime_ns) as one int (about 40 bytes, not 120: 100,000 files are compared at a
    launch); equal stamps, equal pairs. A size out of range stays a pair."""
    return mtime_ns * _SIZES + size if 0 <= size < _SIZES else (size, mtime_ns)


def unstamp(value: int | tuple[int, int]) -> tuple[int, int]:
    """The (size, mtime_ns) of a stamp."""
    if isinstance(value, tuple):
        return value
    mtime_ns, size = divmod(value, _SIZES)
    return size, mtime_ns


def find_files(roots: Sequence[str], stamped: bool = False) -> tuple[dict[str, Any], list[Skipped]]:
    """Article files named by or found under ``roots`` -> (size, mtime_ns) (``stamped``: as one
    ``stamp``), and early skips."""
    found: dict[str, Any] = {}
    skipped: list[Skipped] = []
    for root in roots:
        if os.path.isdir(root):
            found.update(((path, stamp(*now)) for path, now in walk(root, skipped)) if stamped else walk(root, skipped))
        elif not os.path.lexists(root):
            skipped.append(Skipped(root, "no such file or directory"))
        elif os.path.splitext(root)[1].lower() not in _SUFFIXES:
            skipped.append(Skipped(root, f"not an article format ({os.path.splitext(root)[1].lower() or 'no suffix'})"))
        else:
            try:
                info = os.stat(root)
            except OSError:
                found[root] = (-1, -1)  # reading it says why
            else:
                found[root] = (info.st_size, changed_ns(info))
            if stamped:
                found[root] = stamp(*found[root])
    return found, skipped


def under(roots: Sequence[str], column: str = "path") -> tuple[str, list[str]]:
    """An SQL condition (and its parameters) for paths equal to or inside one of ``roots``."""
    import json

    if not roots:
        return "0", []
    folders = [r for r in roots if os.path.isdir(r)]
    named = set(folders)
    files = [r for r in roots if r not in named]
    parts, params = [], []
    if files:  # any number of files in one parameter
        parts.append(f"{column} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([to_db(f) for f in files]))
    for root in folders:
        folder = to_db(root.rstrip(os.sep) + os.sep)
        parts.append(f"({column} > ? AND {column} < ?)")
        params.extend((folder, folder[:-1] + chr(ord(os.sep) + 1)))
    return _any(parts), params


def _any(parts: list[str]) -> str:
    """``parts`` joined by OR as a balanced tree: SQLite refuses an expression deeper than 1,000,
    and a flat chain of ORs is as deep as it is long (``reader search X ~/wire/*/`` over three
    years of day folders failed with "Expression tree is too large")."""
    if len(parts) <= 2:
        return "(" + " OR ".join(parts) + ")"
    middle = len(parts) // 2
    return f"({_any(parts[:middle])} OR {_any(parts[middle:])})"
