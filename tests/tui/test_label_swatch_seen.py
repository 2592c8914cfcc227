"""review19: the side panel's ▌ beside each note and in the legend of labels was drawn in the note
colour alone, as text on the panel: navy on black in textual-dark, pastel on white in
textual-light, near invisible. It is now drawn as the margin draws a noted line (the note colour
behind it), so it shows in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.colours import contrast
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import make_app, open_article

STORY = """ date 2026-11 Rail workers vote to strike

LEEDS. Rail workers have voted to strike, the union said on Tuesday.

/testbureau/
"""


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_panels_label_swatches_carry_the_note_colour_behind_them(tmp_path, store, theme):
    from textual.color import Color

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "rail.txt").write_text(STORY, encoding="utf-8")
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await pilot.pause()
        screen = await open_article(pilot, "Rail workers")
        view = screen.query_one(ArticleView)
        for slot, label in enumerate(["", *screen.labels], 1):  # a plain note, then labels 1-5
            margin = view.get_component_rich_style(f"article-view--note-{slot}", partial=True)
            swatch = screen._note_style(label).rich_style
            assert swatch.bgcolor == margin.bgcolor and swatch.color == margin.color  # as the margin draws it
            mark = Color.from_rich_color(swatch.color)
            behind = Color.from_rich_color(swatch.bgcolor)
            assert contrast(mark, behind) >= 3  # the glyph on its own colour: seen
