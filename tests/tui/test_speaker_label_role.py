"""The "◆ speaker" line gives a found speaker the role stated with their name when the quote names
only their party or organisation, as the quote sheet and `reader quotes` do (review32: the app said
"◆ Lars Bendixen, DF" where the exports said "Lars Bendixen, fritidsudvalgets formand, DF")."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import settle, story_open

from reader.cli import main

STORY = """Biblioteket i Tønder holder åbent om natten

Tønder. Fra næste måned kan borgerne låse sig ind på biblioteket frem til midnat.

Kultur- og fritidsudvalgets formand, Lars Bendixen (DF), peger på, at ordningen er billig.

»Det er en billig måde at få mere ud af et hus, vi allerede betaler for,« siger Lars Bendixen.
"""


async def test_the_speaker_line_carries_the_role_the_sheet_gives(tmp_path: Path, capsys):
    async with story_open(tmp_path, "bib.txt", STORY, "Biblioteket", size=(100, 24)) as (pilot, screen, view, store):
        await settle(pilot)
        shown = [view.render_line(y).text.strip() for y in range(view.size.height)]
        labels = [line for line in shown if line.startswith("◆")]
    capsys.readouterr()
    assert main(["export", "--quotes", "--format", "json", str(tmp_path / "lib" / "bib.txt"), "--db", str(tmp_path / "sheet.json")]) == 0
    import json

    (quote,) = [q for a in json.loads(capsys.readouterr().out)["articles"] for q in a["quotes"]]
    assert (quote["speaker"], quote["affiliation"]) == ("Lars Bendixen", "DF") and quote["role"]
    assert labels == [f"◆ Lars Bendixen, {quote['role']}, DF"]
