"""Quote records in the store: a speaker set by hand, and the wording and speaker a check was for.

Runs on both backends (journal file and memory), like tests/test_store_conformance.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.model import AnchorStatus, Article, QuoteState
from reader.store import NotesStore, memory_store, open_store

BODY = "Borgmester Hanne Dahl vil lukke skolen i Ribe.\n\n- Det er nødvendigt, siger Hanne Dahl."
QUOTE = "Det er nødvendigt"


def article(body: str = BODY) -> Article:
    return Article(id="a1", path="/lib/a1.txt", title="Skole lukker", body=body)


def anchor(phrase: str = QUOTE, body: str = BODY):
    start = body.index(phrase)
    return make_anchor(body, start, start + len(phrase))


@pytest.fixture(params=["journal", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NotesStore]:
    opened = open_store(tmp_path / "reader.json") if request.param == "journal" else memory_store()
    try:
        opened.attach(article())
        yield opened
    finally:
        opened.close()


def test_a_speaker_set_by_hand_is_stored_cleared_and_undone(store: NotesStore) -> None:
    store.set_quote_speaker("a1", anchor(), "  Hanne\tDahl\x1b ")
    (check,) = store.quote_checks("a1")
    assert (check.speaker_set, check.speaker, check.state) == (True, "Hanne Dahl", QuoteState.UNVERIFIED)
    assert store.quote_states("a1") == {}  # unverified stays the default
    store.set_quote_speaker("a1", anchor(), "")
    (check,) = store.quote_checks("a1")
    assert (check.speaker_set, check.speaker) == (True, "")  # cleared by hand: no speaker
    assert store.undo() == "cleared the speaker"
    assert store.quote_checks("a1")[0].speaker == "Hanne Dahl"
    store.set_quote_speaker("a1", anchor(), None)  # back to the analysis's speaker: nothing left
    assert store.quote_checks("a1") == []
    store.undo()
    store.undo()
    assert store.quote_checks("a1") == []
    store.redo()
    assert store.quote_checks("a1")[0].speaker == "Hanne Dahl"


def test_a_check_keeps_the_wording_and_speaker_it_was_for(store: NotesStore) -> None:
    store.set_quote_state("a1", anchor(), QuoteState.VERIFIED, "Hanne Dahl")
    (check,) = store.quote_checks("a1")
    assert (check.checked_text, check.checked_speaker) == (QUOTE, "Hanne Dahl")
    # The speaker corrected by hand: the record keeps what was verified.
    store.set_quote_speaker("a1", anchor(), "Jens Dahl")
    (check,) = store.quote_checks("a1")
    assert (check.state, check.checked_speaker, check.speaker) == (QuoteState.VERIFIED, "Hanne Dahl", "Jens Dahl")
    # Unverified again: the check is gone, the speaker by hand stays.
    store.set_quote_state("a1", anchor(), QuoteState.UNVERIFIED)
    (check,) = store.quote_checks("a1")
    assert (check.state, check.checked_text, check.speaker) == (QuoteState.UNVERIFIED, None, "Jens Dahl")


def test_the_file_edited_the_record_follows_and_keeps_the_old_wording(store: NotesStore) -> None:
    store.set_quote_state("a1", anchor(), QuoteState.VERIFIED, "Hanne Dahl")
    edited = BODY.replace("Det er nødvendigt", "Det er helt nødvendigt")
    store.attach(article(edited))
    (check,) = store.quote_checks("a1")
    assert check.checked_text == QUOTE  # placed or not, the record keeps what was verified
    # Verified again on the new wording (found by likeness): one record, moved to the new text.
    new = anchor("Det er helt nødvendigt", edited)
    store.set_quote_state("a1", new, QuoteState.VERIFIED, "Hanne Dahl")
    (check,) = store.quote_checks("a1")
    assert (check.checked_text, check.exact, check.start) == ("Det er helt nødvendigt", "Det er helt nødvendigt", new.start)
    assert check.status is AnchorStatus.EXACT


def test_quote_records_survive_a_restart(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.json") as store:
        store.attach(article())
        store.set_quote_state("a1", anchor(), QuoteState.CONTESTED, "Hanne Dahl")
        store.set_quote_speaker("a1", anchor(), "H. Dahl")
    with open_store(tmp_path / "r.json") as store:
        (check,) = store.quote_checks("a1")
        assert (check.state, check.checked_speaker, check.speaker) == (QuoteState.CONTESTED, "Hanne Dahl", "H. Dahl")
