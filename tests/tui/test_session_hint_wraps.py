"""review22: the key help under a tagging session's tags wrapped inside an item at 80 columns
("...  ·  f untagged" / "only  ·  A auto-advance (on)  ·  Enter read"), and at 120 columns
inside "Enter read"; it now breaks between items, as the tag keys above it do."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from reader.store import open_store
from reader.tui.screens.session import SessionScreen

from tui_helpers import WIRE, make_app, start_session

ITEMS = ("1-9 toggle", "t add a tag", "n/→ next", "p/← previous", "f untagged only", "A auto-advance (off)",
         "Enter read")


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_the_session_help_breaks_between_items(tmp_path: Path, size) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([folder], store, tmp_path)
        async with app.run_test(size=size) as pilot:
            await start_session(pilot)
            assert isinstance(app.screen, SessionScreen)
            tags = app.screen.query_one("#session-tags", Static)
            lines = [str(line) for line in tags.render().wrap(tags.content_region.width)]
            assert all(len(line) <= tags.content_region.width for line in lines)
            shown = [line.strip() for line in lines[lines.index(next(x for x in lines if "toggle" in x)):]]
            for item in ITEMS:
                assert any(item in line for line in shown), (item, shown)
