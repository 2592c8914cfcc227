"""The Speakers screen's filter takes a name pasted decomposed (NFD: "Å" as "A" + U+030A) as the
article holds it composed (attack32)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from textual.widgets import Input

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library

STORY = """ date 2026-07 Rekordhøst af blåbær på Ærø
Ærøskøbing. Plukkerne på Ærø har i år høstet flere blåbær end nogensinde før.

- Vi har aldrig set så mange bær på én gang, siger gårdejer Søren Åkjær.

- Det bliver et godt år for os alle, siger borgmester Ida Holm.

/nordbureau/
"""


@pytest.fixture(autouse=True)
def _no_folder_watch(monkeypatch):
    from reader.tui.screens.library_index import IndexedLibrary

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)


async def test_a_decomposed_name_in_the_speakers_filter_finds_the_speaker(tmp_path: Path):
    from reader.tui.screens.speakers import SpeakersScreen

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "blaabaer.txt").write_text(STORY, encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await wait_for_library(pilot)
            await wait_for_analysis(pilot, screen)
            await pilot.press("w")
            await settle(pilot)
            speakers = app.screen
            assert isinstance(speakers, SpeakersScreen)
            assert sorted(s.name for s in speakers.shown) == ["Ida Holm", "Søren Åkjær"]
            typed = unicodedata.normalize("NFD", "Åkjær")
            assert typed != "Åkjær"
            speakers.query_one(Input).value = typed  # as a paste puts it there
            await settle(pilot)
            assert [s.name for s in speakers.shown] == ["Søren Åkjær"]
