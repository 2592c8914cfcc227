"""The export dialog's title names the format the path typed gives (it said "as Markdown" over a
path ending in .csv)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.store import open_store
from reader.tui.screens.exporting import ExportDialog

from tui_helpers import WIRE, make_app, open_article, settle, write_note


async def test_the_title_follows_the_path_typed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([folder], store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_article(pilot, "Ribe")
            await write_note(pilot, store, screen, "tjek")
            await pilot.press("e")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)

            def title() -> str:
                return str(dialog.query_one("#export-title").render())

            assert "as Markdown to:" in title()
            for path, kind in (("notes.csv", "CSV"), ("notes.JSON", "JSON"), ("notes.md", "Markdown")):
                dialog.query_one(Input).value = str(tmp_path / path)
                await settle(pilot)
                assert f"1 note from 1 article as {kind} to:" in title(), path
