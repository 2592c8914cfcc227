"""Reading a database from disk: the snapshot, then the journal entries that continue it."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.errors import CorruptDatabaseError
from reader.store import fsops, journalentries, journalfile, jsonio, layout, schema, snapshot
from reader.store.backups import Backups
from reader.store.lazytables import DamagedTable, Decoder, Raw, Source, decoded
from reader.store.files import describe, display_path, open_file, read_fd
from reader.store.holdings import (
    backup_with_data, header_missing_problem, holds_nothing, journal_holds_changes, missing_message, unmarked_problem,
)
from reader.store.snapshot import check_tables
from reader.store.validate import schema_version

Tables = dict[str, dict[str, Any]]
Validator = Callable[[Mapping[str, dict[str, Any]], bool], None]


@dataclass
class Loaded:
    """A database read from disk, with the files held open (their inodes pinned)."""

    tables: Tables
    epoch: str | None = None
    snap_fd: int | None = None
    snap_ino: int | None = None
    snap_size: int = 0
    jfd: int | None = None
    jino: int | None = None
    jpos: int = 0
    jepoch: str | None = None
    jsize: int = 0  # the journal file's length (its lines and the room of zeros after them)
    decode: Decoder | None = None  # for the tables still ``Raw`` (see ``lazytables``)
    since: journalentries.Since = field(default_factory=dict)  # what the journal holds of each table


def corrupt_error(path: Path, detail: str) -> CorruptDatabaseError:
    """The one-line error for a damaged database file."""
    return CorruptDatabaseError(
        f"{display_path(path)} is damaged ({detail}) and was left untouched; "
        "run `reader doctor` to check it or `reader doctor --repair` to restore a backup"
    )


def load(path: Path, journal_path: Path, readonly: bool, validator: Validator | None) -> Loaded:
    """Snapshot plus journal; a missing snapshot is an empty database. Raises StoreError."""
    with jsonio.no_gc():  # many new containers, no garbage: see jsonio.no_gc
        try:
            snap_fd = open_file(path)
        except FileNotFoundError:
            found = backup_with_data(path)
            if found is not None:
                raise CorruptDatabaseError(missing_message(path, found)) from None
            return Loaded(tables={})
        except OSError as error:
            raise describe(error, path, "opening") from None
        try:
            try:
                size = os.fstat(snap_fd).st_size
                lazy = open_lazily(snap_fd, size, path, validator)
                if lazy is not None:
                    loaded = Loaded(lazy[0], lazy[1], snap_fd, os.fstat(snap_fd).st_ino, size,
                                    decode=decoder(path, validator))
                    _load_journal(loaded, journal_path, readonly, validator)
                    return loaded
                jsonio.prepare_big_load(size)
                blob = read_fd(snap_fd)
            except OSError as error:
                raise describe(error, path, "reading") from None
            if holds_nothing(blob, path, journal_path):
                loaded = Loaded({}, None, snap_fd, os.fstat(snap_fd).st_ino, 0)  # a new database
                _load_journal(loaded, journal_path, readonly, validator)
                return loaded
            try:
                tables, epoch = snapshot.decode(blob)
                if validator is not None:
                    validator(tables, True)
                if epoch is None and schema_version(tables) == schema.SCHEMA_VERSION \
                        and journal_holds_changes(journal_path):
                    raise ValueError(header_missing_problem())
                if epoch is None:
                    problem = unmarked_problem(tables, path)
                    if problem:
                        raise ValueError(problem)
            except ValueError as error:
                raise corrupt_error(path, str(error)) from None
            loaded = Loaded(tables, epoch, snap_fd, os.fstat(snap_fd).st_ino, len(blob))
            _load_journal(loaded, journal_path, readonly, validator)
        except BaseException:
            os.close(snap_fd)
            raise
        return loaded


def decoder(path: Path, validator: Validator | None) -> Decoder:
    """What decodes a table the first time it is read: CRC, JSON, ids, schema; any fault is the
    store's one-line CorruptDatabaseError (nothing is written while it stands)."""

    def decode(name: str, raw: Raw) -> dict[str, Any]:
        try:
            table = raw.parse()
            check_tables({name: table})
            if validator is not None:
                validator({name: table}, False)
        except DamagedTable as error:
            raise corrupt_error(path, f"table {name!r}: {error}") from None
        except ValueError as error:
            raise corrupt_error(path, str(error)) from None
        return table

    return decode


