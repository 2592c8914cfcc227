"""A journal whose first line (the version of the file it continues) is damaged, its entries
intact: ``doctor --repair`` keeps the entries when the file lacks what they hold, and leaves
them out when the file already holds it (a compaction stopped before its new journal)."""

from __future__ import annotations

import os
from pathlib import Path

from reader.model import Anchor
from reader.store import open_store, repair


def _notes(db: Path) -> list[str]:
    with open_store(db, readonly=True) as store:
        return [a.note for a in store.annotations("x")]


def _damage_first_line(journal: Path) -> None:
    data = bytearray(journal.read_bytes())
    data[5:15] = b"XXXXXXXXXX"
    journal.write_bytes(bytes(data))


def _with_notes_in_the_journal(db: Path) -> None:
    with open_store(db) as store:
        store.add_tags("x", ["kept"])
    store = open_store(db)
    for n in range(3):
        store.add_annotation("x", Anchor(0, 3, "abc", "", ""), note=f"note {n}")
    store._storage.release()  # as if killed: the notes are in the journal only


def test_notes_after_a_damaged_first_line_are_kept_by_repair(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    _with_notes_in_the_journal(db)
    _damage_first_line(tmp_path / "reader.json.journal")
    done = repair.repair(db)
    assert _notes(db) == ["note 0", "note 1", "note 2"]
    assert any("first line is damaged" in line for line in done)


def test_entries_the_file_already_holds_are_left_out(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    _with_notes_in_the_journal(db)
    journal = tmp_path / "reader.json.journal"
    old = journal.read_bytes()
    with open_store(db) as store:  # compacts as it closes: the file holds the notes now
        store.add_tags("x", ["more"])
        store.remove_tags("x", ["more"])
    journal.write_bytes(old)
    _damage_first_line(journal)
    repair.repair(db)
    assert _notes(db) == ["note 0", "note 1", "note 2"]
    with open_store(db, readonly=True) as store:
        assert store.tags("x") == ("kept",)
    assert not [p for p in os.listdir(tmp_path) if p.startswith("reader.json.damaged")]
