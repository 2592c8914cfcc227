"""review22: ``!`` in the library showed a bare list of paths and reasons, with no word of what
the list is or how to close it; it now starts with a heading ("2 files not read as articles,
and why (Escape closes)")."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from reader.tui.screens.skipped import SkippedScreen

from tui_helpers import WIRE, settle, wait_for_library, running_app


async def test_the_skipped_list_says_what_it_is_and_how_to_close_it(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "tom 📰 fil.txt").write_bytes(b"")
    (folder / "billede æ.txt").write_bytes(b"\0" * 300)
    async with running_app([folder], tmp_path, (80, 24)) as (app, pilot, store):
        await wait_for_library(pilot)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, SkippedScreen)
        texts = [str(s.render()) for s in app.screen.query(Static)]
        assert texts[0].rstrip() == "2 files not read as articles, and why   (Escape closes)", texts
        assert any("empty file" in t for t in texts[1:]) and any("binary" in t for t in texts[1:])
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, SkippedScreen)
