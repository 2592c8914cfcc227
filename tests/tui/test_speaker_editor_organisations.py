"""polish30: the speaker editor (w) completed people only. A quote that is an organisation's
statement ("the fire service said") is the organisation's: the article's organisations are listed
and complete as people do; a description the article quotes ("a manager") is offered as before."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tui_helpers import settle, story_open

STORY = """Fire shuts bottling plant in Kelby

By Ola Winther

KELBY (Testwire) - A fire shut the bottling plant in Kelby on Sunday evening.

"We heard a bang and then the alarms went off," a manager said.

Kelby Fire Brigade said in a statement that the cause was not yet known.

"We will not guess until the inspection is done," the brigade said.
"""


async def test_an_organisation_completes_in_the_speaker_editor(tmp_path: Path):
    async with story_open(tmp_path, "fire.txt", STORY, "Fire shuts", size=(100, 30)) as (pilot, screen, view, store):
        await pilot.press("home", "quotation_mark", "quotation_mark", "w")
        await settle(pilot)
        hint = str(screen.app.screen.query_one("#speaker-help", Static).render())
        assert "Organisations: Kelby Fire Brigade" in hint
        assert "a manager" in hint  # the description quoted before: offered too
        await pilot.press("ctrl+u", *"kelby f", "right", "enter")
        await settle(pilot)
        checks = store.quote_checks(screen.article.id)
        assert [(c.speaker, c.speaker_set) for c in checks] == [("Kelby Fire Brigade", True)]
        assert "Kelby Fire Brigade · set by hand" in view._speaker_rows.values()
