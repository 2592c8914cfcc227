"""Ways a note could go without a word: a note the app could not save (full disk, read-only
database) reopened in the editor and dropped by one Escape or ctrl+q; a note typed where it can
never be saved; a search typed before the index is ready running the list's keys (u: undo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.note import NoteEditor

from tui_helpers import WIRE, make_app, open_article, settle, write_note, said


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


def _full(store):
    def full(*args, **kwargs):
        raise StoreError(f"disk full while saving {store.path}")
    return full


async def test_escape_asks_before_dropping_a_new_note_that_could_not_be_saved(tmp_path, library, store, monkeypatch):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        real_add = store.add_annotation
        monkeypatch.setattr(store, "add_annotation", _full(store))
        await pilot.press("s", "a", *"vigtig note", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor) and "not saved yet" in app.screen.heading
        assert app.screen.unsaved()  # ctrl+q would ask first too
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)  # asked, not dropped
        assert app.screen.query_one("TextArea").text == "vigtig note"
        monkeypatch.setattr(store, "add_annotation", real_add)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert [a.note for a in store.annotations(screen.article.id)] == ["vigtig note"]


async def test_escape_asks_before_dropping_an_edit_that_could_not_be_saved(tmp_path, library, store, monkeypatch):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        note = await write_note(pilot, store, screen, "first")
        await settle(pilot)
        monkeypatch.setattr(store, "update_annotation", _full(store))
        await pilot.press("enter", *" and second", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor) and "not saved yet" in app.screen.heading
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("TextArea").text == "first and second"
        await pilot.press("escape")  # asked once: the second Escape drops it, as asked
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert store.annotation(note.id).note == "first"


async def test_a_read_only_database_says_so_before_a_note_is_typed(tmp_path, library):
    db = tmp_path / "db" / "reader.json"
    open_store(db).close()
    with open_store(db, readonly=True) as store:
        app = make_app(library, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_article(pilot, "Borgmester")
            await pilot.press("s", "a")
            await pilot.pause()
            assert isinstance(app.screen, ArticleScreen)  # no editor to type a note that cannot be kept
            assert any("notes cannot be written" in m for m in said(app))


async def test_a_search_typed_before_the_index_is_ready_never_runs_the_lists_keys(tmp_path, library, store, monkeypatch):
    """'/' then a query, with no library index (not ready yet, or its folder unusable): the letters
    go into the filter box; 'u' in "budget" used to undo the last note."""
    taken = tmp_path / "cache"
    taken.write_text("a file where the index folder should be", encoding="utf-8")
    monkeypatch.setenv("READER_INDEX_DIR", str(taken))
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await write_note(pilot, store, screen, "keep me")
        await pilot.press("escape", "escape")
        await settle(pilot)
        library_screen = app.screen
        assert library_screen.library_index is None
        await pilot.press("slash", *"budget")
        await settle(pilot)
        assert [a.note for a in store.annotations(screen.article.id)] == ["keep me"]
        assert library_screen.query_one("#filter").value == "budget"


async def test_an_index_that_cannot_be_opened_is_said_once_not_called_not_ready(tmp_path, library, store, monkeypatch):
    """The index file's place taken by a folder: the app lists the files and says in one line that
    the index cannot be used; '/' no longer calls it "not ready yet" (attack15: nothing was said
    at launch, and '/' promised an index that would never come)."""
    index_dir = tmp_path / "index"
    monkeypatch.setenv("READER_INDEX_DIR", str(index_dir))
    from reader.index.database import index_path_for

    index_path_for(store.path).mkdir(parents=True)  # a folder where the index file goes
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(50):
            if app.screen.table.shown:
                break
            await pilot.pause(0.1)
        assert len(app.screen.table.shown) == 1
        warned = [m for m in said(app) if "library index cannot be opened" in m]
        assert len(warned) == 1 and "is a folder, not a file" in warned[0], said(app)
        await pilot.press("slash")
        await settle(pilot)
        assert "The library index cannot be used: filtering titles" in said(app)[-1]
