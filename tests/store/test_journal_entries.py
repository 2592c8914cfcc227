"""Journal entries that hold the documents changed since the snapshot instead of whole tables.

A save on an article with many notes writes the notes changed since the last compaction, not
the article's whole table; replay gives back the very tables memory held (order included), and
a damaged entry loses nothing that a later entry about the same table held (issue 12, point 3).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from reader.commands import doctor
from reader.model import Anchor
from reader.store import check, open_store
from reader.store.schema import article_table

ARTICLE = "a" * 12
NOTES = 12


def _entries(db: Path) -> list[dict[str, Any]]:
    """The journal's entries after its header line."""
    data = db.with_name(db.name + ".journal").read_bytes().rstrip(b"\0")
    return [json.loads(line.rpartition(b"\t")[0]) for line in data.split(b"\n")[1:] if line]


def _with_notes(db: Path) -> None:
    """A database whose article holds NOTES notes, all in the snapshot (the journal empty)."""
    with open_store(db) as store:
        for i in range(NOTES):
            store.add_annotation(ARTICLE, Anchor(i, i + 1, "x"), note=f"old {i}")
    assert _entries(db) == []  # compacted on close: all in the snapshot


def _tables(store: Any) -> dict[str, list[tuple[str, Any]]]:
    """Every table of an open store as (id, document) pairs in their order."""
    tables = store._storage.read()
    return {name: list(tables[name].items()) for name in sorted(dict.keys(tables))}


def _no_compaction(store: Any) -> None:
    store._storage.close = store._storage.release  # leave the journal as it is


def test_a_note_added_journals_the_documents_changed_since_the_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    _with_notes(db)
    with open_store(db) as store:
        _no_compaction(store)
        first = store.add_annotation(ARTICLE, Anchor(0, 1, "x"), note="NEW1")
        second = store.add_annotation(ARTICLE, Anchor(0, 1, "x"), note="NEW2")
        live = _tables(store)
    entries = _entries(db)
    name = article_table(ARTICLE)
    assert "tables" not in entries[-1] and name not in entries[-1]["whole"]
    ids = [[doc["id"] for doc in entry["docs"][name].values()] for entry in entries if name in entry.get("docs", {})]
    assert ids == [[first.id], [first.id, second.id]]  # the later one restores the earlier
    with open_store(db, readonly=True) as store:
        assert _tables(store) == live  # replay gives the same tables, in the same order
    assert check.inspect(db).counts["annotations"] == NOTES + 2  # reader doctor reads them too


