"""Verify-and-next (V) says how many quotes are left in one toast that each V replaces: at 80x24
three of them stacked over the status line, hiding the state of the quote the cursor moved to. Pressing
`"` past the last quote says so in one toast too (three presses stacked three over the text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store

from test_quotes_tui import STORY
from tui_helpers import make_app, open_article, said, settle


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


def _story_app(tmp_path: Path, store):
    """The app on a folder holding the three-quote story."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(STORY, encoding="utf-8")
    return make_app(folder, store, tmp_path)


async def test_each_verify_and_next_replaces_the_count_of_quotes_left(tmp_path, store):
    app = _story_app(tmp_path, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot, "Borgmester")
        await pilot.press("quotation_mark", "V", "V")
        await settle(pilot)
        assert [m for m in said(app) if "left to check" in m] == [
            "Quote verified · 2 quotes left to check", "Quote verified · 1 quote left to check"]
        # The toasts on screen now: the last count only (or none, if a busy machine let its 2 s run out).
        shown = [str(n.message) for n in app._notifications]
        assert shown in (["Quote verified · 1 quote left to check"], [])
        await pilot.press("V")
        await settle(pilot)
        assert [str(n.message) for n in app._notifications] in (["Quote verified · all 3 quotes checked"], [])


async def test_pressing_past_the_last_quote_keeps_one_toast(tmp_path, store):
    app = _story_app(tmp_path, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot, "Borgmester")
        await pilot.press(*["quotation_mark"] * 8)
        await settle(pilot)
        assert said(app).count("No more quotes that way") >= 2  # said at every press past the last
        shown = [str(n.message) for n in app._notifications]
        # One on screen (or none, if a busy machine let its 2 s run out).
        assert shown in (["No more quotes that way"], [])
