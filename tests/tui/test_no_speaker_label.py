"""A quote the analysis found no speaker for says so on the line above its paragraph ("◆ no speaker
(w sets one)"), beside the speakers of the paragraph's other quotes, so a reporter sees an
unattributed quote before publishing it; a quote with a speaker keeps its line as before."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import analyze
from tui_helpers import settle, story_open

STORY = """Title: Havnen lukker for vinteren
Date: 2025-11-02

Esbjerg. Havnen i Esbjerg lukker for lystsejlere fra mandag, oplyser havnekontoret.

»Vi har aldrig haft så mange både liggende,« siger havnefoged Ole Brink.

Ved kajen hænger et skilt: »Ingen fortøjning efter 1. november«.
"""


def test_the_story_has_one_quote_without_a_speaker() -> None:
    body = STORY.split("\n\n", 1)[1]
    quotes = analyze(body, "da").quotes
    assert sorted(bool(q.speaker) for q in quotes) == [False, True]


async def test_a_quote_without_a_speaker_is_labelled_so(tmp_path: Path):
    async with story_open(tmp_path, "havn.txt", STORY, "Havnen lukker") as (pilot, screen, view, store):
        await settle(pilot)
        labels = list(view._speaker_rows.values())
        assert "no speaker (w sets one)" in labels
        assert any(label.startswith("Ole Brink") for label in labels)
        await pilot.press("quotation_mark", "quotation_mark", "w")  # the sign's words: give them a speaker
        await settle(pilot)
        await pilot.press("ctrl+u", *"havnekontoret", "enter")
        await settle(pilot)
        labels = list(view._speaker_rows.values())
        assert "no speaker (w sets one)" not in labels
        assert "havnekontoret · set by hand" in labels
