"""Every way out of the database is safe: repair, links, exports, odd files, hand edits."""

from __future__ import annotations

import argparse
import errno
import os
import socket
import stat
import tempfile
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands import doctor
from reader.errors import CorruptDatabaseError, StoreError
from reader.model import Anchor
from reader.store import open_store, repair
from reader.store.backups import Backups

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def make_db(path: Path, tags: int = 3) -> None:
    """Tags t0..t{tags-1} on article 'a', each added in its own session (each leaves a backup)."""
    for i in range(tags):
        with open_store(path) as store:
            store.add_tags("a", [f"t{i}"])


def run_doctor(path: Path, repair: bool = False) -> int:
    return doctor.run(argparse.Namespace(db=str(path), repair=repair))


def tags_of(path: Path) -> tuple[str, ...]:
    with open_store(path, readonly=True) as store:
        return store.tags("a")


# -- 1. an interrupted repair --------------------------------------------------------------------

def test_repair_cut_short_by_a_full_disk_leaves_the_damaged_file_in_place(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "reader.json"
    make_db(db)
    damaged = b'{"meta": {"1": {"schema": 3}}, "article/a": {"1": {"kind": "art'
    db.write_bytes(damaged)
    real_write = repair.atomic_write

    def full_disk(target: Path, data: bytes) -> None:
        if target == db:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, data)

    monkeypatch.setattr(repair, "atomic_write", full_disk)
    with pytest.raises(StoreError, match="disk full"):
        repair.repair(db)
    assert db.read_bytes() == damaged  # never a moment without the file
    copies = list(tmp_path.glob("reader.json.damaged-*"))
    assert copies and all(c.read_bytes() == damaged for c in copies)  # kept under a name that says so
    with pytest.raises(CorruptDatabaseError):  # still damaged, never a new empty database
        open_store(db)
    monkeypatch.undo()
    assert run_doctor(db, repair=True) == 0
    assert tags_of(db) == ("t0", "t1", "t2")


