"""attach(): article records follow renames and id changes; annotations re-anchor and are never dropped."""

from __future__ import annotations

from pathlib import Path

from reader.model import AnchorStatus, Article, QuoteState
from reader.store import open_store
from reader.anchoring import make_anchor

BODY = (
    "KØBENHAVN. Regeringen vil sende 22 specialister til Irak.\n\n"
    "- Vi tager vores del af ansvaret, siger forsvarsminister Claus Hjort Frederiksen.\n\n"
    "Missionen begynder i efteråret."
)


def anchor(phrase: str, body: str = BODY):
    start = body.index(phrase)
    return make_anchor(body, start, start + len(phrase))


def test_file_renamed_keeps_annotations(tmp_path: Path) -> None:
    old = Article(id="stable", path=str(tmp_path / "old.txt"), title="Irak", body=BODY)
    with open_store(tmp_path / "db.json") as store:
        store.attach(old)
        note = store.add_annotation("stable", anchor("22 specialister"), note="tjek tallet")
        store.add_tags("stable", ["forsvar"])
    moved = Article(id="stable", path=str(tmp_path / "archive" / "new.txt"), title="Irak", body=BODY)
    with open_store(tmp_path / "db.json") as store:
        assert [a.id for a in store.attach(moved)] == [note.id]
        assert store.tags("stable") == ("forsvar",)
        assert store._index.articles["stable"].path == moved.path


def test_wire_story_updated_under_new_headline_follows_by_path(tmp_path: Path) -> None:
    path = str(tmp_path / "irak.txt")
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="v1", path=path, title="Irak", body=BODY))
        note = store.add_annotation("v1", anchor("Vi tager vores del af ansvaret"))
        updated = "OPDATERET med nye oplysninger.\n\n" + BODY
        result = store.attach(Article(id="v2", path=path, title="Irak: flere detaljer", body=updated))
        assert [(a.id, a.status) for a in result] == [(note.id, AnchorStatus.MOVED)]


def test_headline_edited_same_path_follows_new_id(tmp_path: Path) -> None:
    path = str(tmp_path / "irak.txt")
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="old-id", path=path, title="Irak", body=BODY))
        note = store.add_annotation("old-id", anchor("22 specialister"))
        store.add_tags("old-id", ["forsvar"])
        store.set_quote_state("old-id", anchor("Vi tager vores del af ansvaret"), QuoteState.VERIFIED)
    edited = BODY.replace("efteråret", "foråret")
    with open_store(tmp_path / "db.json") as store:
        result = store.attach(Article(id="new-id", path=path, title="Irak: ny overskrift", body=edited))
        assert [a.id for a in result] == [note.id]
        assert result[0].article_id == "new-id"
        assert store.tags("new-id") == ("forsvar",)
        assert store.annotation_counts() == {"new-id": 1}
        assert len(store.quote_states("new-id")) == 1
        assert store.tags("old-id") == ("forsvar",)  # the old id still resolves
        # undoing a change recorded under the old id lands on the renamed record
        assert store.undo() == "marked quote verified"
        assert store.quote_states("new-id") == {}


def test_moved_and_retitled_found_by_text_when_old_file_is_gone(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="a", path=str(tmp_path / "gone.txt"), title="Irak", body=BODY))
        store.add_annotation("a", anchor("Irak"))
        result = store.attach(Article(id="b", path=str(tmp_path / "elsewhere.txt"), title="Irak!", body=BODY))
        assert len(result) == 1 and result[0].article_id == "b"


def test_duplicate_text_does_not_steal_annotations(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("exists")
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="a", path=str(first), title="Irak", body=BODY))
        store.add_annotation("a", anchor("Irak"))
        copy = Article(id="b", path=str(tmp_path / "copy.txt"), title="Irak (kopi)", body=BODY)
        assert store.attach(copy) == []
        assert store.annotation_counts() == {"a": 1}


