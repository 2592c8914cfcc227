"""What ``reader doctor`` needs: a report on a database and its backups, and repair."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.errors import ReaderError, StoreError
from reader.store import journalfile, jsonio, migrations, schema, snapshot
from reader.store.history import count_steps
from reader.store.backups import Backups
from reader.store.files import TEMP_MARK, atomic_write, describe, display_path, keep_copy, make_folder, read_bytes
from reader.store.loading import (
    backup_with_data, header_missing_problem, holds_nothing, is_blank, journal_holds_changes, missing_message,
    unmarked_problem,
)
from reader.model import AnchorStatus
from reader.anchoring import reanchor
from reader.store.lock import FileLock
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


def read_journal(path: Path, epoch: str | None, skip_damaged: bool = False) -> tuple[list[dict[str, Any]], int, str]:
    """(good entries after the header, bytes, problem) of the journal continuing ``epoch``; with
    ``skip_damaged`` the good entries after a damaged one too (the problem says how many were bad)."""
    try:
        data = read_bytes(path)
    except FileNotFoundError:
        return [], 0, ""
    except OSError as error:
        return [], 0, cannot_read(error, path)
    parsed = journalfile.parse(data, skip_damaged=skip_damaged)
    if parsed.damaged_at == 0:
        return [], len(data), "its first line is damaged"
    header = parsed.entries[0] if parsed.entries else {}
    if epoch is None or header.get("epoch") != epoch:
        return [], len(data), ""  # a journal of an older snapshot: already inside it
    problem = f"bad entry at byte {parsed.damaged_at}" if parsed.damaged_at is not None else ""
    if parsed.skipped:
        problem = f"{plural(parsed.skipped, 'damaged entry', 'damaged entries')} (the first at byte {parsed.damaged_at})"
    return parsed.entries[1:], len(data), problem


def apply_entries(tables: Tables, entries: list[dict[str, Any]]) -> Tables:
    """``tables`` with journal entries applied (entries of the wrong shape are skipped)."""
    result = dict(tables)
    for entry in entries:
        batch = entry.get("tables")
        if not isinstance(batch, dict):
            continue
        for name, table in batch.items():
            if table is None:
                result.pop(name, None)
            elif isinstance(table, dict):
                result[name] = table
    return result


def inspect(path: Path) -> Report:
    """Look at the database, its journal, backups and leftovers; change nothing."""
    report = Report(path=path, exists=path.exists())
    backups = Backups(path)
    report.backups = [check_file(p)[0] for p in backups.all()]
    report.temp_files = _temp_files(path)
    backups_problem = backups.problem()
    if backups_problem:  # a permission problem, not damage: repair has nothing to do about it
        report.problems.append(backups_problem)
        report.unreadable.append(backups_problem)
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
    entries, report.journal_bytes, report.journal_problem = read_journal(journal, epoch)
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
            orphaned, unchecked = orphans_now(current)
            report.counts["orphaned"] = orphaned
            if unchecked:
                report.notes.append(f"{plural(unchecked, 'note')} could not be checked against their article "
                                    "(its file is gone or cannot be read); counted as when it was last opened")
        except (ValueError, StoreError) as error:
            report.problems.append(str(error))
    return report


def _article_docs(tables: Tables) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(article document, its note documents) for each article with notes (upgraded tables)."""
    upgraded = migrations.upgrade(dict(tables)) or tables
    found = []
    for name, table in upgraded.items():
        if schema.article_id_of(name) is None:
            continue
        docs = list(table.values())
        notes = [d for d in docs if d.get("kind") == schema.NOTE]
        meta = next((d for d in docs if d.get("kind") == schema.ARTICLE), None)
        if notes and meta is not None:
            found.append((meta, notes))
    return found


def _current_text(meta: dict[str, Any]) -> str | None:
    """The article's text as its file holds it now (None: no file, or it cannot be read)."""
    path = meta.get("path") or ""
    if not path or path == "-" or path.startswith("<"):
        return None
    from reader.errors import ReaderError
    from reader.library import load_articles

    try:
        articles = load_articles(path)
    except (ReaderError, OSError, ValueError):
        return None
    if len(articles) == 1:
        return articles[0].body
    for article in articles:  # a file of several articles: the one this record is about
        if article.id == meta.get("id") or (article.title == meta.get("title") and article.title):
            return article.body
    return None


def orphans_now(tables: Tables) -> tuple[int, int]:
    """(orphaned notes, notes not checked): each note re-anchored against its article's file
    read afresh, as opening the article would. The stored status only says how things stood
    when the article was last opened; it is used for notes whose file cannot be read now."""
    orphaned = unchecked = 0
    for meta, notes in _article_docs(tables):
        text = _current_text(meta)
        for doc in notes:
            if text is None:
                unchecked += 1
                orphaned += (doc.get("placed") or {}).get("status") == "orphaned"
            else:
                orphaned += reanchor(schema.original_anchor(doc), text)[1] is AnchorStatus.ORPHANED
    return orphaned, unchecked


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


