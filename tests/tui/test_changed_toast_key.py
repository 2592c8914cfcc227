"""review28: an article with a checked quote changed since says so when it opens, and names the
key that reaches it. The article reopens where the reporter left it; on its last quote, the toast
said `press " to go quote to quote` and `"` answered "No more quotes that way": the changed quote
was above. Now the toast names `'` when every changed quote is behind the cursor, and `V` alone
when the cursor is on it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from reader.export.items import QuoteNote
from reader.model import QuoteState
from reader.tui.screens.quote_actions import QuoteActions

CHANGED = QuoteNote(text="Vi har ventet i to år", speaker="Ole Dam", state=QuoteState.VERIFIED,
                    checked_text="Vi har ventet i tre år", checked_speaker="Ole Dam", start=40, end=61)
LATER = QuoteNote(text="Uden havnen mister byen sine job", speaker="Rikke Sand", state=QuoteState.VERIFIED,
                  checked_text="Uden havnen mister byen sine job", checked_speaker="Rikke Sand", start=90, end=122)


def _told(cursor: int) -> list[str]:
    said: list[str] = []
    screen = SimpleNamespace(
        view=SimpleNamespace(cursor=(cursor, cursor + 3)),
        quote_view={(q.start, q.end): q for q in (CHANGED, LATER)},
        app=SimpleNamespace(say=lambda message, **_: said.append(message)),
    )
    screen.changed_quotes = lambda: QuoteActions.changed_quotes(screen)
    assert CHANGED.changed and not LATER.changed
    QuoteActions.tell_changed_quotes(screen)
    QuoteActions.tell_changed_quotes(screen)  # once per article opened
    return said


@pytest.mark.parametrize("cursor, key", [(0, 'press " to go quote to quote'), (95, "press ' to go back"),
                                         (45, "V checks it again")])
def test_the_toast_names_the_key_that_reaches_the_changed_quote(cursor, key):
    (message,) = _told(cursor)
    assert message.startswith("1 checked quote changed since: ")
    assert key in message
