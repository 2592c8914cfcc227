"""review26: the folder the app was opened on went while it was open (moved away, deleted, a share
unmounted) and came back: watchfiles went on silently watching nothing, so no word was said, and
wire copy written into the folder once it was back never showed up (R rescanned, but the watch was
not started again). Now its going is said, and once it is back it is read again and followed."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import desk_story, said, wait_until, watched_library


async def test_a_folder_that_went_and_came_back_is_followed_again(tmp_path: Path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for number in range(2):
        desk_story(folder, number)
    away = tmp_path / "elsewhere"
    async with watched_library(folder, tmp_path, 2) as (app, pilot, library):
        folder.rename(away)
        await wait_until(pilot, lambda: any("is gone" in m for m in said(app)))
        assert any(m.startswith(f"{folder} is gone (deleted, moved or unmounted)") for m in said(app)), said(app)
        away.rename(folder)
        await wait_until(pilot, lambda: any("is back" in m for m in said(app)))
        desk_story(folder, 2)  # the wire feed writes on
        await wait_until(pilot, lambda: len(library.table.rows) == 3)
        assert {row.article.title for row in library.table.rows} == {f"Story {n:02d} from the desk" for n in range(3)}


async def test_an_emptied_library_says_its_folder_is_gone(tmp_path: Path):
    folder = tmp_path / "wire"
    folder.mkdir()
    desk_story(folder, 0)
    async with watched_library(folder, tmp_path, 1) as (app, pilot, library):
        (folder / "story-00.txt").unlink()
        folder.rmdir()
        await wait_until(pilot, lambda: len(library.table.rows) == 0)
        await wait_until(pilot, lambda: "is gone" in library.table.empty_message)
        assert library.table.empty_message.startswith("The folder opened is gone"), library.table.empty_message
