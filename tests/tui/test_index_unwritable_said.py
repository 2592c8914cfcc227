"""An index that cannot be written (a read-only folder, a full disk) at a launch that lists its
rows: the app said SQLite's own words, "Indexing stopped: attempt to write a readonly database",
and nothing of what it means or what to do (review18, chmod 555 on the index folder); the shell
commands say both. Now the line says new files are not listed, and how to go on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.index.catalog import LibraryIndex
from reader.store import open_store
from tui_helpers import desk_story, make_app, said, wait_for_library, wait_until


async def test_an_unwritable_index_is_said_with_what_to_do(tmp_path: Path, monkeypatch):
    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(2):
        desk_story(folder, number)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:  # the index is built
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: len(library.table.rows) == 2)

        def readonly(self, *args, **kwargs):
            raise sqlite3.OperationalError("attempt to write a readonly database")

        monkeypatch.setattr(LibraryIndex, "sync", readonly)
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:  # its rows listed, then the sync fails
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: any("Indexing stopped" in m for m in said(app)))
            line = next(m for m in said(app) if "Indexing stopped" in m)
            assert "cannot be written" in line and "READER_INDEX_DIR" in line, line
            assert len(library.table.rows) == 2
