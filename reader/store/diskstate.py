"""The storage's view of its files: snapshot and journal held open, read, caught up, appended to.

The snapshot and journal descriptors stay open so that their inodes cannot be reused: a
different inode at the path means another process compacted (or repaired) the database.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.errors import CorruptDatabaseError, StoreError
from reader.store import fsops, journalentries, journalfile, loading
from reader.store.files import display_path, describe, open_file
from reader.store.layout import Placed
from reader.store.lazytables import Raw, Source, TrackedTables
from reader.store.loading import Validator

COMPACT_ON_OPEN = 1 << 20
COMPACT_ON_CLOSE = 256 << 10
COMPACT_ALWAYS_BELOW = 2 << 20
COMPACT_ON_COMMIT = 8 << 20


class DiskState:
    """Tables in memory and the open files they came from."""

    def __init__(self, path: Path, readonly: bool) -> None:
        self.path = path
        self.journal_path = path.with_name(path.name + ".journal")
        self._path_str, self._journal_str = os.fspath(path), os.fspath(self.journal_path)  # stat'ed per save
        self.readonly = readonly
        self.validator: Validator | None = None
        self._tables = TrackedTables()
        self._epoch: str | None = None
        self._snap_fd: int | None = None
        self._snap_ino: int | None = None
        self._snap_size = 0
        self._snap_mark: tuple[int, int] | None = None  # size and mtime of the snapshot we read or wrote
        self._jfd: int | None = None
        self._jino: int | None = None
        self._jpos = 0
        self._jepoch: str | None = None
        self._jsize = 0  # the journal file's length as last seen (lines and room)
        self._clean_at: int | None = None  # a journal offset this lock hold saw only zeros after
        self._since: journalentries.Since = {}  # what the journal holds of each table (see there)

    @property
    def journal_size(self) -> int:
        """Bytes in the current journal."""
        return self._jpos

    @property
    def snapshot_size(self) -> int:
        """Bytes in the snapshot last read or written."""
        return self._snap_size

    def release(self) -> None:
        """Close every file without writing anything, and let go of the tables."""
        for fd in (self._snap_fd, self._jfd):
            if fd is not None:
                os.close(fd)
        self._snap_fd = self._jfd = None
        self._tables = TrackedTables()  # freed at once by reference counting, even if frozen

    def _should_compact(self, when: str) -> bool:
        """Worth compacting now? ``when`` is "open", "close" or "commit"."""
        if self._epoch is None or self._jfd is None or self._jepoch != self._epoch:
            return False
        grown = self._jpos - journalfile.header_length(self._epoch)
        if grown <= 0:
            return False
        if when == "open":
            return grown > COMPACT_ON_OPEN
        if when == "close":
            return self._snap_size < COMPACT_ALWAYS_BELOW or grown > COMPACT_ON_CLOSE
        return grown > max(COMPACT_ON_COMMIT, self._snap_size // 2)

    def corrupt_error(self, path: Path, detail: str) -> CorruptDatabaseError:
        """The one-line error for a damaged database file."""
        return loading.corrupt_error(path, detail)

    def _load(self) -> None:
        """Read snapshot and journal afresh; memory changes only if both are good."""
        loaded = loading.load(self.path, self.journal_path, self.readonly, self.validator)
        for fd in (self._snap_fd, self._jfd):
            if fd is not None:
                os.close(fd)
        self._tables = TrackedTables(loaded.tables, decode=loaded.decode)
        self._epoch = loaded.epoch
        self._snap_fd, self._snap_ino, self._snap_size = loaded.snap_fd, loaded.snap_ino, loaded.snap_size
        self._snap_mark = _mark(self._snap_fd)
        self._jfd, self._jino, self._jpos, self._jepoch = loaded.jfd, loaded.jino, loaded.jpos, loaded.jepoch
        self._jsize, self._clean_at = loaded.jsize, None
        self._since = loaded.since

    def _catch_up(self) -> set[str] | None:
        """Catch up with the files; returns changed table names, or None after a full reload."""
        self._clean_at = None
        try:
            snap = os.stat(self._path_str)
        except FileNotFoundError:
            if self._snap_ino is None:
                return set()
            raise StoreError(f"{display_path(self.path)} was deleted or moved while in use") from None
        except OSError as error:
            raise describe(error, self.path, "reading") from None
        if snap.st_ino != self._snap_ino or (snap.st_size, snap.st_mtime_ns) != self._snap_mark:
            # a new file (another process compacted), or this one rewritten in place (an editor
            # saving over it): read it afresh rather than trust the tables' offsets in it
            self._load()
            return None
        try:
            jst = os.stat(self._journal_str)
        except FileNotFoundError:
            if self._jfd is None:
                return set()
            self._load()
            return None
        if self._jfd is None or jst.st_ino != self._jino or jst.st_size < self._jpos:
            self._load()
            return None
        self._jsize = jst.st_size
        if self._jepoch != self._epoch:
            return set()
        if not journalfile.garbage_after(self._jfd, self._jpos):
            self._clean_at = self._jpos
            return set()  # nothing after the last line read but the room of zeros
        data = os.pread(self._jfd, jst.st_size - self._jpos, self._jpos)
        parsed = journalfile.parse(data, base=self._jpos)
        if parsed.damaged_at is not None:
            raise self.corrupt_error(self.journal_path, f"bad entry at byte {parsed.damaged_at}")
        names = loading.apply_entries(self._tables, parsed.entries, self.journal_path, self.validator,
                                      since=self._since)
        self._jpos = parsed.consumed
        return names

    def _prepare_journal(self) -> None:
        """Make the journal continue the current snapshot, cutting off any torn last line."""
        if self._epoch is None:
            raise StoreError(f"{display_path(self.path)} has not been created")
        if self._jfd is None or self._jepoch != self._epoch:
            self._new_journal()
        elif self._clean_at != self._jpos and journalfile.garbage_after(self._jfd, self._jpos):
            fsops.truncate(self._jfd, self._jpos)  # a write cut short

    def _journal_shared(self) -> bool:
        """True when the journal has another name (a hard link: a copy of the folder made with
        ``cp -al``): a line written in place would change that copy too."""
        return self._jfd is not None and os.fstat(self._jfd).st_nlink > 1

    def _new_journal(self) -> None:
        assert self._epoch is not None
        jfd, pos = journalfile.create(self.journal_path, self._epoch)
        if self._jfd is not None:
            os.close(self._jfd)
        info = os.fstat(jfd)
        self._jfd, self._jino, self._jpos, self._jepoch = jfd, info.st_ino, pos, self._epoch
        self._jsize, self._clean_at, self._since = info.st_size, pos, {}

    def _append(self, dirty: set[str]) -> None:
        assert self._jfd is not None
        entry, since = journalentries.build(self._tables, dirty, self._tables.changed_docs, self._since)
        self._jpos = journalfile.append(self._jfd, entry, self._jpos, self._jsize)
        self._since.update(since)

    def _reread_undecoded(self, placed: list[Placed]) -> None:
        """After a compaction: the tables still undecoded read from the new snapshot (the old
        one's descriptor is let go with the last of them)."""
        assert self._snap_fd is not None
        undecoded = set(self._tables.undecoded())
        if not undecoded:
            return
        source = Source(fd=os.dup(self._snap_fd))
        for name, start, value, end, crc, summary in placed:
            if name in undecoded:
                self._tables.put(name, Raw(source, start, value, end, crc, summary))

    def _adopt_snapshot(self, epoch: str, size: int) -> None:
        fd = open_file(self.path)
        if self._snap_fd is not None:
            os.close(self._snap_fd)
        self._snap_fd, self._snap_ino, self._snap_size, self._epoch = fd, os.fstat(fd).st_ino, size, epoch
        self._snap_mark = _mark(fd)


def _mark(fd: int | None) -> tuple[int, int] | None:
    """The size and modification time of an open snapshot (None: no snapshot file)."""
    if fd is None:
        return None
    info = os.fstat(fd)
    return info.st_size, info.st_mtime_ns
