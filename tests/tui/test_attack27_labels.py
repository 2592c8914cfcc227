"""The line above a paragraph's quote names the role the article gives its speaker at that quote:
a person quoted first as chairman and then as a firm's former director is not labelled "formand,
Vestfisk" (one quote's role, the other's organisation) above both; a speaker set by hand to him
takes the role of his quote nearest before, with its organisation (attack27)."""

from __future__ import annotations

from pathlib import Path

from role_stories import TWO_ROLES
from tui_helpers import settle, story_open

STORY = TWO_ROLES


async def test_each_quote_is_labelled_with_the_role_the_article_gives_there(tmp_path: Path):
    async with story_open(tmp_path, "havn.txt", STORY, "Ny formand") as (pilot, screen, view, store):
        labels = list(view._speaker_rows.values())
        assert labels[:2] == ["Jens Bager, formand", "Jens Bager, tidligere direktør, Vestfisk"]
        await pilot.press(*["quotation_mark"] * 3, "w")  # the last quote, Ole Dam's
        await settle(pilot)
        await pilot.press("ctrl+u", *"jens", "right", "enter")
        await settle(pilot)
        assert store.quote_checks(screen.article.id)[0].speaker == "Jens Bager"
        labels = list(view._speaker_rows.values())
        assert labels[2] == "Jens Bager, tidligere direktør, Vestfisk · set by hand"
