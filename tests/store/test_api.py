"""The Store's API: round trip, readable UTF-8, tags, annotations, quote states, corrections, undo."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from reader.errors import ReadOnlyStoreError, StoreError
from reader.model import AnchorStatus, Article, EntityCorrection, EntityLabel, QuoteState
from reader.store import NotFoundError, Store, open_store
from reader.anchoring import make_anchor

BODY = "Statsminister Mette Frederiksen besøgte Århus. - Det går godt, siger Frederiksen."


def article(body: str = BODY, article_id: str = "a1", path: str = "/lib/a1.txt", title: str = "Besøg i Århus") -> Article:
    return Article(id=article_id, path=path, title=title, body=body)


def anchor(phrase: str, body: str = BODY):
    start = body.index(phrase)
    return make_anchor(body, start, start + len(phrase))


def snapshot(store: Store) -> dict:
    """Everything the API can tell about the store, for equality checks."""
    ids = set(store.annotation_counts()) | {"a1", "a2"}
    return {
        "annotations": {aid: store.annotations(aid) for aid in sorted(ids)},
        "tags": {aid: store.tags(aid) for aid in sorted(ids)},
        "all_tags": store.all_tags(),
        "quotes": {aid: store.quote_states(aid) for aid in sorted(ids)},
        "corrections": store.corrections(),
        "can": (store.can_undo, store.can_redo),
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "reader.json"


def test_creates_file_and_folders_private(db: Path) -> None:
    with open_store(db) as store:
        assert store.path == db
        assert not store.readonly
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.with_name("reader.json.journal").stat().st_mode) == 0o600
    data = json.loads(db.read_text(encoding="utf-8"))
    assert data["meta"]["1"]["schema"] == 3


def test_round_trip_everything(db: Path) -> None:
    with open_store(db) as store:
        store.attach(article())
        first = store.add_annotation("a1", anchor("Mette Frederiksen"), note="Hvem er hun?\nTo linjer", label="verify")
        store.add_annotation("a1", anchor("Århus"), label="background")
        store.add_tags("a1", ["politik", "Ærø"])
        store.add_tags("a2", ["politik"])
        store.set_quote_state("a1", anchor("Det går godt"), QuoteState.CONTESTED)
        store.set_correction("Århus", EntityLabel.LOC)
        store.set_correction("Det", None)
        store.set_state("session", {"index": 4, "ids": ["a1", "a2"]})
        before = snapshot(store)
        assert store.annotations("a1")[0] == first
    with open_store(db) as store:
        assert snapshot(store) == before
        assert store.get_state("session") == {"index": 4, "ids": ["a1", "a2"]}
        assert store.get_state("missing", 7) == 7
        assert before["all_tags"] == {"politik": 2, "Ærø": 1}
        assert store.annotation_counts() == {"a1": 2}


def test_json_is_readable_utf8(db: Path) -> None:
    with open_store(db) as store:
        store.attach(article())
        store.add_annotation("a1", anchor("Århus"), note="Æbler, øl og ål")
        store.add_tags("a1", ["økonomi"])
    raw = db.read_bytes()
    text = raw.decode("utf-8")
    assert "Æbler, øl og ål" in text and "økonomi" in text and "Århus" in text
    assert "\\u00" not in text
    assert "\n" in text  # indented for a person to read
    json.loads(text)


def test_annotation_fields(db: Path) -> None:
    with open_store(db) as store:
        store.attach(article())
        note = store.add_annotation("a1", anchor("Århus"), note="n", label="key quote")
        assert len(note.id) == 32 and int(note.id, 16) >= 0
        assert note.created.endswith("Z") and note.created == note.updated
        assert note.anchor.exact == "Århus" and note.status is AnchorStatus.EXACT
        edited = store.update_annotation(note.id, note="ny note", label="verify")
        assert (edited.note, edited.label, edited.created) == ("ny note", "verify", note.created)
        assert edited.updated >= note.updated
        moved = store.update_annotation(note.id, anchor=anchor("Mette"))
        assert moved.anchor.exact == "Mette"
        assert store.annotation(note.id) == moved
        store.delete_annotation(note.id)
        assert store.annotations("a1") == []
        with pytest.raises(NotFoundError):
            store.delete_annotation(note.id)
        with pytest.raises(NotFoundError):
            store.update_annotation("nope", note="x")


def test_annotations_sorted_orphans_last(db: Path) -> None:
    with open_store(db) as store:
        store.attach(article())
        late = store.add_annotation("a1", anchor("siger Frederiksen"))
        early = store.add_annotation("a1", anchor("Statsminister"))
        gone = store.add_annotation("a1", anchor("besøgte Århus"))
        result = store.attach(article(BODY.replace("besøgte Århus", "rejste videre til Odense")))
        assert [a.id for a in result] == [early.id, late.id, gone.id]
        assert result[-1].status is AnchorStatus.ORPHANED
        assert store.orphan_counts() == {"a1": 1}


def test_tags(db: Path) -> None:
    with open_store(db) as store:
        store.add_tags("a1", [" politik ", "", "politik", "sport"])
        assert store.tags("a1") == ("politik", "sport")
        store.remove_tags("a1", ["sport", "absent"])
        assert store.tags("a1") == ("politik",)
        store.set_tags("a1", ["kultur", "politik"])
        assert store.tags("a1") == ("politik", "kultur") or store.tags("a1") == ("kultur", "politik")
        assert store.tags("unknown") == ()
        assert store.all_tags() == {"kultur": 1, "politik": 1}


def test_quote_states(db: Path) -> None:
    with open_store(db) as store:
        store.attach(article())
        quote = anchor("Det går godt")
        store.set_quote_state("a1", quote, QuoteState.VERIFIED)
        assert store.quote_states("a1") == {(quote.start, quote.end): QuoteState.VERIFIED}
        store.set_quote_state("a1", quote, QuoteState.CONTESTED)
        assert store.quote_states("a1") == {(quote.start, quote.end): QuoteState.CONTESTED}
        store.set_quote_state("a1", quote, QuoteState.UNVERIFIED)
        assert store.quote_states("a1") == {}
        store.set_quote_state("a1", quote, QuoteState.VERIFIED)
        shifted = "Ny linje.\n\n" + BODY
        store.attach(article(shifted))
        assert store.quote_states("a1") == {(quote.start + 11, quote.end + 11): QuoteState.VERIFIED}


def test_corrections(db: Path) -> None:
    with open_store(db) as store:
        store.set_correction("Nato", EntityLabel.ORG)
        store.set_correction("De", None)
        store.set_correction("Nato", EntityLabel.MISC)
        assert set(store.corrections()) == {EntityCorrection("Nato", EntityLabel.MISC), EntityCorrection("De", None)}
        store.remove_correction("De")
        assert store.corrections() == (EntityCorrection("Nato", EntityLabel.MISC),)


def test_undo_redo_every_kind_of_change(db: Path) -> None:
    with open_store(db) as store:
        store.attach(article())
        states = [snapshot(store)]
        note = store.add_annotation("a1", anchor("Århus"), note="x")
        states.append(snapshot(store))
        store.update_annotation(note.id, note="y", label="verify")
        states.append(snapshot(store))
        store.add_tags("a1", ["politik"])
        states.append(snapshot(store))
        store.set_quote_state("a1", anchor("Det går godt"), QuoteState.VERIFIED)
        states.append(snapshot(store))
        store.set_correction("Århus", EntityLabel.LOC)
        states.append(snapshot(store))
        store.delete_annotation(note.id)
        states.append(snapshot(store))
        descriptions = []
        for expected in reversed(states[:-1]):
            descriptions.append(store.undo())
            assert _content(snapshot(store)) == _content(expected)
        assert descriptions == [
            "deleted note", "marked 'Århus' as a place", "marked quote verified", "added tag 'politik'",
            "edited note; changed label to 'verify'", "added a note",
        ]
        assert store.undo() is None and not store.can_undo and store.can_redo
        for expected in states[1:]:
            assert store.redo() is not None
            assert _content(snapshot(store)) == _content(expected)
        assert store.redo() is None


def _content(snap: dict) -> dict:
    return {k: v for k, v in snap.items() if k != "can"}


def test_new_change_clears_redo_and_history_survives_restart(db: Path) -> None:
    with open_store(db) as store:
        store.add_tags("a1", ["a"])
        store.add_tags("a1", ["b"])
        assert store.undo() == "added tag 'b'"
        assert store.can_redo
    with open_store(db) as store:
        assert store.can_redo and store.can_undo
        store.add_tags("a1", ["c"])
        assert not store.can_redo
        assert store.undo() == "added tag 'c'"
        assert store.undo() == "added tag 'a'"
        assert store.tags("a1") == ()


def test_history_is_capped(db: Path) -> None:
    from reader.store import history

    with open_store(db) as store:
        old_cap = history.CAP
        history.CAP = 5
        try:
            for i in range(8):
                store.add_tags("a1", [f"t{i}"])
        finally:
            history.CAP = old_cap
        undone = 0
        while store.undo() is not None:
            undone += 1
        assert undone == 5
        assert store.tags("a1") == ("t0", "t1", "t2")
    data = json.loads(db.read_text(encoding="utf-8"))
    assert len([name for name in data if name.startswith("history/")]) <= 5


def test_noop_changes_write_nothing(db: Path) -> None:
    with open_store(db) as store:
        store.add_tags("a1", ["x"])
        size = store._storage.journal_size
        store.add_tags("a1", ["x"])
        store.remove_tags("a1", ["y"])
        store.set_quote_state("a1", anchor("Det går godt"), QuoteState.UNVERIFIED)
        store.remove_correction("nothing")
        store.attach(article())
        size_after_attach = store._storage.journal_size
        store.attach(article())
        assert store._storage.journal_size == size_after_attach > size
        assert store.undo() == "added tag 'x'"


def test_readonly_store_refuses_changes(db: Path) -> None:
    with open_store(db) as store:
        store.add_tags("a1", ["x"])
    with open_store(db, readonly=True) as store:
        assert store.readonly and store.readonly_reason
        assert store.tags("a1") == ("x",)
        with pytest.raises(ReadOnlyStoreError, match="read-only"):
            store.add_tags("a1", ["y"])
        with pytest.raises(ReadOnlyStoreError):
            store.undo()
        assert store.attach(article()) == []  # attaching never needs to write
    with open_store(db) as store:
        assert store.tags("a1") == ("x",)


def test_readonly_store_of_missing_file_is_empty_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "none" / "reader.json"
    with open_store(target, readonly=True) as store:
        assert store.all_tags() == {}
    assert not target.parent.exists()


def test_errors_are_one_line_store_errors(db: Path) -> None:
    blocker = db.parent / "blocker"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder is wanted")
    with pytest.raises(StoreError) as caught:
        open_store(blocker / "reader.json")
    assert "\n" not in str(caught.value) and "blocker" in str(caught.value)
    folder = db.parent / "folder.json"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        open_store(folder)  # a folder where the file is wanted
    assert "\n" not in str(caught.value) and "folder.json" in str(caught.value)


def test_home_is_shortened_in_messages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reader.store.files import display_path

    monkeypatch.setenv("HOME", str(tmp_path))
    assert display_path(tmp_path / "x" / "reader.json") == os.path.join("~", "x", "reader.json")


def test_store_imports_no_ui_and_only_it_imports_tinydb() -> None:
    import subprocess
    import sys

    code = ("import sys, reader.store, reader.store.check, reader.commands.doctor\n"
            "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]", result.stderr
    root = Path(__file__).resolve().parents[2] / "reader"
    importers = {p.relative_to(root).parts[0] for p in root.rglob("*.py")
                 if "import tinydb" in p.read_text(encoding="utf-8") or "from tinydb" in p.read_text(encoding="utf-8")}
    assert importers <= {"store"}
