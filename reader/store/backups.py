"""The last good versions of the database, kept in a folder beside it."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reader.store import fsops
from reader.store.snapshot import data_weight
from reader.store.files import TEMP_MARK, atomic_write, display_path, make_folder, open_file

KEEP = 5
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_STAMP = re.compile(r"^-([0-9]{8}T[0-9]{12}Z)")
PRESERVED_TAG = "before-migration"


class Backups:
    """``<db>.backups/<stem>-<UTC time>-w<weight>[-tag].json``; rotation keeps the newest ``KEEP``.

    The weight (``snapshot.data_weight``) tells, without reading the file, how much a backup
    holds, so that rotation can spare one that holds more than the database now does.
    """

    def __init__(self, db_path: Path, keep: int = KEEP) -> None:
        self.db_path = db_path
        self.folder = db_path.with_name(db_path.name + ".backups")
        self.keep = keep

    def save(self, blob: bytes, tag: str = "") -> Path:
        """Write one backup durably and rotate; raises OSError."""
        make_folder(self.folder)
        stamp = self._next_stamp()
        suffix = f"-w{data_weight(blob)}" + (f"-{tag}" if tag else "")
        target = self.folder / f"{self.db_path.stem}-{stamp}{suffix}.json"
        counter = 1
        while target.exists():
            counter += 1
            target = self.folder / f"{self.db_path.stem}-{stamp}-{counter}{suffix}.json"
        atomic_write(target, blob)
        self.rotate()
        return target

    def _next_stamp(self) -> str:
        """The time for a new backup's name: now, or just after the newest backup's time when
        the clock was set back since that one was made. Names order the backups (rotation keeps
        the newest, repair restores the newest good one), so a new one must always sort first."""
        now = datetime.now(timezone.utc)
        for newest in self.all()[:1]:
            found = _STAMP.search(newest.name[len(self.db_path.stem):])
            if found:
                try:
                    then = datetime.strptime(found.group(1), _STAMP_FORMAT).replace(tzinfo=timezone.utc)
                    if then >= now:
                        now = then + timedelta(microseconds=1)
                except (ValueError, OverflowError):  # a name made by hand; sorting it first is harmless
                    pass
        return now.strftime(_STAMP_FORMAT)

    def older_copy(self, epoch: str | None, journal_epoch: str | None) -> bool:
        """Whether the file (version ``epoch``) is an older backup's version put back while its
        journal continues the newest backup's: the newest version, kept at its compaction, is
        not in the file. (A compaction stopped before its new journal leaves a file of a version
        no backup holds yet, or a journal of an older one than the newest backup's.)"""
        if epoch is None or journal_epoch is None or epoch == journal_epoch:
            return False
        epochs = [_head_epoch(p) for p in self.rotating()]
        return bool(epochs) and epochs[0] == journal_epoch and epoch in epochs[1:]

    def problem(self) -> str | None:
        """Why backups cannot be kept (the folder cannot be read or written), if they cannot."""
        where = display_path(self.folder)
        try:
            os.listdir(self.folder)
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            return f"{where} is not a folder: backups are not being kept"
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            return f"cannot read the backups folder {where} ({reason}): backups are not being kept"
        if not os.access(self.folder, os.W_OK | os.X_OK):
            why = "read-only file system" if _read_only(self.folder) else "permission denied"
            return f"cannot write to the backups folder {where} ({why}): backups are not being kept"
        return None

    def all(self) -> list[Path]:
        """Every backup, newest first: only names reader gives them (``<stem>-<UTC time>…json``),
        so a copy the user put in the folder (``reader-before-cleanup.json``) is never rotated
        away, restored or taken for the newest version."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return []
        stem = self.db_path.stem
        found = [self.folder / n for n in names
                 if n.startswith(stem) and n.endswith(".json") and _STAMP.match(n[len(stem):])]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def rotating(self) -> list[Path]:
        """The backups subject to rotation (not the copies kept before a migration), newest first."""
        return [p for p in self.all() if not p.stem.endswith(PRESERVED_TAG)]

    def rotate(self) -> None:
        """Delete all but the newest ``keep`` rotating backups, sparing the largest of them
        when the newest is smaller: a database that lost content (or was started afresh by
        mistake) never pushes out the last copy holding more than it does."""
        rotating = self.rotating()
        doomed = rotating[self.keep:]
        if doomed:
            sizes = {p: weight(p) for p in rotating}
            largest = max(rotating, key=lambda p: sizes[p])
            if largest in doomed and sizes[largest] > sizes[rotating[0]]:
                doomed.remove(largest)
        for old in doomed:
            try:
                fsops.unlink(old)
            except OSError:
                pass

    def remove_temps(self) -> None:
        """Delete temporary files a killed writer left in the backup folder."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(".") and TEMP_MARK in name:
                try:
                    fsops.unlink(self.folder / name)
                except OSError:
                    pass


_EPOCH = re.compile(rb'"epoch":"([0-9a-f]+)"')


def _head_epoch(path: Path) -> str | None:
    """The version a backup holds, read off its first line of header (None: unreadable)."""
    try:
        fd = open_file(path)
        try:
            head = os.pread(fd, 512, 0)
        finally:
            os.close(fd)
    except OSError:
        return None
    found = _EPOCH.search(head)
    return found.group(1).decode() if found else None


_WEIGHT = re.compile(r"-w([0-9]+)(?:-|\.json$)")


def weight(path: Path) -> int:
    """How much a backup holds: the weight in its name (older backups: their size)."""
    found = _WEIGHT.search(path.name)
    if found:
        return int(found.group(1))
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_only(folder: Path) -> bool:
    """True when ``folder`` lies on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False
