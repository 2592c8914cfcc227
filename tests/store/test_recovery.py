"""Damaged files, backups, doctor, migrations: a clear message, nothing overwritten, nothing lost."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from reader.commands import doctor
from reader.errors import CorruptDatabaseError, StoreError
from reader.model import Anchor, AnchorStatus, EntityLabel, QuoteState
from reader.store import open_store
from reader.store.backups import KEEP, Backups
from reader.store.schema import SCHEMA_VERSION


def make_db(path: Path, tags: int = 3) -> None:
    """A database holding tags t0..t{tags-1} on article 'a', each added in its own session."""
    for i in range(tags):
        with open_store(path) as store:
            store.add_tags("a", [f"t{i}"])


def run_doctor(path: Path, repair: bool = False) -> int:
    return doctor.run(argparse.Namespace(db=str(path), repair=repair))


BAD_SHAPES = {
    "garbage": b"this is not json",
    "empty": b"",
    "truncated": b'{"meta": {"1": {"schema": 2}}, "article/a": {"1": {"kind": "art',
    "not utf-8": b'{"meta": {"1": {"schema": 2, "x": "\xff\xfe"}}}',
    "a list": b"[1, 2, 3]",
    "a string": b'"reader"',
    "null": b"null",
    "table is a list": b'{"meta": {"1": {"schema": 2}}, "corrections": []}',
    "doc id not a number": b'{"meta": {"1": {"schema": 2}}, "state": {"x": {"key": "k"}}}',
    "doc not an object": b'{"meta": {"1": {"schema": 2}}, "article/a": {"1": 7}}',
    "missing keys": b'{"meta": {"1": {"schema": 2}}, "article/a": {"1": {"kind": "note", "id": "n"}}}',
    "wrong type": b'{"meta": {"1": {"schema": 2}}, "article/a": {"1": {"kind": "article", "id": "a", '
                  b'"path": "", "title": "", "fingerprint": "", "tags": "politik", "aliases": []}}}',
    "negative position": b'{"meta": {"1": {"schema": 2}}, "article/a": {"1": {"kind": "note", "id": "n", '
                         b'"label": "", "note": "", "created": "", "updated": "", '
                         b'"quote": {"exact": "", "prefix": "", "suffix": ""}, "position": {"start": -1, "end": 2}}}}',
    "unknown kind": b'{"meta": {"1": {"schema": 2}}, "article/a": {"1": {"kind": "mystery"}}}',
    "bad label": b'{"meta": {"1": {"schema": 2}}, "corrections": {"1": {"text": "x", "label": "PERSON"}}}',
    "bad schema": b'{"meta": {"1": {"schema": "two"}}}',
    "bad v1 annotation": b'{"annotations": {"1": {"article_id": "a", "start": "0", "end": 3, "exact": "abc"}}}',
}


@pytest.mark.parametrize("name", sorted(BAD_SHAPES))
def test_damaged_file_gives_one_line_message_and_is_never_overwritten(tmp_path: Path, name: str) -> None:
    db = tmp_path / "reader.json"
    if not BAD_SHAPES[name].strip():  # an empty file alone is a new database: with a backup it is damage
        make_db(db, tags=1)
    db.write_bytes(BAD_SHAPES[name])
    for readonly in (False, True):
        with pytest.raises(CorruptDatabaseError) as caught:
            open_store(db, readonly=readonly)
        message = str(caught.value)
        assert "\n" not in message
        assert str(db) in message or "reader.json" in message
        assert "reader doctor" in message
    assert db.read_bytes() == BAD_SHAPES[name]


def test_newer_schema_is_refused_but_not_called_damaged(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    content = json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}}).encode()
    db.write_bytes(content)
    with pytest.raises(StoreError, match="newer") as caught:
        open_store(db)
    assert not isinstance(caught.value, CorruptDatabaseError)
    assert db.read_bytes() == content


def test_last_five_versions_kept_as_backups(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=KEEP + 3)
    backups = Backups(db).all()
    assert len(backups) == KEEP
    newest = json.loads(backups[0].read_text(encoding="utf-8"))
    assert newest["article/a"]["1"]["tags"] == [f"t{i}" for i in range(KEEP + 3)]
    for backup in backups:
        assert oct(backup.stat().st_mode & 0o777) == oct(0o600)
        json.loads(backup.read_text(encoding="utf-8"))


def test_doctor_reports_a_healthy_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_annotation("a", Anchor(0, 3, "abc"), note="n")
        store.add_tags("a", ["x", "y"])
        store.set_correction("Nato", EntityLabel.ORG)
    assert run_doctor(db) == 0
    out = capsys.readouterr().out
    assert "reader.json" in out and "status     ok" in out
    assert f"schema     {SCHEMA_VERSION}" in out
    assert "1 article, 1 annotation" in out and "2 tags" in out and "1 correction" in out
    assert "backups    " in out and "problems   none" in out


def test_doctor_on_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_doctor(tmp_path / "none.json") == 0
    assert "no database yet" in capsys.readouterr().out
    assert run_doctor(tmp_path / "none.json", repair=True) == 0


def test_doctor_repair_restores_backup_keeps_damaged_file_and_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=3)
    with open_store(db) as store:  # a save that lives only in the journal (no compaction yet)
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["journal-only"])
    damaged = b'{"meta": {"1": {"sch'
    db.write_bytes(damaged)
    assert run_doctor(db) == 1
    assert "DAMAGED" in capsys.readouterr().out
    assert run_doctor(db, repair=True) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "status     ok" in out
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("reader.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    with open_store(db) as store:
        assert store.tags("a") == ("t0", "t1", "t2", "journal-only")
        assert store.undo() == "added tag 'journal-only'"


def test_repair_without_any_good_backup_fails_clearly(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    db.write_bytes(b"garbage")
    with pytest.raises(StoreError, match="no good backup"):
        run_doctor(db, repair=True)
    assert db.read_bytes() == b"garbage"


def test_torn_journal_tail_is_ignored_and_cut_off(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["x"])
    journal = tmp_path / "reader.json.journal"
    with open(journal, "ab") as handle:
        handle.write(b'{"tables": {"article/a": {"1": {"kind": "art')  # a write cut short by a crash
    with open_store(db) as store:
        assert store.tags("a") == ("x",)
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["y"])
    with open_store(db) as store:
        assert store.tags("a") == ("x", "y")


def test_journal_damaged_in_the_middle_is_reported_and_salvaged(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["one"])
        store.add_tags("a", ["two"])
    journal = tmp_path / "reader.json.journal"
    lines = journal.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"two", b"TWO")  # checksum no longer matches
    journal.write_bytes(b"\n".join(lines))
    with pytest.raises(CorruptDatabaseError, match="journal"):
        open_store(db)
    assert run_doctor(db, repair=True) == 0
    with open_store(db) as store:
        assert store.tags("a") == ("one",)


def test_repair_keeps_the_good_entries_after_a_damaged_one(tmp_path: Path, capsys) -> None:
    """Each journal entry holds whole tables: the entries after a damaged one are still right."""
    from reader.model import Anchor

    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        for word in ("NOTE1", "NOTE2", "NOTE3"):
            store.add_annotation("a", Anchor(0, 1, "x"), note=word)
        store.add_tags("b", ["only-in-the-damaged-entry"])
        store.add_tags("c", ["after"])
    journal = tmp_path / "reader.json.journal"
    lines = journal.read_bytes().split(b"\n")
    damaged = next(k for k, line in enumerate(lines) if b"only-in-the-damaged-entry" in line)
    lines[damaged] = lines[damaged].replace(b"only-in", b"ONLY-IN")
    second = next(k for k, line in enumerate(lines) if b"NOTE2" in line and b"NOTE3" not in line)
    lines[second] = lines[second].replace(b"NOTE2", b"XNOTE2")
    journal.write_bytes(b"\n".join(lines))
    capsys.readouterr()
    assert run_doctor(db, repair=True) == 0
    out = capsys.readouterr()
    assert "left out 2 damaged entries" in out.out + out.err
    with open_store(db) as store:
        assert sorted(n.note for n in store.annotations("a")) == ["NOTE1", "NOTE2", "NOTE3"]
        assert store.tags("c") == ("after",)
        assert store.tags("b") == ()  # only the damaged entry held it
    assert list(tmp_path.glob("reader.json.journal.damaged-*"))


def test_stray_temp_files_are_removed_on_open(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=1)
    strays = [tmp_path / ".reader.json.tmp-999-abcd", tmp_path / ".reader.json.journal.tmp-999-abcd",
              tmp_path / "reader.json.backups" / ".reader-x.json.tmp-999-abcd"]
    for stray in strays:
        stray.write_bytes(b"half a file")
    unrelated = tmp_path / ".other.tmp-1"
    unrelated.write_bytes(b"keep")
    with open_store(db) as store:
        assert store.tags("a") == ("t0",)
    assert not any(s.exists() for s in strays)
    assert unrelated.exists()


def test_stale_journal_after_interrupted_compaction_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["x"])
        storage = store._storage
        old_journal = (tmp_path / "reader.json.journal").read_bytes()
        storage.compact()  # then pretend the journal rename never happened:
    (tmp_path / "reader.json.journal").write_bytes(old_journal)
    with open_store(db) as store:
        assert store.tags("a") == ("x",)
        store.add_tags("a", ["y"])
    with open_store(db) as store:
        assert store.tags("a") == ("x", "y")


def write_v1(path: Path) -> None:
    """A schema-1 database written by TinyDB's own default storage."""
    from tinydb import TinyDB

    with TinyDB(path, encoding="utf-8", ensure_ascii=False) as db:
        db.table("meta").insert({"schema": 1})
        db.table("articles").insert({"id": "a1", "path": "/lib/a1.txt", "title": "Æblerne", "tags": ["økonomi", "sport"]})
        db.table("articles").insert({"id": "a2", "path": "/lib/a2.txt", "title": "Two", "tags": []})
        db.table("annotations").insert({
            "id": "n1", "article_id": "a1", "start": 4, "end": 9, "exact": "æbler", "prefix": "God ",
            "suffix": " i år", "note": "tjek prisen", "label": "verify",
            "created": "2024-01-02T03:04:05Z", "updated": "2024-01-03T03:04:05Z",
        })
        db.table("annotations").insert({"article_id": "a2", "start": 0, "end": 3, "exact": "Two"})
        db.table("quotes").insert({"article_id": "a1", "start": 10, "end": 20, "exact": "citat her.",
                                   "prefix": "", "suffix": "", "state": "verified"})
        db.table("corrections").insert({"text": "Nato", "label": "ORG"})


