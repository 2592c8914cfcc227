"""The library index deleted while the app is open (a cache cleaner): the next file that changes
must not leave the list holding that one file; the index is built again from every file."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_library, wait_until, desk_story, watch_once


async def test_a_file_added_after_the_index_was_deleted_keeps_the_whole_list(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(6):
        desk_story(folder, number)
    changed: list[str] = []
    ready = threading.Event()

    # one change, when the test says so
    monkeypatch.setattr(watchfiles, "watch", watch_once(
        ready, lambda: {(watchfiles.Change.added, changed.pop())} if changed else set()))
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: len(library.table.rows) == 6)
            index_path = library.library_index.path
            for suffix in ("", "-wal", "-shm"):
                Path(f"{index_path}{suffix}").unlink(missing_ok=True)
            changed.append(str(desk_story(folder, 6)))
            ready.set()
            await wait_until(pilot, lambda: not changed and library.library_index is not None
                             and Path(index_path).exists())
            await wait_until(pilot, lambda: len(library.table.rows) == 7)
            await settle(pilot)
            titles = {row.article.title for row in library.table.rows}
            assert titles == {f"Story {n:02d} from the desk" for n in range(7)}
            ready.clear()
