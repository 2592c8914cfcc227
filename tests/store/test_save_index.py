"""A note saved updates the store's index in place: what it knows of the article after the save
is what a store opened afresh reads from the file."""

from __future__ import annotations

from pathlib import Path

from reader.model import Anchor, Article
from reader.store import open_store

BODY = "Kommunen lukker skolen. Borgmesteren siger, at det er nødvendigt."


def _same_as_reopened(store, db: Path, article_id: str) -> None:  # noqa: ANN001
    with open_store(db, readonly=True) as fresh:
        assert store._index.articles[article_id] == fresh._index.articles[article_id]
        assert store.annotation_counts() == fresh.annotation_counts()
        for note in fresh.annotations(article_id):
            assert store.annotation(note.id).note == note.note


def test_notes_added_keep_the_index_as_the_file_has_it(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["politik"])
        first = store.add_annotation("a", Anchor(0, 8, "Kommunen"), note="one")
        store.annotation(first.id)  # the note-to-article map is built now and must follow
        for n in range(3):
            store.add_annotation("a", Anchor(n, n + 5, "words"), note=f"more {n}")
        _same_as_reopened(store, db, "a")


def test_first_note_on_an_attached_article_records_its_title_in_the_index(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    path = str(tmp_path / "story.txt")
    with open_store(db) as store:
        store.attach(Article(id="s1", path=path, title="Skolen lukker", body=BODY))
        store.add_annotation("s1", Anchor(0, 8, "Kommunen"), note="first")
        assert store.title_of("s1") == "Skolen lukker"
        assert store.holds_path(path)
        store.add_annotation("s1", Anchor(9, 15, "lukker"), note="second")
        _same_as_reopened(store, db, "s1")


def test_a_note_saved_keeps_the_tag_counts_and_a_tag_renews_them(tmp_path: Path) -> None:
    """Counting tags reads every article's summary (100,000 of them at scale): a save that
    changes no tags (a note, its undo entry) leaves the counts as they were."""
    with open_store(tmp_path / "reader.json") as store:
        store.add_tags("a", ["politik"])
        assert store.all_tags() == {"politik": 1}
        counted = store._index._tag_counts
        store.add_annotation("a", Anchor(0, 8, "Kommunen"), note="one")
        store.add_annotation("a", Anchor(0, 8, "Kommunen"), note="two")
        assert store._index._tag_counts is counted
        store.add_tags("b", ["sport"])
        assert store.all_tags() == {"politik": 1, "sport": 1}