def test_a_missing_database_whose_backups_hold_data_is_never_started_afresh(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    make_db(db)
    db.unlink()
    for readonly in (False, True):
        with pytest.raises(CorruptDatabaseError, match="reader doctor --repair"):
            open_store(db, readonly=readonly)
    assert not db.exists()
    assert main(["list", "--db", str(db), str(SAMPLES)]) != 0
    assert "doctor --repair" in capsys.readouterr().err
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert "MISSING" in out and "is missing, but its backup" in out
    assert run_doctor(db, repair=True) == 0
    assert tags_of(db) == ("t0", "t1", "t2")


def test_a_missing_database_with_only_empty_backups_starts_afresh(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.set_state("k", 1)  # a backup, holding no notes or tags
    db.unlink()
    with open_store(db) as store:
        assert store.tags("a") == ()


def test_backups_are_not_rotated_out_by_a_database_holding_less(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", [f"tag-{i}" for i in range(200)])
    richest = max(Backups(db).all(), key=lambda p: p.stat().st_size)
    with open_store(db) as store:
        store.set_tags("a", [])
    for i in range(Backups(db).keep + 3):  # many smaller sessions, each keeping a backup
        with open_store(db) as store:
            store.set_state("k", i)
    assert richest.exists()
    assert len(Backups(db).rotating()) == Backups(db).keep + 1  # bounded: one extra at most


# -- 2. a symbolic link --------------------------------------------------------------------------

def test_a_database_path_that_is_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "data" / "reader.json"
    real.parent.mkdir()
    make_db(real, tags=1)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    for i in range(2):
        with open_store(link) as store:
            store.add_tags("a", [f"via-link-{i}"])
    assert link.is_symlink()
    assert tags_of(real) == ("t0", "via-link-0", "via-link-1")
    assert not list(tmp_path.glob("link.json.*"))  # journal, lock and backups stay beside the target


# -- 3. export onto the database's own files -----------------------------------------------------

@pytest.mark.parametrize("which", ["database", "journal", "lock", "backup", "symlink", "hard link",
                                   "damaged copy", "backups folder"])
def test_export_never_writes_over_a_file_the_store_owns(tmp_path: Path, which: str, capsys) -> None:
    db = tmp_path / "reader.json"
    make_db(db)
    targets = {
        "database": db, "journal": tmp_path / "reader.json.journal", "lock": tmp_path / "reader.json.lock",
        "backup": Backups(db).all()[0], "symlink": tmp_path / "notes.md", "hard link": tmp_path / "notes2.md",
        "damaged copy": tmp_path / "reader.json.damaged-20260101T000000Z",
        "backups folder": Backups(db).folder / "notes.md",
    }
    target = targets[which]
    if which == "symlink":
        target.symlink_to(db)
    elif which == "hard link":
        os.link(db, target)
    elif which == "damaged copy":
        target.write_bytes(b"kept")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main(["export", str(SAMPLES), "-o", str(target), "--force", "--db", str(db)]) == 2
    assert "never writes over" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    assert tags_of(db) == ("t0", "t1", "t2")


def test_export_beside_the_database_still_works(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make_db(db)
    out = tmp_path / "reader-notes.md"  # a name near the database's, but not one it keeps
    assert main(["export", str(SAMPLES), "-o", str(out), "--db", str(db)]) == 0
    assert out.exists()


# -- 4. valid JSON without the schema's mark -----------------------------------------------------

@pytest.mark.parametrize("content", [b"{}", b'{"_default": {}}', b'{"something": {}}\n'])
def test_unmarked_json_beside_backups_with_data_is_damaged_not_new(tmp_path: Path, content: bytes, capsys) -> None:
    db = tmp_path / "reader.json"
    make_db(db)
    db.write_bytes(content)
    with pytest.raises(CorruptDatabaseError, match="holds no reader data"):
        open_store(db)
    assert db.read_bytes() == content
    assert run_doctor(db) == 1
    assert "DAMAGED" in capsys.readouterr().out
    assert run_doctor(db, repair=True) == 0
    assert tags_of(db) == ("t0", "t1", "t2")


@pytest.mark.parametrize("backups", [True, False])
@pytest.mark.parametrize("content", [b'{"foo": {"1": {"x": 1}}}', b'{"_default": {"1": {"a": 1}}}'])
def test_unmarked_json_with_tables_reader_never_writes_is_never_migrated(
        tmp_path: Path, content: bytes, backups: bool, capsys) -> None:
    # No table of the old layout (schema 1), only others: some other file, left as it is.
    db = tmp_path / "reader.json"
    if backups:
        make_db(db)
        (tmp_path / "reader.json.journal").unlink(missing_ok=True)
    db.write_bytes(content)
    with pytest.raises(CorruptDatabaseError, match="tables reader never writes"):
        open_store(db)
    assert db.read_bytes() == content
    assert run_doctor(db) == 1
    assert "DAMAGED" in capsys.readouterr().out


def test_a_lock_file_that_is_a_link_or_a_pipe_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    victim = tmp_path / "victim.txt"
    victim.write_text("important\n", encoding="utf-8")
    lock = tmp_path / "reader.json.lock"
    lock.symlink_to(victim)
    with pytest.raises(StoreError, match="lock file.*symbolic link"):
        open_store(db)
    assert victim.read_text(encoding="utf-8") == "important\n"
    lock.unlink()
    os.mkfifo(lock)
    with pytest.raises(StoreError, match="lock file.*not a regular file"):
        open_store(db)
    assert not db.exists()


def test_unmarked_json_without_backups_is_still_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    db.write_bytes(b"{}")
    with open_store(db) as store:
        store.add_tags("a", ["x"])
    assert tags_of(db) == ("x",)


# -- 5. a duplicate document id ------------------------------------------------------------------

def _with_twin(db: Path) -> str:
    """Hand-edit: copy the line of a note's document, changing its text; returns the repeated id."""
    lines = db.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if '"note":"first"' in line)
    doc_id = lines[n].split('"')[1]
    twin = lines[n].replace('"note":"first"', '"note":"twin"').rstrip(",\n") + ",\n"
    lines.insert(n, twin)
    db.write_text("".join(lines), encoding="utf-8")
    return doc_id


def test_a_duplicate_document_id_is_refused_reported_and_repaired_keeping_both(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_annotation("a", Anchor(0, 3, "abc", "", ""), note="first")
        store.add_annotation("a", Anchor(4, 7, "def", "", ""), note="second")
    doc_id = _with_twin(db)
    edited = db.read_bytes()
    with pytest.raises(CorruptDatabaseError, match=f"document id {doc_id} appears twice in table 'article/a'"):
        open_store(db)
    assert db.read_bytes() == edited
    assert run_doctor(db) == 1
    assert f"document id {doc_id} appears twice" in capsys.readouterr().out
    assert run_doctor(db, repair=True) == 0
    out = capsys.readouterr().out
    assert "is now document" in out
    with open_store(db) as store:
        notes = store.annotations("a")
        assert sorted(n.note for n in notes) == ["first", "second", "twin"]
        assert len({n.id for n in notes}) == 3  # each can be edited on its own
        twin = next(n for n in notes if n.note == "twin")
        store.update_annotation(twin.id, note="twin, edited")
    with open_store(db) as store:
        assert sorted(n.note for n in store.annotations("a")) == ["first", "second", "twin, edited"]
    assert list(tmp_path.glob("reader.json.damaged-*"))


def test_a_duplicate_in_a_reformatted_file_is_found_too(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    db.write_text('{"meta": {"1": {"schema": 3}}, "corrections": {"1": {"text": "A", "label": null}, '
                  '"1": {"text": "B", "label": null}}}', encoding="utf-8")
    with pytest.raises(CorruptDatabaseError, match="document id 1 appears twice in table 'corrections'"):
        open_store(db)


# -- 6. a device, a pipe, a socket ---------------------------------------------------------------

def _special(kind: str, tmp_path: Path) -> Path:
    if kind == "character device":  # a node of its own (like /dev/null): never the system's
        path = tmp_path / "null"
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        except (PermissionError, AttributeError):
            pytest.skip("cannot make a device node here")
        return path
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
        return path
    # A socket's path has a short limit (108 bytes), so not under tmp_path: a folder of its own in
    # /tmp (a name by pid alone met a stale file left by a killed run whose pid came round again).
    path = Path(tempfile.mkdtemp(prefix="reader-sock-", dir="/tmp")) / "db.sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    return path


@pytest.mark.parametrize("kind", ["character device", "fifo", "socket"])
def test_db_naming_a_device_pipe_or_socket_is_refused(tmp_path: Path, kind: str, capsys) -> None:
    path = _special(kind, tmp_path)
    try:
        mode = path.lstat().st_mode
        with pytest.raises(StoreError, match="not a database file"):
            open_store(path)
        assert main(["tag", "--db", str(path), str(SAMPLES / "en-01-port-strike.txt"), "x"]) != 0
        assert "not a database file" in capsys.readouterr().err
        assert main(["doctor", "--repair", "--db", str(path)]) != 0
        assert path.lstat().st_mode == mode and not stat.S_ISREG(mode)
        assert not Path(str(path) + ".lock").exists()
    finally:
        if kind == "socket":
            path.unlink()
            path.parent.rmdir()


def test_db_naming_a_folder_says_so(tmp_path: Path, capsys) -> None:
    with pytest.raises(StoreError, match="is a folder, not a database file"):
        open_store(tmp_path)
    assert main(["doctor", "--db", str(tmp_path)]) != 0
    assert "is a folder, not a database file" in capsys.readouterr().err


def test_doctor_explains_a_lock_file_that_stops_every_save(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=1)
    (tmp_path / "reader.json.lock").unlink()
    (tmp_path / "reader.json.lock").symlink_to(tmp_path / "elsewhere.txt")
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert "lock file) is a symbolic link" in out and "problems   none" not in out


def test_a_repair_whose_backup_copy_fails_is_still_a_repair(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "reader.json"
    make_db(db)
    db.write_bytes(b'{"meta": {"1": {"schema": 3}}, "article/a": {"1": {"kind": "art')

    def no_room(self, blob, tag=""):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Backups, "save", no_room)
    assert run_doctor(db, repair=True) == 0  # restored: the missing extra copy is said, not an error
    assert "not also kept as a backup" in capsys.readouterr().out
    monkeypatch.undo()
    assert tags_of(db) == ("t0", "t1", "t2")