def test_each_entry_restores_what_an_earlier_damaged_one_held(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    _with_notes(db)
    with open_store(db) as store:
        _no_compaction(store)
        for word in ("NOTE1", "NOTE2", "NOTE3"):
            store.add_annotation(ARTICLE, Anchor(0, 1, "x"), note=word)
    journal = tmp_path / "reader.json.journal"
    lines = journal.read_bytes().split(b"\n")
    second = next(k for k, line in enumerate(lines) if b"NOTE2" in line and b"NOTE3" not in line)
    assert b'"docs"' in lines[second]
    lines[second] = lines[second].replace(b"NOTE2", b"XNOTE2")
    journal.write_bytes(b"\n".join(lines))
    assert doctor.run(argparse.Namespace(db=str(db), repair=True)) == 0
    assert "left out 1 damaged entry" in capsys.readouterr().out
    with open_store(db) as store:
        notes = sorted(n.note for n in store.annotations(ARTICLE) if n.note.startswith("NOTE"))
        assert notes == ["NOTE1", "NOTE2", "NOTE3"]


def test_another_process_s_entries_count_into_the_next_one(tmp_path: Path) -> None:
    """Two stores on one file (as two processes): the second's entry also holds the note the
    first saved, so a damaged entry of the first loses nothing."""
    db = tmp_path / "reader.json"
    _with_notes(db)
    one, two = open_store(db), open_store(db)
    try:
        _no_compaction(one)
        _no_compaction(two)
        first = one.add_annotation(ARTICLE, Anchor(0, 1, "x"), note="from one")
        second = two.add_annotation(ARTICLE, Anchor(0, 1, "x"), note="from two")
        assert _tables(one) != _tables(two)
        one.refresh()
        assert _tables(one) == _tables(two)
    finally:
        one.close()
        two.close()
    last = _entries(db)[-1]["docs"][article_table(ARTICLE)]
    assert [doc["id"] for doc in last.values()] == [first.id, second.id]


def test_replay_equals_memory_after_mixed_changes(tmp_path: Path) -> None:
    """Adds, edits, deletes, tags, undo and redo from two stores: the file read afresh holds
    exactly the tables the stores hold, in the same order."""
    db = tmp_path / "reader.json"
    _with_notes(db)
    one, two = open_store(db), open_store(db)
    try:
        _no_compaction(one)
        _no_compaction(two)
        a = one.add_annotation(ARTICLE, Anchor(0, 1, "x"), note="a")
        two.add_annotation(ARTICLE, Anchor(1, 2, "x"), note="b")
        one.update_annotation(a.id, note="a, edited")
        two.add_tags(ARTICLE, ["t"])
        one.add_annotation(ARTICLE, Anchor(2, 3, "x"), note="c")
        one.undo()
        one.undo()
        one.redo()
        c = two.add_annotation(ARTICLE, Anchor(3, 4, "x"), note="d")
        two.delete_annotation(c.id)
        one.add_annotation(ARTICLE, Anchor(4, 5, "x"), note="e")
        one.refresh()
        two.refresh()
        assert _tables(one) == _tables(two)
        with open_store(db, readonly=True) as fresh:
            assert _tables(fresh) == _tables(one)
    finally:
        one.close()
        two.close()


def test_a_table_goes_whole_when_half_changed_and_stays_whole() -> None:
    from reader.store import journalentries

    table = {str(i): {"n": i} for i in range(1, 7)}
    entry, since = journalentries.build({"t": table}, {"t"}, {"t": {"6"}}, {})
    assert entry == {"whole": {}, "docs": {"t": {"6": {"n": 6}}}} and since == {"t": {"6"}}
    entry, since = journalentries.build({"t": table}, {"t"}, {"t": {"5"}}, {"t": {"6"}})
    assert entry["docs"]["t"] == {"5": {"n": 5}, "6": {"n": 6}}  # the earlier one again
    entry, since = journalentries.build({"t": table}, {"t"}, {"t": {"4"}}, {"t": {"5", "6"}})
    assert entry == {"tables": {"t": table}} and since == {"t": None}  # half of it: whole
    entry, _ = journalentries.build({"t": table}, {"t"}, {"t": {"6"}}, {"t": None})
    assert entry == {"tables": {"t": table}}  # whole until the next compaction


def test_fold_sets_documents_in_the_entry_s_order_and_refuses_a_missing_table() -> None:
    import pytest

    from reader.store import journalentries

    snapshot = {"t": {"1": {"a": 1}, "2": {"a": 2}}}
    since: journalentries.Since = {}
    folded = journalentries.fold([{"whole": {}, "docs": {"t": {"2": {"a": 20}, "10": {"a": 10}, "3": {"a": 3}}}}],
                                 snapshot.get, since)
    assert list(folded["t"].items()) == [("1", {"a": 1}), ("2", {"a": 20}), ("10", {"a": 10}), ("3", {"a": 3})]
    assert snapshot["t"] == {"1": {"a": 1}, "2": {"a": 2}} and since == {"t": {"2", "3", "10"}}
    with pytest.raises(ValueError, match="missing"):
        journalentries.fold([{"whole": {}, "docs": {"gone": {"1": {}}}}], snapshot.get)
    with pytest.raises(ValueError, match="without tables"):
        journalentries.fold([{"docs": {}}], snapshot.get)


def test_an_odd_document_id_from_another_writer_makes_the_table_whole() -> None:
    """Ids are checked as they come in (a save checks only its own, not the whole set again): an
    entry of another process with an id that is not a number makes the table go whole."""
    from reader.store import journalentries

    table = {str(i): {"n": i} for i in range(1, 9)}
    since: journalentries.Since = {}
    journalentries.fold([{"whole": {}, "docs": {"t": {"x1": {"n": 0}}}}], {"t": table}.get, since)
    assert since == {"t": None}
    entry, after = journalentries.build({"t": table}, {"t"}, {"t": {"8"}}, since)
    assert entry == {"tables": {"t": table}} and after == {"t": None}
