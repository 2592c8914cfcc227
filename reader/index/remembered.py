"""The folders and files an index was built from, remembered beside it (``<index>.roots``), so
that an index rebuilt after damage can be filled again by a command that names no paths.

The list is a cache like the index itself: written atomically, any failure to read or write it
only means a rebuilt index waits for the next command that names its paths.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Sequence

_MAX = 200  # folders a user names, not files walked: a bound against a runaway list


def _file(index_path: Path) -> Path:
    return index_path.with_name(index_path.name + ".roots")


def read(index_path: Path) -> list[str]:
    """The remembered roots ([] when none, or the file is unreadable, larger than any list this
    module writes or not a list of strings); only absolute paths (a relative one would be read
    against whatever folder the next command runs in)."""
    try:  # never waits on a named pipe put there: not a regular file, no roots
        fd = os.open(_file(index_path), os.O_RDONLY | os.O_NONBLOCK)
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return []
            roots = json.loads(handle.read(_MAX * 8192 + 1).decode("utf-8"))  # a runaway file is cut
    except (OSError, ValueError):
        return []
    if not isinstance(roots, list):
        return []
    return [r for r in roots if isinstance(r, str) and os.path.isabs(r)][:_MAX]


def add(index_path: Path, roots: Sequence[str]) -> None:
    """Remember ``roots`` too (absolute paths); a root inside one already kept adds nothing."""
    kept = read(index_path)
    new = [r for r in roots if not any(r == k or r.startswith(k.rstrip(os.sep) + os.sep) for k in kept)]
    if not new:
        return
    kept = [k for k in kept if not any(k.startswith(r.rstrip(os.sep) + os.sep) for r in new)] + new
    target = _file(index_path)
    temporary = target.with_name(target.name + f".{os.getpid()}.tmp")
    try:
        data = json.dumps(kept[-_MAX:])  # ASCII: a file name's stray byte stays an escape
        with open(temporary, "w", encoding="ascii") as handle:
            handle.write(data)
        os.replace(temporary, target)
    except (OSError, ValueError):
        try:
            os.remove(temporary)
        except OSError:
            pass
