"""The article's status line on a quote that carries a note: the note's words show at 80 columns."""

from __future__ import annotations

from reader.model import Anchor, Annotation, Quote, QuoteState
from reader.tui.render import status_content
from reader.workspace.exports import QuoteNote

TEXT = "- Det er en forfærdelig beslutning, siger festivalchef Kasper Bundgaard."
NOTE = Annotation("n1", "a1", Anchor(2, 34, TEXT[2:34]), note="Ring til Bundgaard: bekræft 28 m/s", label="verify")
WIDTH = 78  # 80 columns less the status line's padding


def _line(notes, quote_note=None, quote=None) -> str:
    return status_content((5, 5), None, None, quote, QuoteState.VERIFIED, notes, TEXT, quote_note=quote_note).plain


def test_a_note_on_a_checked_quote_shows_its_words_at_80_columns() -> None:
    checked = QuoteNote(TEXT[2:34], "Kasper Bundgaard", QuoteState.VERIFIED)
    line = _line([NOTE], quote_note=checked)
    assert line.startswith("quote by Kasper Bundgaard (verified)")
    assert "note: [verify] Ring til Bundgaard" in line[:WIDTH]
    assert "c to change, w speaker" in _line([], quote_note=checked)  # no note: the keys are said


def test_a_note_on_a_found_quote_shows_its_words_at_80_columns() -> None:
    found = Quote(2, 34, TEXT[2:34], "Kasper Bundgaard")
    assert "note: [verify] Ring til Bundgaard" in _line([NOTE], quote=found)[:WIDTH]
    assert "c to change" in _line([], quote=found)


def test_a_note_on_a_selection_over_a_long_name_shows_its_words_at_80_columns() -> None:
    """review18: 'selected 18 words · organisation: Avon and Somerset Police · note:' and the
    note's words wrapped out of sight; the name under the cursor gives way to the note."""
    from reader.model import Entity

    text = "Avon and Somerset Police warned on Tuesday about text messages that pretend to come from a bank."
    name = Entity(0, 24, "Avon and Somerset Police", "ORG", "Avon and Somerset Police")
    note = Annotation("n2", "a1", Anchor(0, len(text), text), note="[bold]NOTE[/] æøå check with the force")
    line = status_content((3, 3), (0, len(text)), name, None, None, [note], text, width=WIDTH).plain
    assert "note: [bold]NOTE[/] æøå check with the force" in line[:WIDTH], line
    alone = status_content((3, 3), None, name, None, None, [], text, width=WIDTH).plain
    assert "organisation: Avon and Somerset Police" in alone  # no note: the name is said
