"""A checked quote both reworded and given another speaker keeps its status line within 80
columns: the names and the key to press stay, the wording says "reworded" (the panel has it)."""

from __future__ import annotations

import pytest

from reader.export import QuoteNote
from reader.model import QuoteState
from reader.tui.render import status_content

OLD = "Det stod klart for os alle, at vi ikke kunne fortsætte med den gamle model"
NEW = "Det stod klart for os alle, at vi kun havde to muligheder tilbage"
NAMES = [("Anders Overgaard", "Niels Kristian Holm"), ("Kasper Bundgaard Christensen", "Signe Holmgaard-Nielsen")]


def _line(old_speaker: str, new_speaker: str, width: int) -> str:
    note = QuoteNote(NEW, new_speaker, QuoteState.VERIFIED, checked_text=OLD, checked_speaker=old_speaker,
                     speaker_by_hand=True)
    return status_content((0, 0), None, None, None, None, [], NEW, quote_note=note, width=width).plain


@pytest.mark.parametrize("names", NAMES)
def test_reworded_and_respoken_fits_80_columns(names: tuple[str, str]) -> None:
    line = _line(*names, 78)
    assert len(line) <= 78, line
    assert line.startswith("changed since verified: reworded, by ") and line.endswith("; V checks again")
    assert names[0][:6] in line and names[1][:6] in line


def test_a_wide_screen_still_shows_the_words_that_changed() -> None:
    line = _line("Anders Overgaard", "Niels Holm", 118)
    assert len(line) <= 118 and "“…ikke kunne…” → “…kun havde to…”" in line and "Niels Holm" in line