def test_migration_from_schema_1(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    write_v1(db)
    original = db.read_bytes()
    with open_store(db, readonly=True) as store:  # read-only: upgraded in memory, file untouched
        assert store.tags("a1") == ("økonomi", "sport")
    assert db.read_bytes() == original
    with open_store(db) as store:
        assert store.tags("a1") == ("økonomi", "sport")
        (note,) = store.annotations("a1")
        assert (note.id, note.note, note.label, note.anchor.exact, note.anchor.prefix) == (
            "n1", "tjek prisen", "verify", "æbler", "God ")
        assert note.created == "2024-01-02T03:04:05Z" and note.status is AnchorStatus.EXACT
        (other,) = store.annotations("a2")
        assert len(other.id) == 32 and other.updated == other.created
        assert store.quote_states("a1") == {(10, 20): QuoteState.VERIFIED}
        assert [(c.text, c.label) for c in store.corrections()] == [("Nato", EntityLabel.ORG)]
        assert store.annotation_counts() == {"a1": 1, "a2": 1}
    data = json.loads(db.read_text(encoding="utf-8"))
    assert data["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert "annotations" not in data and "article/a1" in data
    assert {d["article_id"] for d in data["article/a1"].values() if d["kind"] != "article"} == {"a1"}
    kept = [p for p in Backups(db).all() if "before-migration" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == original


def test_migration_from_schema_2_names_the_article_in_each_note(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    note = {"kind": "note", "id": "n1", "label": "", "note": "tjek", "created": "2025-01-01T00:00:00Z",
            "updated": "2025-01-01T00:00:00Z", "quote": {"exact": "Vejle", "prefix": "", "suffix": ""},
            "position": {"start": 0, "end": 5}, "placed": {"status": "exact"}}
    article = {"kind": "article", "id": "a1", "path": "", "title": "", "fingerprint": "", "tags": ["x"],
               "aliases": []}
    db.write_text(json.dumps({"meta": {"1": {"schema": 2, "created": "2025-01-01T00:00:00Z"}},
                              "article/a1": {"1": article, "2": note}}), encoding="utf-8")
    with open_store(db) as store:
        assert [n.note for n in store.annotations("a1")] == ["tjek"] and store.tags("a1") == ("x",)
        from reader.model import Anchor

        store.add_annotation("a1", Anchor(0, 5, "Vejle"), note="ny")
    data = json.loads(db.read_text(encoding="utf-8"))
    if (tmp_path / "reader.json.journal").exists():  # the newest note may still be in the journal
        with open_store(db):
            pass
        data = json.loads(db.read_text(encoding="utf-8"))
    meta = data["meta"]["1"]
    assert meta["schema"] == SCHEMA_VERSION == 3 and meta["migrated_from"] == 2
    notes = [d for d in data["article/a1"].values() if d["kind"] == "note"]
    assert len(notes) == 2 and {d["article_id"] for d in notes} == {"a1"}


def test_migration_keeps_unknown_tables(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    db.write_text(json.dumps({"articles": {}, "mine": {"1": {"x": 1}}}), encoding="utf-8")
    with open_store(db):
        pass
    assert json.loads(db.read_text(encoding="utf-8"))["mine"] == {"1": {"x": 1}}


def test_readonly_open_does_not_clean_or_write(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=1)
    stray = tmp_path / ".reader.json.tmp-1-ab"
    stray.write_bytes(b"x")
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir() if p.is_file()}
    with open_store(db, readonly=True) as store:
        assert store.tags("a") == ("t0",)
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir() if p.is_file()} == before
    assert os.path.exists(stray)


def test_damaged_journal_header_is_not_mistaken_for_an_old_journal(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["x"])
    journal = tmp_path / "reader.json.journal"
    journal.write_bytes(b"X" + journal.read_bytes()[1:])
    with pytest.raises(CorruptDatabaseError, match="first line"):
        open_store(db)
    assert run_doctor(db) == 1


def test_doctor_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    db = tmp_path / "reader.json"
    make_db(db, tags=2)
    assert main(["doctor", "--db", str(db)]) == 0
    db.write_text("[]", encoding="utf-8")
    assert main(["doctor", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and "not an object of tables" in out
    assert main(["doctor", "--repair", "--db", str(db)]) == 0
    with open_store(db) as store:
        assert store.tags("a") == ("t0", "t1")
    db.write_text("[]", encoding="utf-8")
    for backup in Backups(db).all():
        backup.write_text("{broken", encoding="utf-8")
    assert main(["doctor", "--repair", "--db", str(db)]) == 2  # a one-line error, no traceback
    err = capsys.readouterr().err
    assert err.startswith("reader: error:") and "no good backup" in err and err.count("\n") == 1


MALFORMED_CHANGES = {
    "put without fields": {"op": "put"},
    "put of a broken note": {"op": "put", "article": "a", "kind": "note", "id": "n", "before": None,
                             "after": {"kind": "note", "id": "n"}},
    "tags without lists": {"op": "tags", "article": "a", "add": "x"},
    "correction without sides": {"op": "correction", "text": "Nato"},
    "unknown op": {"op": "teleport"},
    "not an object": "put",
}


@pytest.mark.parametrize("name", sorted(MALFORMED_CHANGES))
def test_doctor_catches_malformed_history_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=2)
    data = json.loads(db.read_text(encoding="utf-8"))
    entry = data["history/2"]["1"]
    entry["changes"] = [MALFORMED_CHANGES[name]]
    db.write_text(json.dumps(data), encoding="utf-8")
    damaged = db.read_bytes()
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and "history/2" in out
    with pytest.raises(CorruptDatabaseError, match="history/2"):
        open_store(db)
    assert db.read_bytes() == damaged
    assert run_doctor(db, repair=True) == 0
    assert "status     ok" in capsys.readouterr().out
    with open_store(db) as store:  # the newest good backup, with its undo history intact
        assert store.tags("a") == ("t0", "t1")
        assert store.undo() == "added tag 't1'"
        assert store.tags("a") == ("t0",)


def deny_reading(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Opening ``paths`` fails as it does for a file of mode 000 (root is not stopped by chmod)."""
    import builtins
    import errno

    denied = {str(p) for p in paths}
    real_os_open, real_open = os.open, builtins.open

    def refuse(path: object) -> None:
        if isinstance(path, (str, os.PathLike)) and os.fspath(path) in denied:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))

    def os_open(path: object, *args: object, **kwargs: object) -> int:
        refuse(path)
        return real_os_open(path, *args, **kwargs)  # type: ignore[arg-type]

    def py_open(file: object, *args: object, **kwargs: object) -> object:
        refuse(file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(builtins, "open", py_open)


@pytest.mark.parametrize("unreadable", ["reader.json", "reader.json.journal"])
def test_unreadable_database_is_not_damage_and_repair_never_touches_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], unreadable: str
) -> None:
    from reader.cli import main
    from reader.store.repair import repair

    db = tmp_path / "reader.json"
    make_db(db, tags=3)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    article = tmp_path / "story.txt"
    article.write_text("Overskrift\n\nEn kort tekst om sagen.\n", encoding="utf-8")
    deny_reading(monkeypatch, tmp_path / unreadable)
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert f"cannot read {tmp_path / unreadable}: permission denied (check the file's permissions)" in out
    assert "DAMAGED" not in out
    assert run_doctor(db, repair=True) == 1
    out = capsys.readouterr().out
    assert "nothing was changed" in out and "repair: restored" not in out and "repair: moved" not in out
    with pytest.raises(StoreError, match="cannot read .*permission denied"):
        repair(db)
    assert main(["doctor", "--repair", "--db", str(db)]) == 1
    assert main(["tag", "--db", str(db), str(article), "x"]) == 2  # one line, no traceback
    err = capsys.readouterr().err
    assert err.startswith("reader: error:") and "permission denied" in err and err.count("\n") == 1
    monkeypatch.undo()
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name in before} == before
    with open_store(db) as store:
        assert store.tags("a") == ("t0", "t1", "t2")


def _strip_header(db: Path) -> bytes:
    data = json.loads(db.read_text(encoding="utf-8"))
    del data["_storage"]
    db.write_text(json.dumps(data), encoding="utf-8")
    return db.read_bytes()


def test_database_without_its_header_table_just_works_when_the_journal_holds_no_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=2)
    edited = _strip_header(db)
    assert run_doctor(db) == 0
    out = capsys.readouterr().out
    assert "status     ok" in out and "problems   none" in out and "'_storage'" in out
    with open_store(db) as store:
        assert store.tags("a") == ("t0", "t1")
        store.add_tags("a", ["after"])  # was: "... has not been created"
    with open_store(db) as store:
        assert store.tags("a") == ("t0", "t1", "after")
        assert store.undo() == "added tag 'after'"
    assert any(b.read_bytes() == edited for b in Backups(db).all())  # the file as it was is kept
    assert run_doctor(db) == 0


def test_database_without_its_header_table_and_journal_changes_is_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=2)
    with open_store(db) as store:  # a save that lives only in the journal
        store._storage.close = store._storage.release  # type: ignore[method-assign]
        store.add_tags("a", ["journal-only"])
    edited = _strip_header(db)
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and "'_storage' is missing" in out
    with pytest.raises(CorruptDatabaseError, match="_storage"):
        open_store(db)
    assert db.read_bytes() == edited
    assert run_doctor(db, repair=True) == 0
    assert "restored" in capsys.readouterr().out
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("reader.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == edited
    with open_store(db) as store:
        assert store.tags("a") == ("t0", "t1", "journal-only")


def test_empty_file_alone_is_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "reader.json"
    db.touch()
    assert run_doctor(db) == 0
    out = capsys.readouterr().out
    assert "status     ok" in out and "DAMAGED" not in out and "empty" in out
    with open_store(db, readonly=True) as store:
        assert store.all_tags() == {}
    assert db.read_bytes() == b""  # read-only writes nothing
    with open_store(db) as store:
        store.add_tags("a", ["x"])
    with open_store(db) as store:
        assert store.tags("a") == ("x",)
    assert run_doctor(db) == 0
    assert not [b for b in Backups(db).all() if b.stat().st_size == 0]


def test_repair_of_an_empty_file_without_a_good_backup_starts_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "reader.json"
    make_db(db, tags=1)
    for backup in Backups(db).all():
        backup.write_text("{broken", encoding="utf-8")
    db.write_bytes(b"")
    assert run_doctor(db) == 1
    capsys.readouterr()
    assert run_doctor(db, repair=True) == 0
    out = capsys.readouterr().out
    assert "started a new, empty database" in out and "status     ok" in out
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("reader.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == b""
    assert sum(b.read_bytes() == b"{broken" for b in Backups(db).all()) == 2  # kept
    with open_store(db) as store:
        store.add_tags("a", ["fresh"])
        assert store.tags("a") == ("fresh",)
