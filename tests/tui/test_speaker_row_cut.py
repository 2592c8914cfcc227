"""review19: the ◆ row above a quote, too long for a narrow view (80 columns with the side panel),
ends in "…" so that a cut role reads as cut ("the union's regional organ" was shown as if whole)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import make_app, open_article

STORY = """ date 2026-11 Rail workers in Yorkshire vote to strike

LEEDS. Rail workers have voted to strike, the union said on Tuesday.

"Nobody wants to see a guard taken off a late-night train," said Mick Hanrahan, the union's regional organiser.

Of the 1,240 members balloted, 82 per cent backed a walkout.

/testbureau/
"""
MORE = "The union said the ballot had been held over four weeks.\n\n" * 30  # long enough to scroll


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


@pytest.mark.parametrize("scrolls", [False, True])
async def test_a_speaker_row_too_long_for_the_view_ends_in_an_ellipsis(tmp_path, store, scrolls):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "rail.txt").write_text(STORY.replace("/testbureau/", MORE * scrolls + "/testbureau/"), encoding="utf-8")
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Rail workers")
        view = screen.query_one(ArticleView)
        rows = [view.render_line(y).text.rstrip() for y in range(view.size.height)]
        (whole,) = [row for row in rows if "◆" in row]  # no panel: the row fits
        assert whole == "   ◆ Mick Hanrahan, the union's regional organiser"
        await pilot.press("backslash")  # the side panel, at 80 columns
        await pilot.pause()
        await pilot.pause()
        seen = view.scrollable_content_region.width  # a scroll bar takes the last column
        assert seen < len(whole) and view.show_vertical_scrollbar == scrolls
        rows = [view.render_line(y).text[:seen].rstrip() for y in range(view.size.height)]
        (row,) = [row for row in rows if "◆" in row]
        assert row.startswith("   ◆ Mick Hanrahan, the union's") and row.endswith("…")
        assert len(row) == seen
