"""Opening decodes only what is read: the snapshot's table of contents (``_index``), tables decoded
on first read, damage found then, summaries kept in the file, undecoded tables copied as they are."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from reader.commands import doctor
from reader.errors import CorruptDatabaseError
from reader.model import Anchor
from reader.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def make(db: Path, undoable: bool = True) -> None:
    """Articles a, b, c with a note each (c's note is "x"), b tagged; closed (compacted)."""
    with open_store(db) as store:
        store.undoable = undoable
        store.add_annotation("a", Anchor(0, 3, "abc", "", ""), note="first")
        store.add_annotation("b", Anchor(0, 3, "abc", "", ""), note="second")
        store.add_tags("b", ["politik"])
        store.add_annotation("c", Anchor(0, 3, "abc", "", ""), note="x")


def index_of(blob: bytes) -> dict:
    """The ``_index`` table of a snapshot (parsed whole, as a person or another tool would)."""
    return json.loads(blob)["_index"]


def files(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(db.parent.iterdir()) if p.is_file()}


def test_a_table_damaged_on_disk_is_reported_when_first_read_and_nothing_is_overwritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "reader.json"
    make(db, undoable=False)  # the note's text only in its table (not in an undo entry too)
    blob = db.read_bytes()
    assert blob.count(b'"note":"second"') == 1
    db.write_bytes(blob.replace(b'"note":"second"', b'"note":"secoNd"'))  # a flipped bit: same length
    before = files(db)
    store = open_store(db)
    assert store.annotations("a")[0].note == "first"  # other articles read as usual
    for action in (lambda: store.annotations("b"), lambda: store.add_tags("b", ["more"]),
                   lambda: store.add_annotation("b", Anchor(0, 1, "a"), note="lost")):
        with pytest.raises(CorruptDatabaseError) as caught:
            action()
        message = str(caught.value)
        assert "\n" not in message and "'article/b'" in message and "checksum" in message
    store.add_tags("a", ["kept"])  # saving elsewhere still works: it goes to the journal
    store.close()  # a compaction would have to copy the damaged table: it writes nothing
    after = files(db)
    assert after["reader.json"] == before["reader.json"]
    with open_store(db) as again:
        assert again.tags("a") == ("kept",)
    assert doctor.run(argparse.Namespace(db=str(db), repair=False)) == 1  # doctor agrees
    assert "article/b" in capsys.readouterr().out


@pytest.mark.parametrize("edit", ["reindented", "one space more"])
def test_a_hand_reformatted_snapshot_still_opens_and_gets_its_index_back(tmp_path: Path, edit: str) -> None:
    db = tmp_path / "reader.json"
    make(db)
    text = db.read_text(encoding="utf-8")
    if edit == "reindented":  # an editor's "format document": the index's offsets mean nothing now
        db.write_text(json.dumps(json.loads(text), indent=4, ensure_ascii=False), encoding="utf-8")
    else:  # a length changed by hand: the index no longer points at the tables
        db.write_text(text.replace('"note":"second"', '"note": "second, edited"'), encoding="utf-8")
    with open_store(db) as store:
        assert [n.note for n in store.annotations("b")] == ["second" if edit == "reindented" else "second, edited"]
        assert store.tags("b") == ("politik",) and store.annotation_counts() == {"a": 1, "b": 1, "c": 1}
        store.add_tags("c", ["new"])
    index = index_of(db.read_bytes())  # written again at the compaction on close
    tables = {entry["table"] for entry in index.values() if "table" in entry}
    assert {"article/a", "article/b", "article/c", "meta"} <= tables


def test_summaries_are_kept_in_the_snapshot_and_right_after_replaying_another_process(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make(db)
    summaries = {e["table"]: e["summary"] for e in index_of(db.read_bytes()).values() if "summary" in e}
    assert summaries["article/b"]["article"]["tags"] == ["politik"]
    assert [summaries[f"article/{a}"]["count"] for a in "abc"] == [1, 1, 1]
    watching = open_store(db)
    other = (f"from reader.store import open_store; from reader.model import Anchor\n"
             f"s = open_store({str(db)!r}); s.add_tags('b', ['sport']); s.add_tags('c', ['kultur'])\n"
             f"s.add_annotation('a', Anchor(4, 7, 'def', '', ''), note='later')\n"
             f"s._storage.release()  # no compaction: the change lives in the journal only\n")
    subprocess.run([sys.executable, "-c", other], check=True, cwd=ROOT)
    assert json.loads(db.read_bytes())["_index"] == index_of(db.read_bytes())  # snapshot untouched
    assert watching.refresh()
    for store in (watching, open_store(db)):
        assert store.tags("b") == ("politik", "sport") and store.tags("c") == ("kultur",)
        assert store.annotation_counts() == {"a": 2, "b": 1, "c": 1}
        assert store.all_tags() == {"kultur": 1, "politik": 1, "sport": 1}
        later = [n for n in store.annotations("a") if n.note == "later"][0]
        assert store.annotation(later.id).article_id == "a"
        store.close()


def _replace_table_text(blob: bytes, name: str, old: bytes, new: bytes) -> bytes:
    """The snapshot with ``old`` replaced by ``new`` inside table ``name`` (the last data table),
    its index entry's range and CRC and the index's own offset made to match."""
    index = index_of(blob)
    entry = next(e for e in index.values() if e.get("table") == name)
    start, value, end = entry["at"]
    text = blob[start:end]
    assert text.count(old) == 1
    changed = text.replace(old, new)
    at = index["1"]["at"]
    assert blob[end:at] == b",\n"  # the last table before the index
    entry["at"] = [start, value, start + len(changed)]
    entry["crc"] = zlib.crc32(changed)
    index["1"]["at"] = at + len(changed) - len(text)
    docs = [b"  " + json.dumps(k).encode() + b": " + json.dumps(v, separators=(",", ":")).encode()
            for k, v in index.items()]
    index["1"]["crc"] = zlib.crc32(b",\n".join(docs[1:]))  # the index's own checksum of its entries
    docs[0] = b'  "1": ' + json.dumps(index["1"], separators=(",", ":")).encode()
    return blob[:start] + changed + b',\n "_index": {\n' + b",\n".join(docs) + b"\n }\n}\n"


def test_compaction_copies_a_table_never_read_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make(db, undoable=False)  # no undo tables: article/c is the last table
    escaped = b'"note":"\\u0078"'  # the same note ("x") as another writer might have spelled it
    db.write_bytes(_replace_table_text(db.read_bytes(), "article/c", b'"note":"x"', escaped))
    with open_store(db) as store:
        assert store.tags("a") == ()
        store.add_tags("a", ["changed"])  # a change elsewhere; closing compacts
    blob = db.read_bytes()
    entry = next(e for e in index_of(blob).values() if e.get("table") == "article/c")
    start, _, end = entry["at"]
    assert escaped in blob[start:end]  # the very bytes, not decoded and encoded again
    with open_store(db) as store:
        assert [n.note for n in store.annotations("c")] == ["x"] and store.tags("a") == ("changed",)


def test_an_index_edited_by_hand_is_not_trusted(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    make(db)
    blob = db.read_bytes()
    head, tail = blob.rsplit(b'"tags":["politik"]', 1)  # the last one: b's summary in the index
    assert b'"_index"' in head and b'"_index"' not in tail
    db.write_bytes(head + b'"tags":["polItik"]' + tail)  # same length: the offsets still hold
    with open_store(db) as store:
        assert store.tags("b") == ("politik",) and store.all_tags() == {"politik": 1}


@pytest.mark.parametrize("ids", [[], ["a1"], ["a1", "b2"], ["a b", "c"], ["", "b"], ["a\tb"], ["x\u00a0y"]])
def test_a_stored_summary_gives_back_the_note_ids_it_was_made_from(ids: list[str]) -> None:
    from reader.store.index import from_stored, stored_summary

    table = {"1": {"kind": "article", "id": "a", "path": "p", "title": "t", "fingerprint": "f",
                   "tags": [], "aliases": []}}
    table.update({str(n): {"kind": "note", "id": note_id} for n, note_id in enumerate(ids, 2)})
    stored = json.loads(json.dumps(stored_summary(table)))  # as the index holds it
    summary = from_stored("a", stored)
    assert summary.note_ids == tuple(ids) and summary.note_count == len(ids)
