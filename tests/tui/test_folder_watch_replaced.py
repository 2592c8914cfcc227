"""attack26: the folder the app was opened on replaced between two looks of the watch (a symlink
pointed elsewhere; a folder deleted and made again at once, where the new one may take the old
one's inode, docs/log/attack26.md: the watch's own event for the folder tells): it looked
only whether a folder stood at the name, so the new folder was never followed (watchfiles went on
watching the old one, gone) and files written into it never showed. A single file opened that is
deleted and written again was not followed again either."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui_helpers import desk_story, said, wait_until, watched_library


def _titles(library) -> set[str]:
    return {row.article.title for row in library.table.rows}


async def test_a_folder_replaced_by_a_symlink_is_followed(tmp_path: Path):
    folder, other = tmp_path / "wire", tmp_path / "other"
    folder.mkdir()
    other.mkdir()
    desk_story(folder, 0)
    desk_story(other, 5)
    async with watched_library(folder, tmp_path, 1) as (app, pilot, library):
        shutil.rmtree(folder)
        folder.symlink_to(other)
        await wait_until(pilot, lambda: _titles(library) == {"Story 05 from the desk"})
        desk_story(other, 6)
        await wait_until(pilot, lambda: _titles(library) == {"Story 05 from the desk", "Story 06 from the desk"})


async def test_a_single_file_opened_deleted_and_written_again_is_followed(tmp_path: Path):
    folder = tmp_path / "wire"
    folder.mkdir()
    story = desk_story(folder, 0)
    async with watched_library(story, tmp_path, 1) as (app, pilot, library):
        story.unlink()
        await wait_until(pilot, lambda: len(library.table.rows) == 0)
        story.write_text(" date 2024-02-01 Story written again\n\nAarhus. New text.\n\n/testbureau/\n", encoding="utf-8")
        await wait_until(pilot, lambda: _titles(library) == {"Story written again"})
        story.write_text(" date 2024-02-01 Story written a third time\n\nAarhus. Newer.\n\n/testbureau/\n", encoding="utf-8")
        await wait_until(pilot, lambda: _titles(library) == {"Story written a third time"})


async def test_a_folder_back_is_no_longer_listed_as_skipped(tmp_path: Path):
    """The rescan when the folder went lists it under ! (`no such file or directory`); the rescan
    when it was back found nothing changed and left that line on screen until R was pressed."""
    folder, away = tmp_path / "wire", tmp_path / "elsewhere"
    folder.mkdir()
    desk_story(folder, 0)
    async with watched_library(folder, tmp_path, 1) as (app, pilot, library):

        def status() -> str:
            return str(library.query_one("#library-status").render())

        folder.rename(away)
        await wait_until(pilot, lambda: "1 skipped" in status())
        away.rename(folder)
        await wait_until(pilot, lambda: any("is back" in m for m in said(app)))
        await wait_until(pilot, lambda: "skipped" not in status())
        assert _titles(library) == {"Story 00 from the desk"}


async def test_a_folder_deleted_and_made_again_at_once_is_followed(tmp_path: Path):
    """rm -rf wire && mkdir wire: the new folder often has the old one's inode, so a look at the
    name alone misses it; the event watchfiles gives for the opened folder itself tells."""
    folder = tmp_path / "wire"
    folder.mkdir()
    desk_story(folder, 0)
    async with watched_library(folder, tmp_path, 1) as (app, pilot, library):
        shutil.rmtree(folder)
        folder.mkdir()
        desk_story(folder, 7)
        await wait_until(pilot, lambda: _titles(library) == {"Story 07 from the desk"})
        desk_story(folder, 8)  # written once the new folder is followed
        await wait_until(pilot, lambda: _titles(library) == {"Story 07 from the desk", "Story 08 from the desk"})
