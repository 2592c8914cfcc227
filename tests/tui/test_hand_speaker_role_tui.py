"""The line above a quote whose speaker was set by hand to a person the article names gives that
person's role and organisation, as the line above their own quotes does (review27)."""

from __future__ import annotations

from pathlib import Path

from role_stories import KAJ
from tui_helpers import settle, story_open

STORY = KAJ


async def test_the_line_above_a_quote_set_by_hand_gives_that_persons_role(tmp_path: Path):
    async with story_open(tmp_path, "kaj.txt", STORY, "Ny kaj") as (pilot, screen, view, store):
        assert "Lene Strand, pressechef, Nordkraft" in view._speaker_rows.values()
        await pilot.press(*["quotation_mark"] * 3, "w")  # the last quote, the fisherman's
        await settle(pilot)
        await pilot.press("ctrl+u", *"lene", "right", "enter")
        await settle(pilot)
        assert store.quote_checks(screen.article.id)[0].speaker == "Lene Strand"
        labels = list(view._speaker_rows.values())
        assert "Lene Strand, pressechef, Nordkraft · set by hand" in labels
        await pilot.press(*["apostrophe"] * 2, "w")  # her own quote, given to the fisherman
        await settle(pilot)
        await pilot.press("ctrl+u", *"Ib", "right", "enter")
        await settle(pilot)
        labels = list(view._speaker_rows.values())
        assert "Ib Mørk · set by hand" in labels  # he has no role; never hers
        assert "Lene Strand, pressechef, Nordkraft · set by hand" in labels


async def test_a_speaker_cleared_by_hand_is_no_speaker_in_the_panel_too(tmp_path: Path):
    async with story_open(tmp_path, "kaj.txt", STORY, "Ny kaj") as (pilot, screen, view, store):
        await pilot.press("quotation_mark", "w")
        await settle(pilot)
        await pilot.press("ctrl+u", "enter")  # cleared: nobody said it
        await settle(pilot)
        assert "no speaker · set by hand" in view._speaker_rows.values()
        panel = str(screen.query_one("#panel-content").render())
        assert "no speaker ✎ ×1" in panel and "unknown speaker ✎" not in panel  # as the line above says