def repair(path: Path, lock_timeout: float = 10.0) -> list[str]:
    """Restore a usable database, keeping damaged files under new names; returns what was done.

    Raises StoreError when there is nothing good to restore from, and when the database or
    its journal cannot be read (a permission problem is not damage: nothing is touched).
    """
    lock = FileLock(path.with_name(path.name + ".lock"))
    try:
        make_folder(path.parent)
        lock.open(create=True)
    except OSError as error:
        raise describe(error, path, "repairing") from None
    lock.acquire(lock_timeout)
    try:
        return _repair_locked(path)
    except OSError as error:
        raise describe(error, path, "repairing") from None
    finally:
        lock.close()


def _repair_locked(path: Path) -> list[str]:
    """Work out the restored tables in memory, keep copies of the damaged files under names
    that say so, then put the restored file in place with one atomic rename: at every moment
    the database's name holds either the old file or the restored one, never nothing."""
    journal = path.with_name(path.name + ".journal")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    done: list[str] = []
    main, tables, epoch = check_main(path) if path.exists() else (None, None, None)
    if main is not None and main.unreadable:
        raise StoreError(f"{main.detail}; --repair changed nothing")
    _refuse_unreadable(journal)
    entries, _, journal_problem = read_journal(journal, epoch, True) if main and main.ok else ([], 0, "")
    if main is not None and main.ok and not journal_problem:
        return []
    if main is None and not Backups(path).all():
        return []
    keep_main = False
    if main is not None and main.ok and tables is not None:
        base = apply_entries(tables, entries)
        done.append(f"kept {display_path(path)} and the {len(entries)} good journal entries")
        if journal_problem:
            done.append(f"left out {journal_problem} of the journal (what only they held is lost; "
                        "the old journal is kept)")
    elif main is not None and (twins := _with_duplicates(path)) is not None:
        base, twin_epoch, renumbered = twins
        restored, _, problem = read_journal(journal, twin_epoch, True) if twin_epoch else ([], 0, "")
        base = apply_entries(base, restored)
        keep_main = True
        done.append(f"kept every document of {display_path(path)}" + (f" and {len(restored)} journal entries" if restored else ""))
        done.extend(renumbered)
        if problem:
            done.append(f"left out {problem} of the journal")
    else:
        try:
            base, source, backup_epoch = _newest_good_backup(path)
        except StoreError:
            if main is None or not _blank(path):
                raise
            # an empty file and no good backup: nothing to restore, and nothing in it to lose
            aside = _set_aside(path, stamp)
            done.append(f"kept the empty {display_path(path)} as {display_path(aside)}")
            done.append("started a new, empty database (there was no good backup to restore)")
            base, source, backup_epoch = migrations.upgrade({}) or {}, None, None
        else:
            keep_main = main is not None
        restored, _, problem = read_journal(journal, backup_epoch, True) if backup_epoch else ([], 0, "")
        if restored:
            base = apply_entries(base, restored)
        if problem:
            done.append(f"left out {problem} of the journal")
        if source is not None:
            done.append(f"restored {display_path(source)}"
                        + (f" and {len(restored)} journal entries" if restored else ""))
    if keep_main:
        aside = _set_aside(path, stamp)
        done.insert(0, f"kept the damaged {display_path(path)} as {display_path(aside)}")
    if _journal_has_content(journal):
        aside = _set_aside(journal, stamp)
        done.append(f"kept the old journal as {display_path(aside)}")
    new_epoch = snapshot.new_epoch()
    blob = snapshot.encode(base, new_epoch)
    atomic_write(path, blob)  # the one switch: the old journal's epoch no longer matches
    atomic_write(journal, journal_line(new_epoch))
    Backups(path).save(blob)
    return done


def _with_duplicates(path: Path) -> tuple[Tables, str | None, list[str]] | None:
    """The database with every document kept, if its only fault is a repeated document id."""
    try:
        found = snapshot.decode_keeping_duplicates(read_bytes(path))
        if found is None:
            return None
        tables = found[0]
        validate(tables, True)
        upgraded = migrations.upgrade(dict(tables))
        if upgraded is not None:
            validate(upgraded, True)
    except (OSError, ValueError, StoreError):
        return None
    return found


def journal_line(epoch: str) -> bytes:
    """The header of a fresh journal."""
    return journalfile.header_line(epoch)


def _refuse_unreadable(journal: Path) -> None:
    """Raise StoreError if the journal exists but cannot be read: repair must not move it."""
    try:
        with open(journal, "rb"):
            pass
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"{cannot_read(error, journal)}; --repair changed nothing") from None


def _blank(path: Path) -> bool:
    try:
        return is_blank(read_bytes(path))
    except OSError:
        return False


def _newest_good_backup(path: Path) -> tuple[Tables, Path, str | None]:
    for candidate in Backups(path).all():
        check, tables, epoch = check_file(candidate)
        if check.ok and tables is not None:
            return tables, candidate, epoch
    raise StoreError(f"{display_path(path)} cannot be repaired: there is no good backup; it was left as it is")


def _set_aside(path: Path, stamp: str) -> Path:
    """Keep a copy of ``path`` as ``<name>.damaged-<time>``; ``path`` itself stays in place
    until the restored file replaces it."""
    while True:
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        try:
            keep_copy(path, target)
            return target
        except FileExistsError:
            continue


def _journal_has_content(journal: Path) -> bool:
    """True when the journal holds more than its header (or cannot be read)."""
    try:
        data = read_bytes(journal)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return data.count(b"\n") > 1 or not data.endswith(b"\n")


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


__all__ = ["Report", "FileCheck", "inspect", "repair", "ReaderError"]
