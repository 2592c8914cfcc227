"""One suite, every backend: the Store's behaviour through its declared interface (NotesStore).

Runs on the TinyDB journal store and on the in-memory store, as tinydb runs its tests on its memory
and JSON storages. A backend that breaks any behaviour here breaks for the app too.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.errors import NotFoundError
from reader.model import AnchorStatus, Article, EntityCorrection, EntityLabel, QuoteState
from reader.store import NotesStore, Store, memory_store, open_store
from reader.anchoring import make_anchor

BODY = "Borgmester Hanne Dahl vil lukke skolen i Ribe. - Det er nødvendigt, siger Hanne Dahl."


def article(body: str = BODY, article_id: str = "a1", path: str = "/lib/a1.txt") -> Article:
    return Article(id=article_id, path=path, title="Skole lukker", body=body)


def anchor(phrase: str, body: str = BODY):
    start = body.index(phrase)
    return make_anchor(body, start, start + len(phrase))


@pytest.fixture(params=["journal", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NotesStore]:
    opened = open_store(tmp_path / "reader.json") if request.param == "journal" else memory_store()
    try:
        yield opened
    finally:
        opened.close()


def test_the_store_declares_and_offers_every_operation(store: NotesStore) -> None:
    assert isinstance(store, NotesStore)
    declared = {name for name in dir(NotesStore) if not name.startswith("_")}
    declared |= set(NotesStore.__annotations__)
    for name in sorted(declared):
        assert hasattr(store, name), name
        ours, theirs = getattr(Store, name, None), getattr(NotesStore, name, None)
        if inspect.isfunction(ours) and inspect.isfunction(theirs):  # same parameters, same order
            assert list(inspect.signature(ours).parameters) == list(inspect.signature(theirs).parameters), name
    # ... and offers nothing else: no public handle on TinyDB or the storage behind the interface
    offered = {name for name in dir(store) if not name.startswith("_")}
    assert offered <= declared, sorted(offered - declared)


def test_tags_in_order_counted_and_undone(store: NotesStore) -> None:
    store.attach(article())
    store.add_tags("a1", ["politik", "Ribe", "politik"])
    store.change_tags("a1", add=["skole"], remove=["ribe"])
    assert store.tags("a1") == ("politik", "skole")
    assert store.all_tags() == {"politik": 1, "skole": 1}
    assert store.undo() and store.tags("a1") == ("politik", "Ribe")
    assert store.redo() and store.tags("a1") == ("politik", "skole")
    store.set_tags("a1", [])
    assert store.tags("a1") == () and store.all_tags() == {}


def test_notes_saved_changed_deleted_and_undone(store: NotesStore) -> None:
    store.attach(article())
    note = store.add_annotation("a1", anchor("lukke skolen"), note="Ring til forvaltningen", label="verify")
    assert store.annotation(note.id).note == "Ring til forvaltningen"
    changed = store.update_annotation(note.id, note="Ringet op", label="follow up")
    assert (changed.note, changed.label) == ("Ringet op", "follow up")
    assert store.annotation_counts() == {"a1": 1}
    store.delete_annotation(note.id)
    with pytest.raises(NotFoundError):
        store.annotation(note.id)
    assert store.undo()  # the deletion
    assert store.annotation(note.id).note == "Ringet op"
    assert store.undo()  # the change
    assert store.annotation(note.id).note == "Ring til forvaltningen"


def test_a_failed_change_changes_nothing(store: NotesStore) -> None:
    store.attach(article())
    store.add_tags("a1", ["x"])
    with pytest.raises(NotFoundError):
        store.update_annotation("no-such-note", note="y")
    assert store.tags("a1") == ("x",) and store.annotations("a1") == []


def test_notes_follow_an_edited_article_and_orphans_are_kept(store: NotesStore) -> None:
    store.attach(article())
    kept = store.add_annotation("a1", anchor("Hanne Dahl vil"), note="navn")
    lost = store.add_annotation("a1", anchor("Det er nødvendigt"), note="citat")
    edited = "Ny indledning.\n\nBorgmester Hanne Dahl vil lukke skolen i Ribe."
    placed = {a.id: a for a in store.attach(article(body=edited))}
    assert placed[kept.id].status is AnchorStatus.MOVED
    assert edited[placed[kept.id].anchor.start:placed[kept.id].anchor.end] == "Hanne Dahl vil"
    assert placed[lost.id].status is AnchorStatus.ORPHANED and placed[lost.id].note == "citat"
    assert store.orphan_counts() == {"a1": 1}


def test_a_moved_file_keeps_its_notes(store: NotesStore) -> None:
    [first] = store.settle_ids([article()], exists=lambda path: True)
    store.attach(first)
    store.add_tags(first.id, ["flyttet"])
    moved = article(path="/lib/ny/a1.txt")
    [settled] = store.settle_ids([moved], exists=lambda path: path == moved.path)
    assert store.relocate([settled], exists=lambda path: path == moved.path) == 1
    assert store.tags(settled.id) == ("flyttet",) and store.holds_path(moved.path)


def test_quote_states_corrections_and_state(store: NotesStore) -> None:
    store.attach(article())
    quote = anchor("Det er nødvendigt")
    store.set_quote_state("a1", quote, QuoteState.VERIFIED)
    assert store.quote_states("a1") == {(quote.start, quote.end): QuoteState.VERIFIED}
    store.set_correction("Ribe", EntityLabel.LOC)
    store.set_correction("Borgmester", None)
    assert set(store.corrections()) == {EntityCorrection("Ribe", EntityLabel.LOC), EntityCorrection("Borgmester", None)}
    store.remove_correction("Borgmester")
    assert store.corrections() == (EntityCorrection("Ribe", EntityLabel.LOC),)
    store.set_state("sort", {"key": "date"})
    assert store.get_state("sort") == {"key": "date"} and store.get_state("missing", 7) == 7
    assert store.can_undo and not store.can_redo


def test_a_file_updated_under_a_new_headline_shows_its_tags_before_it_is_opened(store: NotesStore) -> None:
    first = article()  # tagged in an earlier session
    store.attach(first)
    store.add_tags(first.id, ["publish"])
    updated = Article(id="a2", path=first.path, title="Skolen lukker alligevel", body=BODY + "\n\nOpdateret.")
    other = article(article_id="b1", path="/lib/b1.txt")
    [settled, new] = store.settle_ids([updated, other], exists=lambda path: True)
    assert store.tags(settled.id) == ()  # the record is still under the old id
    assert store.follow_updated([settled, new]) == 1
    assert store.tags(settled.id) == ("publish",) and store.tags(new.id) == ()
    assert store.follow_updated([settled, new]) == 0
