"""The export dialog and its toast count the quotes checked, not the notes alone: a reporter who
verified the quotes of a story with ``V`` and pressed ``e`` was told "Export 0 notes from 1
article", though the file holds every check (review22)."""

from __future__ import annotations

from pathlib import Path

from reader.tui.screens.exporting import ExportDialog

from tui_helpers import WIRE, open_article, said, settle, write_note, running_app


def _title(app) -> str:
    return str(app.screen.query_one("#export-title").render())


async def test_checked_quotes_alone_are_not_said_as_zero_notes(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    async with running_app([folder], tmp_path, (100, 30), notifications=True) as (app, pilot, store):
        screen = await open_article(pilot, "Ribe")
        await pilot.press('"', "V")  # the story's one quote, verified
        await settle(pilot)
        assert [c.state.value for c in store.quote_checks(screen.article.id)] == ["verified"]
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert "1 checked quote from 1 article" in _title(app), _title(app)
        assert "0 notes" not in _title(app)
        await pilot.press("enter")
        await settle(pilot)
        assert said(app)[-1].startswith("Exported 1 checked quote from 1 article to "), said(app)[-1]
        written = next((tmp_path / "exports").iterdir()).read_text(encoding="utf-8")
        assert "✓ verified" in written  # what the line counts is in the file


async def test_a_note_and_a_checked_quote_are_both_counted(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    async with running_app([folder], tmp_path, (100, 30)) as (app, pilot, store):
        screen = await open_article(pilot, "Ribe")
        await write_note(pilot, store, screen, "ring kommunen")
        await pilot.press("escape", '"', "V")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert "1 note and 1 checked quote from 1 article" in _title(app), _title(app)