def open_lazily(fd: int, size: int, path: Path, validator: Validator | None) -> tuple[Tables, str] | None:
    """(tables, epoch) reading only the snapshot's index and small tables, the article and undo
    tables left ``Raw`` (read from a descriptor of their own when first asked for), when the
    file's table of contents is intact and it holds the current schema (else None: decode it
    whole). Raises OSError when the file cannot be read."""
    if size < 16:
        return None
    source = Source(fd=os.dup(fd))
    found = layout.read_index(source, size)
    if found is None:
        return None
    epoch, raws = found
    decode = decoder(path, validator)
    tables: dict[str, Any] = dict(raws)
    for name, raw in raws.items():
        if not name.startswith((schema.ARTICLE_PREFIX, schema.HISTORY_PREFIX)):
            tables[name] = decode(name, raw)
    try:
        if schema_version(tables) != schema.SCHEMA_VERSION:
            return None
    except ValueError:
        return None
    return tables, epoch


def _load_journal(loaded: Loaded, journal_path: Path, readonly: bool, validator: Validator | None) -> None:
    flags = os.O_RDONLY if readonly else os.O_RDWR
    try:
        jfd = open_file(journal_path, flags, fsops.open if not readonly else os.open)
    except FileNotFoundError:
        return
    except OSError as error:
        raise describe(error, journal_path, "opening") from None
    try:
        try:
            data = read_fd(jfd)
        except OSError as error:
            raise describe(error, journal_path, "reading") from None
        parsed = journalfile.parse(data)
        if parsed.damaged_at == 0:  # which snapshot it continues is unknown: do not guess
            raise corrupt_error(journal_path, "its first line is damaged")
        header = parsed.entries[0] if parsed.entries else {}
        jepoch = header.get("epoch") if isinstance(header.get("epoch"), str) else None
        if loaded.epoch is not None and jepoch == loaded.epoch:
            if parsed.damaged_at is not None:
                raise corrupt_error(journal_path, f"bad entry at byte {parsed.damaged_at}")
            apply_entries(loaded.tables, parsed.entries[1:], journal_path, validator, loaded.decode, loaded.since)
        elif loaded.epoch is not None and (journalentries.holds_more(
                parsed.entries[1:], lambda name: decoded(loaded.tables, name, loaded.decode) if name in loaded.tables else None)
                or Backups(journal_path.with_name(journal_path.name.removesuffix(".journal"))).older_copy(loaded.epoch, jepoch)):
            db = journal_path.with_name(journal_path.name.removesuffix(".journal"))
            raise CorruptDatabaseError(
                f"{display_path(db)} is older than its journal {journal_path.name}, which holds saved changes the "
                "file lacks (an older copy put back over it by an editor or a copy?); nothing was changed; run "
                "`reader doctor --repair` to bring them back (it keeps the older copy)")
        # else: the journal of an older snapshot, which already holds all of it
    except BaseException:
        os.close(jfd)
        raise
    info = os.fstat(jfd)
    loaded.jfd, loaded.jino, loaded.jpos, loaded.jepoch = jfd, info.st_ino, parsed.consumed, jepoch
    loaded.jsize = info.st_size


def apply_entries(tables: dict[str, Any], entries: list[dict[str, Any]], journal_path: Path,
                  validator: Validator | None, decode: Decoder | None = None,
                  since: journalentries.Since | None = None) -> set[str]:
    """Apply journal entries to ``tables`` (checked first: all or nothing); returns changed names.
    ``since`` learns what the entries held of each table (``journalentries``)."""
    learned: journalentries.Since = dict(since) if since is not None else {}
    try:
        changes = journalentries.fold(entries, lambda name: decoded(tables, name, decode), learned)
    except ValueError as error:
        raise corrupt_error(journal_path, str(error)) from None
    present = {k: v for k, v in changes.items() if v is not None}
    try:
        check_tables(present)
        if validator is not None:
            validator(present, False)
    except ValueError as error:
        raise corrupt_error(journal_path, str(error)) from None
    for name, table in changes.items():
        if table is None:
            dict.pop(tables, name, None)
        else:
            dict.__setitem__(tables, name, table)  # not a change to save: it is saved
    if since is not None:
        since.update(learned)
    return set(changes)
