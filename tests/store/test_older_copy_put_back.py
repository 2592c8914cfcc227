"""An older copy of the database put back over the newer one while its journal holds changes
(an editor saving the buffer it read before the app saved notes, a copy from elsewhere): the
journal's notes are never dropped in silence. Opening refuses in one line, doctor names it, and
``doctor --repair`` brings back the version the journal continues and its changes, keeping the
older copy."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from reader.commands import doctor
from reader.errors import CorruptDatabaseError
from reader.model import Anchor
from reader.store import open_store, repair


def _note(store, article: str, text: str) -> None:  # noqa: ANN001 - a Store
    store.add_annotation(article, Anchor(0, 3, "abc", "", ""), note=text)


def _notes(db: Path) -> dict[str, list[str]]:
    with open_store(db, readonly=True) as store:
        return {article: [a.note for a in store.annotations(article)] for article in "ab"}


def _put_back_an_older_copy(db: Path) -> None:
    with open_store(db) as store:
        _note(store, "a", "first")
    buffer = db.read_bytes()  # an editor reads the file
    with open_store(db) as store:  # the app saves a note (compacted when it closes)
        _note(store, "a", "saved after the editor read the file")
    app = open_store(db)
    try:
        _note(app, "b", "saved in the journal")
        (db.parent / "buffer").write_bytes(buffer.replace(b'"first"', b'"first, edited"'))
        os.replace(db.parent / "buffer", db)  # the editor writes its buffer back
        with pytest.raises(CorruptDatabaseError, match="older than its journal"):
            _note(app, "b", "one more")  # the next save refuses rather than drop the journal
    finally:
        app.close()


def test_an_older_copy_is_refused_in_one_line_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    _put_back_an_older_copy(db)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(db)
    message = str(caught.value)
    assert "\n" not in message and "older than its journal" in message and "reader doctor --repair" in message
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_doctor_names_it_and_repair_brings_every_note_back(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "reader.json"
    _put_back_an_older_copy(db)
    assert doctor.run(argparse.Namespace(db=str(db), repair=False)) == 1
    assert "lacks" in capsys.readouterr().out
    done = repair.repair(db)
    assert any("older copy" in line for line in done)
    assert _notes(db) == {"a": ["first", "saved after the editor read the file"], "b": ["saved in the journal"]}
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("reader.json.damaged-")]
    assert len(kept) == 1 and b"first, edited" in kept[0].read_bytes()  # the hand edit is kept too


def test_an_older_copy_put_back_after_the_app_closed_is_found_by_its_backups(tmp_path: Path) -> None:
    """The journal holds no changes then (the app compacted as it closed), but the newest backup
    is the version it continues, and the file an older backup's."""
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        _note(store, "a", "first")
    buffer = db.read_bytes()
    with open_store(db) as store:
        _note(store, "b", "saved, then compacted as the app closed")
    db.write_bytes(buffer)  # written in place, as some editors do
    with pytest.raises(CorruptDatabaseError, match="older than its journal"):
        open_store(db)
    repair.repair(db)
    assert _notes(db) == {"a": ["first"], "b": ["saved, then compacted as the app closed"]}


def test_a_compaction_stopped_before_its_new_journal_still_opens(tmp_path: Path) -> None:
    """The other way a journal can continue another version: the new file written, the old
    journal (whose changes it holds) not yet replaced. That is no older copy."""
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        _note(store, "a", "first")
    app = open_store(db)
    _note(app, "b", "in the journal")
    old_journal = (tmp_path / "reader.json.journal").read_bytes()
    app.close()  # compacts: a new file, then a new journal
    (tmp_path / "reader.json.journal").write_bytes(old_journal)  # as if stopped between the two
    assert _notes(db) == {"a": ["first"], "b": ["in the journal"]}
    assert repair.repair(db) == []
