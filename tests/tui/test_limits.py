"""What the store refuses or warns about reaches the reader in the app, and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.store.editing import MAX_NOTE_BYTES
from reader.tui.screens.note import NoteEditor
from textual.widgets import TextArea

from tui_helpers import WIRE, make_app, open_article, write_note, said


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    return folder


async def test_a_note_edited_past_the_limit_is_refused_and_the_text_kept(tmp_path: Path) -> None:
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(_library(tmp_path), store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            note = await write_note(pilot, store, screen, "kort")
            await pilot.press("enter")
            await pilot.pause()
            editor = app.screen
            assert isinstance(editor, NoteEditor)
            huge = "ord " * (MAX_NOTE_BYTES // 4 + 10)
            editor.query_one("#note-text", TextArea).text = huge
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.pause()
            assert store.annotation(note.id).note == "kort"  # refused by the store
            reopened = app.screen
            assert isinstance(reopened, NoteEditor)  # the typed text is not lost
            assert reopened.query_one("#note-text", TextArea).text.strip() == huge.strip()


async def test_a_store_warning_is_shown_when_the_app_starts(tmp_path: Path) -> None:
    with open_store(tmp_path / "db" / "reader.json") as store:
        store.warnings.append("~/db/reader.json.backups cannot be read: backups are not being kept")
        app = make_app(_library(tmp_path), store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            shown = said(app)
            assert any("backups are not being kept" in m for m in shown), shown


async def test_a_hand_edited_huge_note_is_shown_shortened_and_not_opened_in_the_editor(tmp_path: Path) -> None:
    db = tmp_path / "db" / "reader.json"
    library = _library(tmp_path)
    with open_store(db) as store:
        app = make_app(library, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            note = await write_note(pilot, store, screen, "kort")
    text = db.read_text(encoding="utf-8")
    db.write_text(text.replace('"note":"kort"', '"note":"' + "ord " * 750_000 + '"', 1), encoding="utf-8")
    (db.parent / "reader.json.journal").unlink(missing_ok=True)
    with open_store(db) as store:
        assert len(store.annotation(note.id).note) > MAX_NOTE_BYTES  # the hand edit is there
        app = make_app(library, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            await pilot.press("]", "enter")
            await pilot.pause()
            assert not isinstance(app.screen, NoteEditor)
            shown = said(app)
            assert any("over the 1 MB a note may hold" in m for m in shown), shown
        assert len(store.annotation(note.id).note) > MAX_NOTE_BYTES  # nothing was changed
