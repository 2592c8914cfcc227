"""What ``reader doctor`` reports on a database, its journal and backups (``repair`` mends)."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.errors import ReaderError, StoreError
from reader.store import journalentries, journalfile, jsonio, migrations, schema, snapshot
from reader.store.gone import TextReader, orphans_now, tagged_gone
from reader.store.history import count_steps
from reader.store.savecheck import _lock_problem, _write_problem
from reader.store.backups import Backups
from reader.store.files import TEMP_MARK, NotAFileError, describe, display_path, read_bytes
from reader.store.loading import (
    backup_with_data, header_missing_problem, holds_nothing, journal_holds_changes, missing_message,
    unmarked_problem,
)
from reader.store.validate import schema_version, validate
from reader.textsafe import plural

Tables = dict[str, dict[str, Any]]


@dataclass
class FileCheck:
    """One file looked at: is it a usable database version?"""

    path: Path
    ok: bool
    detail: str
    size: int = 0
    schema: int | None = None
    unreadable: bool = False  # could not be read at all (permissions, ...): not known to be damaged


@dataclass
class Report:
    """Everything doctor tells about one database."""

    path: Path
    exists: bool
    main: FileCheck | None = None
    journal_entries: int = 0
    journal_bytes: int = 0
    journal_problem: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    backups: list[FileCheck] = field(default_factory=list)
    temp_files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # files that could not be read: repair keeps off
    notes: list[str] = field(default_factory=list)  # worth knowing, nothing to repair

    @property
    def ok(self) -> bool:
        """True when nothing needs repair."""
        return not self.problems


def load_version(blob: bytes) -> tuple[Tables, str | None, int]:
    """(tables, epoch, schema) of one database file's bytes; raises ValueError or StoreError."""
    tables, epoch = snapshot.decode(blob)
    validate(tables, True)
    version = schema_version(tables) or 1
    upgraded = migrations.upgrade(dict(tables))
    if upgraded is not None:
        validate(upgraded, True)
    return tables, epoch, version


