"""A toast sits above the status line: at 80 columns it hid the right half of the line for ~5 s."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reader.store import open_store

from tui_helpers import WIRE, make_app, open_article, wait_for_library


@pytest.mark.parametrize("screen_name", ["library", "article"])
async def test_a_toast_leaves_the_status_line_in_sight_at_80_columns(tmp_path: Path, screen_name: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([folder], store, tmp_path)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await wait_for_library(pilot)
            if screen_name == "article":
                await open_article(pilot, "Ribe")
            status = app.screen.query_one(f"#{screen_name}-status")
            app.notify("A toast of two lines: long enough to wrap at forty columns, as they do")
            toasts: list[Toast] = []
            for _ in range(40):  # the toast is posted as a message: wait for it to be mounted
                await pilot.pause(0.05)
                toasts = [t for t in app.screen.query(Toast) if t.region.height]
                if toasts:
                    break
            assert toasts
            line = status.region
            for toast in toasts:
                assert not toast.region.overlaps(line), (toast.region, line)
