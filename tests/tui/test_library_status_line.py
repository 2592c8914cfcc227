"""The library's status line at 80 columns keeps the part that asks for a key: "N skipped (press !
to see why)" came last, after the counts, the sort and a filter, and a reporter at 80x24 saw it cut."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from tui_helpers import WIRE, make_app, settle, wait_for_library


async def test_the_skipped_hint_comes_before_the_sort_and_fits_80_columns(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "toender.txt").write_text(WIRE.replace("Ribe", "Tønder"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 40)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            library = await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("f", "s", "k", "o", "l", "e", "enter")  # a filter makes the line longer
            await settle(pilot)
            status = str(library.query_one("#library-status").render())
            # review14: a line too wide for 80 columns takes its short forms ("! why", "by date")
            assert "1 skipped (! why)" in status
            assert status.index("! why") < status.index("by ")
            assert status.index("! why") + len("! why)") <= 80
