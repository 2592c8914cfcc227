"""The article on screen follows its file while it is open (the folder watch): a rename or move
inside the library gives it its new path, so a note saved then is recorded on the file as it is
now (it used to be recorded on the old path and was lost at the next launch once the renamed file
changed its headline); a file changed on disk is read again in place, the cursor, selection and
notes kept on their words and a checked quote whose wording changed shown as changed."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.model import QuoteState
from reader.store import open_store
from tui_helpers import WIRE, make_app, open_article, said, settle, wait_for_library, wait_until, watch_once


def _story(folder: Path) -> Path:
    path = folder / "ribe.txt"
    path.write_text(WIRE, encoding="utf-8")
    return path


def _watched_story(tmp_path: Path, monkeypatch) -> tuple[Path, Path, threading.Event]:
    """A library folder with one story, and a folder watch that reports the story modified once
    ``ready`` is set: (folder, the story's path, ready)."""
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    path = _story(folder)
    ready = threading.Event()
    monkeypatch.setattr(watchfiles, "watch", watch_once(ready, lambda: {(watchfiles.Change.modified, str(path))}))
    return folder, path, ready


async def test_a_note_saved_after_a_rename_goes_with_the_file_and_survives_an_update(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    path = _story(folder)
    moved = folder / "2024-03-ribe-skole.txt"
    ready = threading.Event()
    monkeypatch.setattr(watchfiles, "watch", watch_once(ready, lambda: {
        (watchfiles.Change.deleted, str(path)), (watchfiles.Change.added, str(moved))}))
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            path.rename(moved)  # a feed renaming its file while the article is read
            ready.set()
            await wait_until(pilot, lambda: any("this article" in m for m in said(app)))
            await pilot.press("s", "a", *"ring kommunen", "ctrl+s")
            await settle(pilot)
            [note] = store.annotations(screen.article.id)
            assert note.note == "ring kommunen"
            assert any("renamed or moved" in m for m in said(app)), said(app)
            assert screen.article.path == str(moved)
        recorded_at_new_path = store.holds_path(str(moved)) and not store.holds_path(str(path))
    # The feed then updates the renamed file: a new headline and a new figure in the text.
    update = moved.read_text(encoding="utf-8").replace("Borgmester vil lukke skole i Ribe", "Ribe Østre Skole lukker")
    moved.write_text(update.replace("2.400 underskrifter", "3.100 underskrifter"), encoding="utf-8")
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Ribe")
            assert [a.note for a in screen.annotations] == ["ring kommunen"]  # old code: [] (lost)
    assert recorded_at_new_path


async def test_the_open_article_is_read_again_in_place_when_its_file_changes(tmp_path: Path, monkeypatch):
    folder, path, ready = _watched_story(tmp_path, monkeypatch)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            view = screen.view
            view.move_to(view.motions.word_at(view.text.index("Vi har")))
            await pilot.press("c")  # the quote checked
            await settle(pilot)
            assert QuoteState.VERIFIED in store.quote_states(screen.article.id).values()
            start = view.text.index("Forældrene")
            view.move_to(view.motions.word_at(start))
            await pilot.press("s", "a", *"tjek tallet", "ctrl+s")  # a note on the last paragraph's first sentence
            await settle(pilot)
            selected = view.text[slice(*view.selection)]
            assert selected == "Forældrene protesterer."
            text = path.read_text(encoding="utf-8")
            text = text.replace("Ribe. Borgmester", "Ribe. Opdateret: Borgmester")
            text = text.replace("tre skoler åbne", "fire skoler åbne")
            path.write_text(text, encoding="utf-8")
            ready.set()
            await wait_until(pilot, lambda: "fire skoler" in view.text and screen.analysis is not None)
            assert "Opdateret" in screen.article.body
            assert view.selection is not None and view.text[slice(*view.selection)] == selected
            assert view.text[slice(*view.cursor)] in selected
            [note] = store.annotations(screen.article.id)
            assert view.text[note.anchor.start:note.anchor.end] == selected
            assert [q.text for q in screen.changed_quotes()] and "fire skoler" in screen.changed_quotes()[0].text
            words = " ".join(said(app))
            assert "the text is read again" in words and "changed since" in words, words


async def test_a_note_typed_while_the_file_changes_lands_on_its_passage(tmp_path: Path, monkeypatch):
    folder, path, ready = _watched_story(tmp_path, monkeypatch)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            view = screen.view
            view.move_to(view.motions.word_at(view.text.index("Forældrene")))
            await pilot.press("s", "a", *"half written")  # the editor is in front when the file changes
            path.write_text(path.read_text(encoding="utf-8").replace(
                "Ribe. Borgmester", "Ribe. En lang ny indledning er skrevet foran teksten. Borgmester"), encoding="utf-8")
            ready.set()
            await wait_until(pilot, lambda: "indledning" in view.text)
            await pilot.press("ctrl+s")
            await settle(pilot)
            [note] = store.annotations(screen.article.id)
            assert note.note == "half written"
            assert view.text[note.anchor.start:note.anchor.end] == "Forældrene protesterer."


async def test_an_article_opened_from_a_search_marks_its_hits_again_in_the_new_text(tmp_path: Path, monkeypatch):
    from reader.tui.screens.article_at import HitArticleScreen
    from reader.tui.screens.search import SearchScreen

    folder, path, ready = _watched_story(tmp_path, monkeypatch)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: library.library_index is not None and not library.library_index.counts()["unanalysed"])
            await pilot.press("slash", *"underskrifter")
            await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.hits)
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, HitArticleScreen) and app.screen.analysis is not None)
            screen = app.screen
            path.write_text(path.read_text(encoding="utf-8").replace(
                "Ribe. Borgmester", "Ribe. Et nyt afsnit står nu foran resten af teksten. Borgmester"), encoding="utf-8")
            ready.set()
            await wait_until(pilot, lambda: "nyt afsnit" in screen.view.text)
            assert screen.hits and all(screen.view.text[s:e].lower().startswith("underskrift") for s, e in screen.hits)
            assert screen.query_one("#view").hits == screen.hits
