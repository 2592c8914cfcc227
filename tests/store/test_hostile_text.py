"""Text a user can paste that UTF-8 cannot hold is saved, not refused as a damaged file (attack14)."""

from __future__ import annotations

from pathlib import Path

from reader.model import Anchor
from reader.store import open_store


def test_a_note_with_lone_surrogates_is_saved_with_replacements(tmp_path: Path) -> None:
    """A lone surrogate (a stray terminal byte decoded with surrogateescape, a JSON escape)
    made the save fail with "... cannot be saved again: ... (a hand edit?); run `reader
    doctor`", so the note could never be saved; a surrogate pair is one letter."""
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        note = store.add_annotation("a", Anchor(0, 3, "abc"), note="lone \udcff and \ud83d\ude00 pair",
                                    label="check \ud800")
        assert note.note == "lone \ufffd and \U0001F600 pair" and note.label == "check \ufffd"
        edited = store.update_annotation(note.id, note="edited \udce6")
        assert edited.note == "edited \ufffd"
        store.add_tags("a", ["kept"])
    with open_store(db) as store:
        [saved] = store.annotations("a")
        assert (saved.note, saved.label) == ("edited \ufffd", "check \ufffd")
        assert store.tags("a") == ("kept",)
