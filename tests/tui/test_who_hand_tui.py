"""The Speakers screen with the journalist's word (a speaker set by hand on a quote) and at 80 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library
from who_helpers import DYCHE

LONG = """---
title: A very long speaker name at the council meeting
date: 2024-01-15
source: wire
language: en
---

Deputy chair of the regional finance and infrastructure committee Maximiliana Bartholomew-Featherstonehaugh spoke first.

"We have to fix the roads before the winter comes," Maximiliana Bartholomew-Featherstonehaugh said.
"""


@pytest.fixture(autouse=True)
def _no_folder_watch(monkeypatch):
    from reader.tui.screens.library_index import IndexedLibrary

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)


async def _speakers(pilot):
    screen = await wait_for_library(pilot)
    await wait_for_analysis(pilot, screen)
    await pilot.press("w")
    await settle(pilot)
    return pilot.app.screen


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "dyche.md").write_text(DYCHE, encoding="utf-8")
    (folder / "long.md").write_text(LONG, encoding="utf-8")
    return folder


async def test_the_speakers_screen_counts_a_quote_under_the_speaker_set_by_hand(tmp_path: Path):
    from reader.model import Anchor

    folder = _library(tmp_path)
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await _speakers(pilot)
            assert {s.name: s.quotes for s in screen.shown}["Sean Dyche"] == 3
            from reader.workspace import who

            (q,) = [q for q in who.quotes(screen.index) if q.text.startswith("I had a clear view")]
            store.set_quote_speaker(q.article_id, Anchor(q.start, q.end, q.text), "the linesman")
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("w")
            await settle(pilot)
            counts = {s.name: s.quotes for s in app.screen.shown}
            assert counts["Sean Dyche"] == 2 and counts["the linesman"] == 1
            await pilot.press(*"linesman")
            await pilot.press("enter")
            await settle(pilot)
            from reader.tui.screens.speakers import SpeakerQuotesScreen

            assert isinstance(app.screen, SpeakerQuotesScreen)
            assert [q.text for q in app.screen.quotes] == [q.text]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_speakers_columns_fit_the_screen(tmp_path: Path, size, theme):
    folder = _library(tmp_path)
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=size) as pilot:
            app.theme = theme
            screen = await _speakers(pilot)
            table = screen.query_one(DataTable)
            assert table.row_count == 2
            assert table.virtual_size.width <= table.size.width  # First and Last without scrolling
            cells = [str(c) for c in table.get_row_at(0)] + [str(c) for c in table.get_row_at(1)]
            assert "2024-01-15" in cells and "2024-03-02" in cells
            names = [str(table.get_row_at(k)[0]) for k in range(2)]
            wide = size[0] >= 120
            assert any(n == "Maximiliana Bartholomew-Featherstonehaugh" for n in names) == wide
            assert any(n.endswith("\u2026") for n in names) == (not wide)
