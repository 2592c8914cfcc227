"""What a database file, its backups and its journal hold (nothing, data a person made, blank bytes,
changes beyond the header), and why a file that holds nothing is damage when they hold more."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.store import journalfile, schema, snapshot
from reader.store.backups import Backups
from reader.store.files import display_path, read_bytes
from reader.store.snapshot import STORAGE_TABLE
from reader.store.validate import schema_version


def holds_nothing(blob: bytes, path: Path, journal_path: Path) -> bool:
    """True for an empty (or blank) database file without backups or journal changes.

    Such a file (``touch reader.json``) has nothing to lose: it is opened as a new, empty
    database. With a backup or a journal beside it, it may be a database that lost its
    content, and it stays damaged (``reader doctor --repair`` restores the backup).
    """
    return is_blank(blob) and not Backups(path).all() and not journal_holds_changes(journal_path)


def holds_data(tables: Mapping[str, Any]) -> bool:
    """True when the tables hold anything a person made: an article's records, a correction.

    ``meta``, UI state and undo history alone are what a new database holds.
    """
    for name, table in tables.items():
        if not table or name in _NO_DATA or name.startswith(schema.HISTORY_PREFIX):
            continue
        return True
    return False


_NO_DATA = frozenset({schema.META, schema.STATE, schema.HISTORY, STORAGE_TABLE})


def backup_with_data(path: Path) -> Path | None:
    """The newest backup of the database at ``path`` that holds data (None if none does)."""
    for candidate in Backups(path).all():
        try:
            tables, _ = snapshot.decode(read_bytes(candidate))
        except (OSError, ValueError):
            continue
        if holds_data(tables):
            return candidate
    return None


def missing_message(path: Path, backup: Path) -> str:
    """Why a database file that is gone is not started afresh."""
    return (f"{display_path(path)} is missing, but its backup {backup.name} holds notes or tags; "
            "nothing was created: run `reader doctor --repair` to restore the newest good backup")


def unmarked_problem(tables: Mapping[str, Any], path: Path) -> str | None:
    """Why a file without the schema's mark (``{}``, any JSON without ``meta``) is damage, if it is.

    Such a file is an old (schema 1) database when it has one of that layout's tables (any other
    tables beside them are kept by the migration); documents only in tables reader never writes
    mean it is some other file, never to be migrated or overwritten. An empty one counts as a new database only when
    nothing beside it holds more: with a backup that holds data it is a database that lost its
    content.
    """
    try:
        if schema_version(tables) is not None:
            return None
    except ValueError:
        return None
    foreign = snapshot.foreign_problem(tables)
    if foreign:
        return foreign
    if holds_data(tables):
        return None
    found = backup_with_data(path)
    if found is None:
        return None
    return (f"it holds no reader data and no {schema.META!r} table, while the backup {found.name} "
            "holds notes or tags")


_BLANK = re.compile(rb"\s*\Z")


def is_blank(blob: bytes) -> bool:
    """True for no bytes or only white space (without copying a large file's bytes)."""
    return _BLANK.match(blob) is not None


def journal_holds_changes(journal_path: Path) -> bool:
    """True when the journal holds anything beyond its header line (or cannot be read)."""
    try:
        data = read_bytes(journal_path)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    parsed = journalfile.parse(data)
    return len(parsed.entries) > 1 or parsed.consumed != journalfile.content_length(data)


def header_missing_problem() -> str:
    """Why a current-schema snapshot without its header table cannot be used with its journal."""
    return (f"table {STORAGE_TABLE!r} is missing, so it is unknown which of the journal's changes "
            "the file already holds")
