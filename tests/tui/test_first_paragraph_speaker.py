"""A quote in an article's first paragraph gets its "◆ speaker" line like any other: the label goes
in the blank row before a paragraph, and the first one had none (polish30)."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import settle, story_open

STORY = """Ferry service to Kelby halted after engine fault

By Ola Winther

"We will not sail until the engine is safe," said harbour master Rina Dahl on Monday.

The ferry carries about 300 passengers a day between Kelby and the mainland.

"People will have to take the long road round," said councillor Tom Ashby.
"""


async def test_a_quote_in_the_first_paragraph_shows_its_speaker_above_it(tmp_path: Path):
    async with story_open(tmp_path, "ferry.txt", STORY, "Ferry service", size=(80, 24)) as (pilot, screen, view, store):
        await settle(pilot)
        shown = [view.render_line(y).text.rstrip() for y in range(view.size.height)]
        first = next(y for y, line in enumerate(shown) if "We will not sail" in line)
        assert "◆ Rina Dahl" in shown[first - 1]  # the row right above the first paragraph
        # the other paragraph's quote as before, and the top of the view is the label's row, not text
        assert any("◆ Tom Ashby" in line for line in shown[first + 1:])
        assert shown.index(shown[first - 1]) == 0
