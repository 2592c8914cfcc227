"""A quote nobody is named for is "no speaker" on the status line, in the changed-since lines and in
what a check was given for, as in the exports and ``reader quotes`` (polish30: the app said
"unknown speaker" and "no one named" besides)."""

from __future__ import annotations

from reader.model import QuoteState
from reader.tui.render import _quote_status
from reader.tui.wording import changed_lines
from reader.workspace.exports import QuoteNote

NO_SPEAKER = "no speaker"  # the one wording (reader.workspace.exports.NO_SPEAKER)
WORDS = "We are sorry for the trouble this causes."


def test_the_status_line_of_a_quote_without_a_speaker_says_no_speaker():
    found_none = QuoteNote(WORDS, None, QuoteState.UNVERIFIED)
    cleared = QuoteNote(WORDS, None, QuoteState.UNVERIFIED, speaker_by_hand=True)
    assert _quote_status(found_none)[0].startswith("quote by no speaker (unverified")
    assert _quote_status(cleared)[0].startswith("quote by no speaker (set by hand, unverified")


def test_a_check_given_with_no_speaker_says_no_speaker_where_it_shows_the_old_speaker():
    given = QuoteNote(WORDS, "Rina Dahl", QuoteState.VERIFIED, speaker_by_hand=True, checked_text=WORDS,
                      checked_speaker="")
    assert given.changed
    assert changed_lines(given, 60) == (NO_SPEAKER, "said by Rina Dahl")
    assert given.checked_as() == NO_SPEAKER
    taken = QuoteNote(WORDS, None, QuoteState.VERIFIED, speaker_by_hand=True, checked_text=WORDS,
                      checked_speaker="Rina Dahl")
    assert changed_lines(taken, 60) == ("said by Rina Dahl", NO_SPEAKER)