def cannot_read(error: OSError, path: Path) -> str:
    """The one-line problem for a file that could not be read (which is not damage)."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"cannot read {display_path(path)}: permission denied (check the file's permissions)"
    if isinstance(error, NotAFileError):
        return f"cannot read {display_path(path)}: it {error.strerror}; remove it and try again"
    return f"cannot read {display_path(path)}: {describe(error, path, 'reading')}"


def check_file(path: Path, blob: bytes | None = None) -> tuple[FileCheck, Tables | None, str | None]:
    """Check one snapshot or backup file (``blob``: its bytes, if already read)."""
    try:
        if blob is None:
            blob = read_bytes(path)
        tables, epoch, version = load_version(blob)
    except OSError as error:
        return FileCheck(path, False, cannot_read(error, path), _size(path), unreadable=True), None, None
    except (ValueError, StoreError) as error:
        return FileCheck(path, False, str(error), _size(path)), None, None
    problem = jsonio.unsavable(tables)
    if problem:
        return FileCheck(path, False, problem, len(blob), version), None, None
    return FileCheck(path, True, "ok", len(blob), version), tables, epoch


def check_main(path: Path) -> tuple[FileCheck, Tables | None, str | None]:
    """Check the database file itself, as opening it would judge it.

    An empty file alone (no backups, no journal changes) is a new database; a current-schema
    file without its header table is fine unless the journal holds changes (then which of
    them it holds is unknown, and it counts as damaged).
    """
    try:
        blob = read_bytes(path)
    except OSError as error:
        return FileCheck(path, False, cannot_read(error, path), _size(path), unreadable=True), None, None
    journal = path.with_name(path.name + ".journal")
    if holds_nothing(blob, path, journal):
        return FileCheck(path, True, "empty", len(blob)), {}, None
    check, tables, epoch = check_file(path, blob)
    if (check.ok and tables is not None and epoch is None and check.schema == schema.SCHEMA_VERSION
            and journal_holds_changes(journal)):
        return FileCheck(path, False, header_missing_problem(), check.size, check.schema), None, None
    if check.ok and tables is not None and epoch is None:
        problem = unmarked_problem(tables, path)
        if problem:
            return FileCheck(path, False, problem, check.size, check.schema), None, None
    return check, tables, epoch


HEADLESS = "its first line (which version it continues) is damaged"
OLDER = "it continues a newer version with saved changes the database file lacks (an older copy was put back over the file)"


def read_journal(path: Path, epoch: str | None, skip_damaged: bool = False,
                 tables: Tables | None = None) -> tuple[list[dict[str, Any]], int, str]:
    """(good entries after the header, bytes, problem) of the journal continuing ``epoch``; with
    ``skip_damaged`` the good entries after a damaged one too (the problem says how many were bad).
    Given the file's ``tables``, a journal of another version that holds changes they lack gives
    its entries and the problem ``OLDER``."""
    try:
        data = read_bytes(path)
    except FileNotFoundError:
        return [], 0, ""
    except OSError as error:
        return [], 0, cannot_read(error, path)
    data = data[:journalfile.content_length(data)]  # without the room of zeros ahead
    parsed = journalfile.parse(data, skip_damaged=skip_damaged)
    if parsed.damaged_at == 0:  # which version it continues is unknown: its entries only if the file lacks them
        rest = journalfile.parse(data[data.find(b"\n") + 1:], skip_damaged=True).entries if skip_damaged else []
        if rest and tables is not None and journalentries.holds_more(rest, tables.get):
            return rest, len(data), HEADLESS
        return [], len(data), "its first line is damaged"
    header = parsed.entries[0] if parsed.entries else {}
    if epoch is None or header.get("epoch") != epoch:
        db = path.with_name(path.name.removesuffix(".journal"))
        if epoch is not None and tables is not None and (journalentries.holds_more(parsed.entries[1:], tables.get)
                                                         or Backups(db).older_copy(epoch, header.get("epoch"))):
            return parsed.entries[1:], len(data), OLDER
        return [], len(data), ""  # a journal of an older snapshot: already inside it
    problem = f"bad entry at byte {parsed.damaged_at}" if parsed.damaged_at is not None else ""
    if parsed.skipped:
        problem = f"{plural(parsed.skipped, 'damaged entry', 'damaged entries')} (the first at byte {parsed.damaged_at})"
    return parsed.entries[1:], len(data), problem


def apply_entries(tables: Tables, entries: list[dict[str, Any]]) -> Tables:
    """``tables`` with journal entries applied (entries of the wrong shape are skipped)."""
    result = dict(tables)
    for entry in entries:
        try:
            batch = journalentries.fold([entry], result.get)
        except ValueError:
            continue
        for name, table in batch.items():
            if table is None:
                result.pop(name, None)
            elif isinstance(table, dict):
                result[name] = table
    return result


def inspect(path: Path, article_text: TextReader | None = None) -> Report:
    """Look at the database, its journal, backups and leftovers; change nothing.

    With ``article_text`` each note is re-anchored against its article's file as it is now
    (the orphan count), else the count is as of each article's last opening.
    """
    report = Report(path=path, exists=path.exists())
    backups = Backups(path)
    report.backups = [check_file(p)[0] for p in backups.all()]
    report.temp_files = _temp_files(path)
    backups_problem = backups.problem()
    if backups_problem:  # a permission problem, not damage: repair has nothing to do about it
        report.problems.append(backups_problem)
        report.unreadable.append(backups_problem)
    lock_problem = _lock_problem(path.with_name(path.name + ".lock")) or _write_problem(path)
    if lock_problem:  # nothing can be saved until it is fixed; not damage either
        report.problems.append(lock_problem)
        report.unreadable.append(lock_problem)
    if not report.exists:
        found = backup_with_data(path)
        if found is not None:
            report.problems.append(missing_message(path, found))
        return report
    report.main, tables, epoch = check_main(path)
    if report.main.unreadable:
        report.unreadable.append(report.main.detail)
        report.problems.append(report.main.detail)
    elif not report.main.ok:
        report.problems.append(report.main.detail)
    elif report.main.detail == "empty":
        report.notes.append("the file is empty and nothing else is beside it: reader starts a new database in it")
    elif epoch is None and report.main.schema == schema.SCHEMA_VERSION:
        report.notes.append(f"table {snapshot.STORAGE_TABLE!r} (the file's header) is missing and the journal "
                            "holds no changes: reader writes the file again with it when it next opens it")
    journal = path.with_name(path.name + ".journal")
    entries, report.journal_bytes, report.journal_problem = read_journal(journal, epoch, tables=tables)
    report.journal_entries = len(entries)
    if report.journal_problem.startswith("cannot read"):
        report.unreadable.append(report.journal_problem)
        report.problems.append(report.journal_problem)
    elif report.journal_problem:
        report.problems.append(f"{display_path(journal)}: {report.journal_problem}")
    if tables is not None:
        try:
            current = apply_entries(tables, entries)
            report.counts = count(current)
            gone: list[str] = []
            orphaned, unchecked = orphans_now(current, article_text, gone) if article_text else (report.counts["orphaned"], 0)
            report.counts["orphaned"] = orphaned
            if unchecked:
                report.notes.append(f"{plural(unchecked, 'note')} could not be checked against {'its' if unchecked == 1 else 'their'} article "
                                    "(its file is gone or cannot be read); counted as when it was last opened")
                report.notes.extend(gone)  # where the notes are: the app and exports show them with the file
            tagged = tagged_gone(current) if article_text else []
            if tagged:  # tags alone are user data too, and export --gone writes them
                report.notes.append(f"{plural(len(tagged), 'article')} with tags and no notes whose file is gone")
                report.notes.extend(tagged)
            if gone or tagged:
                report.notes.append("  reader export --gone writes the notes and tags whose file is gone")
        except (ValueError, StoreError) as error:
            report.problems.append(str(error))
    return report


def count(tables: Tables) -> dict[str, int]:
    """How many articles, annotations, ... the (possibly old-schema) tables hold."""
    upgraded = migrations.upgrade(dict(tables)) or tables
    validate(upgraded, True)
    articles = notes = orphans = quotes = 0
    tags: set[str] = set()
    for name, table in upgraded.items():
        if schema.article_id_of(name) is None:
            continue
        articles += 1
        for doc in table.values():
            kind = doc.get("kind")
            notes += kind == schema.NOTE
            quotes += kind == schema.QUOTE
            orphans += kind == schema.NOTE and (doc.get("placed") or {}).get("status") == "orphaned"
            if kind == schema.ARTICLE:
                tags.update(doc["tags"])
    undo, redo = count_steps(list(upgraded.get(schema.HISTORY, {}).values()))
    return {
        "articles": articles, "annotations": notes, "orphaned": orphans, "quote states": quotes,
        "tags": len(tags), "corrections": len(upgraded.get(schema.CORRECTIONS, {})),
        "undo steps": undo, "redo steps": redo,
    }


def _temp_files(path: Path) -> list[Path]:
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / n for n in names if n.startswith(f".{path.name}") and TEMP_MARK in n]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


__all__ = ["Report", "FileCheck", "inspect", "ReaderError"]
