"""When the file of the highlighted article is deleted while the app follows the folder, the
highlight stays where it was (on the row that took its place), not back at the top of the list."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.store import open_store
from tui_helpers import desk_story, make_app, settle, wait_for_library, wait_until, watch_once


async def test_the_highlight_keeps_its_place_when_its_file_is_deleted(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    paths = [desk_story(folder, number) for number in range(6)]
    ready = threading.Event()
    monkeypatch.setattr(watchfiles, "watch", watch_once(ready, lambda: {(watchfiles.Change.deleted, str(paths[3]))}))
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: len(library.table.rows) == 6)
            await settle(pilot)
            await pilot.press("j", "j")  # newest first: 05, 04, 03
            await settle(pilot)
            assert library.table.current.article.title == "Story 03 from the desk"
            paths[3].unlink()
            ready.set()
            await wait_until(pilot, lambda: len(library.table.rows) == 5)
            await settle(pilot)
            assert library.table.cursor == 2
            assert library.table.current.article.title == "Story 02 from the desk"
