"""The store's messages name the right thing: the lock, the backups folder, a huge note, deep nesting."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands import doctor
from reader.errors import NoteTooLongError, StoreError
from reader.model import Anchor
from reader.store import open_store
from reader.store.backups import Backups
from reader.store.editing import MAX_NOTE_BYTES

SAMPLE = Path(__file__).resolve().parents[2] / "sample_articles" / "en-01-port-strike.txt"


def run_doctor(path: Path, repair: bool = False) -> int:
    return doctor.run(argparse.Namespace(db=str(path), repair=repair))


def test_an_unreadable_lock_file_is_named(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "reader.json"
    open_store(db).close()
    real_open = os.open

    def denied(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError) as caught:
        open_store(db)
    message = str(caught.value)
    assert "reader.json.lock" in message and "lock file" in message and "\n" not in message


def _deny_backups(monkeypatch, db: Path) -> None:
    real_listdir = os.listdir
    folder = str(Backups(db).folder)

    def listdir(path=".", *args):  # type: ignore[no-untyped-def]
        if str(path) == folder:
            raise PermissionError(13, "Permission denied", folder)
        return real_listdir(path, *args)

    monkeypatch.setattr(os, "listdir", listdir)


def test_an_unreadable_backups_folder_is_a_problem_for_doctor_and_a_warning_on_start(
        tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["x"])
        assert store.warnings == []
    _deny_backups(monkeypatch, db)
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert "cannot read the backups folder" in out and "backups are not being kept" in out
    with open_store(db) as store:
        assert any("backups are not being kept" in w for w in store.warnings)
    assert main(["tag", "--db", str(db), str(SAMPLE), "y"]) == 0
    assert "warning: cannot read the backups folder" in capsys.readouterr().err


def test_a_database_on_a_read_only_disk_is_read_and_never_called_unreadable(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["x"])
    folder, real_access = str(Backups(db).folder), os.access

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        return False if str(path) == folder and mode & os.W_OK else real_access(path, mode, *args, **kwargs)

    class ReadOnly:
        f_flag = os.ST_RDONLY

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnly())
    assert run_doctor(db) == 1
    out = capsys.readouterr().out
    assert "CANNOT READ" not in out and "1 article" in out and "not damaged, but see the problems below" in out
    assert "cannot write to the backups folder" in out and "(read-only file system)" in out


def test_a_note_over_one_megabyte_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    anchor = Anchor(0, 3, "abc", "", "")
    with open_store(db) as store:
        fits = store.add_annotation("a", anchor, note="x" * MAX_NOTE_BYTES)  # exactly 1 MB is fine
        with pytest.raises(NoteTooLongError, match="at most 1 MB"):
            store.add_annotation("a", anchor, note="x" * (MAX_NOTE_BYTES + 1))
        with pytest.raises(NoteTooLongError, match="1.2 MB"):
            store.add_annotation("a", anchor, note="æ" * 600_000)  # counted in bytes, as saved
        with pytest.raises(NoteTooLongError):
            store.update_annotation(fits.id, note="y" * (2 * MAX_NOTE_BYTES))
    with open_store(db) as store:
        [kept] = store.annotations("a")
        assert kept.note == "x" * MAX_NOTE_BYTES


def _nest(db: Path, depth: int) -> None:
    """Hand-edit: the saved UI state's value becomes a list nested ``depth`` deep."""
    text = db.read_text(encoding="utf-8")
    assert '"value":1' in text
    db.write_text(text.replace('"value":1', '"value":' + "[" * depth + "]" * depth), encoding="utf-8")


def test_a_document_nested_a_thousand_deep_gives_one_line_never_an_internal_error(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.set_state("k", 1)
        store.add_tags("a", ["x"])
    _nest(db, 1000)
    with open_store(db) as store:  # reads work; a save elsewhere works; closing never fails
        assert store.tags("a") == ("x",)
        store.add_tags("b", ["y"])
        with pytest.raises(StoreError, match="state/1 cannot be saved again: it is nested too deeply"):
            store.set_state("other", 2)  # the table holding the deep document is written whole
        assert store.get_state("other") is None
    assert main(["tag", "--db", str(db), str(SAMPLE), "z"]) == 0
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert run_doctor(db) == 1
    assert "nested too deeply" in capsys.readouterr().out
    assert run_doctor(db, repair=True) == 0
    with open_store(db) as store:
        assert store.tags("a") == ("x",) and store.tags("b") == ("y",)
        store.set_state("k", 3)
