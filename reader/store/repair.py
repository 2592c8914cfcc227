"""``reader doctor --repair``: restore a usable database, never leaving its name empty.

The restored tables are worked out in memory; copies of the damaged files are kept under
names that say so (hard links where possible); then the restored file replaces the database
in one atomic rename, so a kill or a full disk at any moment leaves the old file or the new.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from reader.errors import StoreError
from reader.store import journalfile, migrations, snapshot
from reader.store.backups import Backups
from reader.store.check import HEADLESS, OLDER, Tables, apply_entries, check_file, check_main, cannot_read, read_journal
from reader.store.files import atomic_write, describe, display_path, keep_copy, make_folder, open_file, read_bytes
from reader.store.holdings import is_blank
from reader.store.lock import FileLock
from reader.store.validate import validate
from reader.textsafe import plural


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
    entries, _, journal_problem = read_journal(journal, epoch, True, tables) if main and main.ok else ([], 0, "")
    if main is not None and main.ok and not journal_problem:
        return []
    if main is None and not Backups(path).all():
        return []
    keep_main = False
    if main is not None and main.ok and tables is not None:
        base = apply_entries(tables, entries)
        done.append(f"kept {display_path(path)} and the {len(entries)} good journal entries")
        if journal_problem == OLDER:  # the file is an older copy put back over the one the journal continues
            keep_main = True
            continued = _backup_continued(path, journal)
            if continued is not None:  # that version was kept as a backup: it, and then the journal
                base = apply_entries(continued[0], entries)
                done[-1] = (f"restored {display_path(continued[1])}, the version the journal continues, and its "
                            f"{plural(len(entries), 'entry', 'entries')} ({display_path(path)} was an older copy)")
            else:
                done[-1] = (f"added to {display_path(path)} the {plural(len(entries), 'journal entry', 'journal entries')}"
                            " it lacked (it was an older copy)")
        elif journal_problem == HEADLESS:
            done[-1] += " (its first line is damaged, but they hold changes the file lacks)"
        elif journal_problem == "its first line is damaged":
            done[-1] = f"kept {display_path(path)}; left out the journal, whose first line is damaged (the old journal is kept)"
        elif journal_problem:
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
        what = "older copy" if journal_problem == OLDER else "damaged"  # not damaged: what a rollback looks for
        done.insert(0, f"kept the {what} {display_path(path)} as {display_path(aside)}")
    if _journal_has_content(journal):
        aside = _set_aside(journal, stamp)
        done.append(f"kept the old journal as {display_path(aside)}")
    new_epoch = snapshot.new_epoch()
    blob = snapshot.encode(base, new_epoch)
    atomic_write(path, blob)  # the one switch: the old journal's epoch no longer matches
    atomic_write(journal, journal_line(new_epoch))
    try:
        Backups(path).save(blob)
    except OSError as error:  # the repair is done and durable; only its extra copy is missing
        done.append(f"the restored database was not also kept as a backup: {describe(error, path, 'saving a backup')}")
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
        os.close(open_file(journal))
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
    raise StoreError(f"{display_path(path)} cannot be repaired: there is no good backup; it was left as it is "
                     "(move it aside, keeping it for its notes, and reader starts a new database)")


def _backup_continued(path: Path, journal: Path) -> tuple[Tables, Path] | None:
    """The backup of the version ``journal`` continues (each compaction keeps one), if it is kept."""
    try:
        header = journalfile.parse(read_bytes(journal)).entries[:1]
    except OSError:
        return None
    wanted = header[0].get("epoch") if header else None
    for candidate in Backups(path).all() if isinstance(wanted, str) else ():
        check, tables, epoch = check_file(candidate)
        if check.ok and tables is not None and epoch == wanted:
            return tables, candidate
    return None


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
    data = data.rstrip(b"\0")  # the room of zeros made ahead is no content
    return data.count(b"\n") > 1 or not data.endswith(b"\n")


__all__ = ["repair"]
