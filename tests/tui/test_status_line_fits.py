"""The article's status line ends within its width with a sign when something was cut: the
keys' reminder of a quote gives way first, then the last part (a note) is cut with "…" (at 80
columns "w speaker)" and a note's last words were cut off silently)."""

from __future__ import annotations

from reader.anchoring import make_anchor
from reader.export import QuoteNote
from reader.model import Annotation, Entity, EntityLabel, QuoteState
from reader.tui.render import status_content

TEXT = "Greystone has cared for thousands of people with dignity for fifteen years."


def test_a_name_at_a_quotes_start_drops_the_keys_not_half_of_them() -> None:
    note = QuoteNote(TEXT, "Martin Keele", QuoteState.UNVERIFIED)
    name = Entity(0, 9, "Greystone Care Holdings", EntityLabel.ORG, "Greystone Care Holdings")
    line = status_content((0, 0), None, name, None, None, [], TEXT, quote_note=note, width=78).plain
    assert len(line) <= 78, line
    assert line.endswith("quote by Martin Keele (unverified)"), line


def test_the_keys_stay_when_they_fit() -> None:
    note = QuoteNote(TEXT, "Martin Keele", QuoteState.UNVERIFIED)
    line = status_content((0, 0), None, None, None, None, [], TEXT, quote_note=note, width=78).plain
    assert line == "quote by Martin Keele (unverified; c to change, w speaker)"


def test_a_long_note_is_cut_with_an_ellipsis_within_80_columns() -> None:
    words = "Ring Linda Marsh: bekræft bonus-mail fra Dunmore og spørg til vagtplanerne"
    note = Annotation("n1", "a1", make_anchor(TEXT, 0, 40), note=words, label="verify")
    line = status_content((0, 0), (0, 40), None, None, None, [note], TEXT, width=78).plain
    assert len(line) <= 78 and line.endswith("…"), line
    assert "note: [verify] Ring Linda Marsh: bekræft" in line
