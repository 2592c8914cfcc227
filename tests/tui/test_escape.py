"""Escape does not surprise: the selection stays after an action, and the footer says what
Escape will do next."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.screens.article import ArticleScreen

from tui_helpers import WIRE, make_app, open_article, settle, write_note


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    return folder


def escape_shown(app) -> str:
    """What the footer offers for Escape."""
    return " / ".join(b.binding.description for key, b in app.active_bindings.items()
                      if key == "escape" and b.enabled)


async def test_selection_stays_after_note_label_and_entity(tmp_path, library):
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(120, 30)) as pilot:
            screen = await open_article(pilot, "Ribe")
            assert escape_shown(app) == "Back"
            await pilot.press("s")
            selected = screen.view.selection
            assert selected is not None and escape_shown(app) == "Deselect"
            await pilot.press("a", *"tjek", "ctrl+s")
            await settle(pilot)
            assert len(store.annotations(screen.article.id)) == 1
            assert screen.view.selection == selected  # still selected after saving the note
            await pilot.press("2")  # a label on the same passage: it goes on that note
            await settle(pilot)
            assert screen.view.selection == selected
            assert store.annotations(screen.article.id)[0].label == app.settings.labels[1]
            await pilot.press("escape")  # clears the selection, does not leave
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen) and screen.view.selection is None
            assert escape_shown(app) == "Back"
            await pilot.press("v", "right", "r", "o")  # mark two words as an organisation
            await settle(pilot)
            assert screen.view.selection is not None
            assert any(c.label and c.label.value == "ORG" for c in store.corrections())
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)
            await pilot.press("escape")
            await settle(pilot)
            assert not isinstance(app.screen, ArticleScreen)


async def test_note_editor_is_usable_at_40_by_10(tmp_path, library):
    from reader.tui.screens.note import NoteEditor

    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(40, 10)) as pilot:
            screen = await open_article(pilot, "Ribe")
            assert screen.query_one("#article-header").region.height <= 2  # two rows: the text has room
            assert screen.view.region.height >= 4
            await pilot.press("s", "a")
            await settle(pilot)
            editor = app.screen
            assert isinstance(editor, NoteEditor)
            bottom = app.size.height
            for part in ("#note-title", "#note-text", "#note-label-row", "#note-help"):
                region = editor.query_one(part).region
                assert region.height >= 1 and region.y + region.height <= bottom, (part, region)
            assert editor.query_one("#note-text").region.height >= 3  # room to see what is typed
            assert "ctrl+s save" in str(editor.query_one("#note-help").render())
            await pilot.press(*"small", "ctrl+s")
            await settle(pilot)
            assert [a.note for a in store.annotations(screen.article.id)] == ["small"]


@pytest.mark.parametrize(("key", "parts"), [
    ("t", ("#tag-dialog", "#tag-title", "#tag-input")),
    ("e", ("#export-dialog", "#export-title", "#export-path")),
])
async def test_the_other_dialogs_keep_their_input_on_screen_at_40_by_10(tmp_path, library, key, parts):
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(40, 10)) as pilot:
            screen = await open_article(pilot, "Ribe")
            if key == "e":
                await write_note(pilot, store, screen, "tjek")
            await pilot.press(key)
            await settle(pilot)
            dialog = app.screen
            box = dialog.query_one(parts[0]).content_region  # what the dialog shows (it clips the rest)
            for part in parts[1:]:
                region = dialog.query_one(part).region
                assert region.height >= 1 and box.contains_region(region), (part, region, box)