def test_shared_path_of_a_multi_article_file_is_not_enough(tmp_path: Path) -> None:
    path = str(tmp_path / "feed.json")
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="one", path=path, title="Et", body="Første artikel om noget.", format="json"))
        store.add_annotation("one", make_anchor("Første artikel om noget.", 0, 6))
        store.add_tags("one", ["første"])
        second = Article(id="two", path=path, title="To", body="Anden artikel om noget andet.", format="json")
        assert store.attach(second) == []
        assert store.annotation_counts() == {"one": 1}
        assert store.tags("one") == ("første",) and store.tags("two") == ()


def test_reanchoring_statuses_and_orphans_kept(tmp_path: Path) -> None:
    article = Article(id="x", path="/p/x.txt", title="Irak", body=BODY)
    with open_store(tmp_path / "db.json") as store:
        store.attach(article)
        same = store.add_annotation("x", anchor("Regeringen"), note="same")
        shifted = store.add_annotation("x", anchor("Missionen begynder"), note="moved")
        typo = store.add_annotation("x", anchor("Vi tager vores del af ansvaret"), note="fuzzy")
        lost = store.add_annotation("x", anchor("22 specialister til Irak"), note="orphan")
    changed = (
        "KØBENHAVN. Regeringen har besluttet noget helt andet i dag.\n\n"
        "Et nyt afsnit om baggrunden for sagen.\n\n"
        "- Vi tager vor del af ansvaret, siger forsvarsminister Claus Hjort Frederiksen.\n\n"
        "Missionen begynder i efteråret."
    )
    with open_store(tmp_path / "db.json") as store:
        result = {a.note: a for a in store.attach(Article(id="x", path="/p/x.txt", title="Irak", body=changed))}
        assert result["same"].status is AnchorStatus.EXACT
        assert result["moved"].status is AnchorStatus.MOVED
        assert result["fuzzy"].status is AnchorStatus.FUZZY
        assert result["orphan"].status is AnchorStatus.ORPHANED
        for note in ("same", "moved", "fuzzy"):
            a = result[note].anchor
            assert changed[a.start:a.end] == a.exact
        assert result["orphan"].anchor.exact == "22 specialister til Irak"
        assert [a.note for a in store.annotations("x")][-1] == "orphan"
        assert store.orphan_counts() == {"x": 1}
    with open_store(tmp_path / "db.json") as store:  # statuses are remembered
        assert store.orphan_counts() == {"x": 1}
        assert {a.note: a.status for a in store.annotations("x")}["fuzzy"] is AnchorStatus.FUZZY
        # the original text comes back: everything is exact again, nothing was lost
        back = store.attach(Article(id="x", path="/p/x.txt", title="Irak", body=BODY))
        assert {a.id for a in back} == {same.id, shifted.id, typo.id, lost.id}
        assert all(a.status is AnchorStatus.EXACT for a in back)
        assert store.orphan_counts() == {}


def test_undo_of_edit_replaces_against_current_text(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="x", path="/p/x.txt", title="Irak", body=BODY))
        note = store.add_annotation("x", anchor("Missionen"))
        store.delete_annotation(note.id)
        shifted = "Indledning.\n\n" + BODY
        store.attach(Article(id="x", path="/p/x.txt", title="Irak", body=shifted))
        store.undo()
        (restored,) = store.annotations("x")
        assert restored.status is AnchorStatus.MOVED
        assert shifted[restored.anchor.start:restored.anchor.end] == "Missionen"


def test_attaching_an_unknown_article_writes_nothing_until_it_gets_a_note(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    article = Article(id="new", path=str(tmp_path / "new.txt"), title="Irak", body=BODY)
    with open_store(db) as store:
        size = store._storage.journal_size
        assert store.attach(article) == []
        assert store._storage.journal_size == size and store.annotation_counts() == {}
        store.add_annotation("new", anchor("Irak"))
        summary = store._index.articles["new"]
        assert (summary.path, summary.title, summary.fingerprint) == (article.path, "Irak", article.fingerprint)
    with open_store(db, readonly=True) as store:
        renamed = Article(id="renamed", path=article.path, title="Irak (rettet)", body=BODY)
        assert len(store.attach(renamed)) == 1  # read-only: followed in memory, nothing written
