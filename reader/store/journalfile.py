"""The journal's line format: one JSON object per committed transaction, with a CRC.

A line is ``<compact JSON>\\t<crc32 of the JSON, 8 hex digits>\\n``; JSON never holds a raw
tab, so the last tab separates the checksum. The first line names the snapshot (its epoch)
the journal continues. An unfinished last line is a write cut short by a crash (it was never
acknowledged) and is ignored; a finished line that is bad means the file was damaged.

After the last line the file holds zero bytes: room made ahead (``ROOM`` at a time, synced
when made), so that an entry is written over bytes that already exist and its sync has no
new length or block to record, as SQLite's WAL reuses its file. A zero byte never occurs in
a line (JSON escapes it), so the lines end where the zeros begin.
"""

from __future__ import annotations

import errno
import functools
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.store import fsops, jsonio
from reader.store.files import atomic_write, pwrite_all

JOURNAL_FORMAT = 1
ROOM = 1 << 20  # zero bytes made ahead for the entries to come


def format_line(payload: dict[str, Any]) -> bytes:
    """One journal line for ``payload``."""
    body = jsonio.dumps_compact(payload)
    return body + b"\t%08x\n" % zlib.crc32(body)


def header_line(epoch: str) -> bytes:
    """The first line of a journal continuing the snapshot ``epoch``."""
    return format_line({"journal": JOURNAL_FORMAT, "epoch": epoch})


@functools.lru_cache(maxsize=4)
def header_length(epoch: str) -> int:
    """The length of ``header_line(epoch)``."""
    return len(header_line(epoch))


def parse_line(line: bytes) -> dict[str, Any] | None:
    """The payload of one line (without its newline), or None if it is damaged."""
    body, tab, crc = line.rpartition(b"\t")
    if not tab or len(crc) != 8:
        return None
    try:
        if int(crc, 16) != zlib.crc32(body):
            return None
        payload = jsonio.loads(body)
    except (*jsonio.DecodeError, TypeError):
        return None
    return payload if isinstance(payload, dict) else None


@dataclass
class Parsed:
    """What a stretch of journal held."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    consumed: int = 0          # bytes up to the end of the last good line
    damaged_at: int | None = None  # offset of a bad line that good lines follow
    skipped: int = 0           # bad lines passed over (``skip_damaged``)


def parse(data: bytes, base: int = 0, skip_damaged: bool = False) -> Parsed:
    """Split ``data`` (journal bytes starting at file offset ``base``) into good entries.

    Stops at the first complete line that is bad (``damaged_at``), or with ``skip_damaged``
    (repair) passes over it and goes on: an entry holds whole tables, or every document of a
    table changed since the snapshot (``journalentries``), so a later good entry is still
    right, and only what the bad line alone changed is lost. An unfinished last line
    (no newline yet: a write in progress, or cut short by a crash) is not consumed.
    """
    result = Parsed(consumed=base)
    pos = 0
    while True:
        nl = data.find(b"\n", pos)
        if nl < 0:
            return result
        payload = parse_line(data[pos:nl])
        if payload is None:
            if result.damaged_at is None:
                result.damaged_at = base + pos
            if not skip_damaged or pos == 0:
                return result
            result.skipped += 1
            pos = nl + 1
            continue
        result.entries.append(payload)
        result.consumed = base + nl + 1
        pos = nl + 1


def create(path: Path, epoch: str) -> tuple[int, int]:
    """Atomically start a new journal for ``epoch`` (with room ahead, unless the disk has none
    to spare); (open descriptor, its length)."""
    header = header_line(epoch)
    try:
        atomic_write(path, header + bytes(ROOM))
    except OSError as error:
        if error.errno not in _NO_ROOM:
            raise
        atomic_write(path, header)
    return fsops.open(path, os.O_RDWR), len(header)


_NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def content_length(data: bytes) -> int:
    """The bytes of a journal's content (without the room of zeros after it)."""
    return len(data.rstrip(b"\0"))


def garbage_after(fd: int, length: int) -> bool:
    """True when bytes other than the room of zeros follow the last line (a write cut short)."""
    return os.pread(fd, 1, length) not in (b"", b"\0")


def append(fd: int, entry: dict[str, Any], length: int, size: int = 0) -> int:
    """Write one entry durably after the first ``length`` bytes (write + fdatasync); returns the
    new length. Past the room made ahead, the file grows by the entry and ``ROOM`` more zeros
    (``size``: the file's length as last seen; the file is asked only when the entry reaches it).

    On failure the file is cut back to ``length`` (best effort) and the OSError raised.
    """
    line = format_line(entry)
    try:
        pwrite_all(fd, line, length)
        end = length + len(line)
        if end >= size and end >= os.fstat(fd).st_size:  # no room left: make some (if there is any)
            try:
                pwrite_all(fd, bytes(ROOM), end)
            except OSError as error:
                if error.errno not in _NO_ROOM:
                    raise  # what zeros were written are room all the same
        fsops.fsync(fd, fsops.SITE_JOURNAL)
    except OSError:
        try:
            fsops.truncate(fd, length)
            fsops.fsync(fd, fsops.SITE_TRUNCATE)
        except OSError:
            pass
        raise
    return length + len(line)
