"""A toast reaches the screen's right edge: the toast rack's hidden scrollbar left the page's last
two columns showing beside it at 80 columns, where the words behind read as part of the toast
(review22 saw "...changed since: press d" — the "d" was the article's, not a key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reader.store import open_store

from tui_helpers import WIRE, make_app, open_article, wait_for_library


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_nothing_of_the_page_shows_between_a_toast_and_the_right_edge(tmp_path: Path, size) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([folder], store, tmp_path)
        async with app.run_test(size=size, notifications=True) as pilot:
            await wait_for_library(pilot)
            await open_article(pilot, "Ribe")
            app.notify("1 checked quote changed since: press \" to go quote to quote, V to check again")
            toasts: list[Toast] = []
            for _ in range(40):  # the toast is posted as a message: wait for it to be mounted
                await pilot.pause(0.05)
                toasts = [t for t in app.screen.query(Toast) if t.region.height]
                if toasts:
                    break
            (toast,) = toasts
            width = app.size.width
            assert toast.region.right == width, (toast.region, width)
            for y in range(toast.region.y, toast.region.bottom):
                for x in (width - 2, width - 1):
                    widget, _ = app.screen.get_widget_at(x, y)
                    assert widget is toast, (x, y, widget)
