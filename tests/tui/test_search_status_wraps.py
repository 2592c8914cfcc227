"""The search screen's status line at 80 columns shows the whole list of known filters after an
unknown one: it was one row high, cut after "org:,"."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.tui.screens.search import SearchScreen

from tui_helpers import make_app, settle, wait_for_library

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


async def test_an_unknown_filter_names_every_filter_on_an_80_column_screen(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("slash", *"havn colour:red")
            status = None
            for _ in range(40):
                await pilot.pause(0.2)  # the search runs after a short quiet spell of typing
                await settle(pilot)
                screen = app.screen
                if isinstance(screen, SearchScreen) and "has:" in str(screen.query_one("#search-status").render()):
                    status = screen.query_one("#search-status")
                    break
            assert status is not None, "the search never named every filter"
            text = str(status.render())
            assert "unknown filter colour:" in text and text.rstrip().endswith("has:)")
            # Every character of it on screen: the rows the line has hold it all.
            assert status.content_size.height * status.content_size.width >= len(text)
            assert status.content_size.height >= 2
            results = screen.query_one("#search-results")
            assert results.region.bottom <= status.region.y  # the list makes room, nothing drawn over
