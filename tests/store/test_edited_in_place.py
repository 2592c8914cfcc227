"""The database rewritten in place while the app has it open (an editor that saves over the
file rather than renaming a new one over it, as nano and vim's ``backupcopy=yes`` do): the app's
next note is saved, and the hand edit is kept, as when an editor renames a new file in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.model import Anchor
from reader.store import open_store


def _seed(db: Path) -> None:
    for article in "abc":
        with open_store(db) as store:
            store.add_annotation(article, Anchor(0, 3, "abc", "", ""), note=f"note on {article}")


def _notes(db: Path) -> dict[str, list[str]]:
    with open_store(db, readonly=True) as store:
        return {article: [a.note for a in store.annotations(article)] for article in "abc"}


@pytest.mark.parametrize("how", ["in place", "renamed over"])
def test_a_note_saved_after_a_hand_edit_keeps_both(tmp_path: Path, how: str) -> None:
    db = tmp_path / "reader.json"
    _seed(db)
    app = open_store(db)  # open all along, its tables not yet read
    try:
        edited = db.read_text(encoding="utf-8").replace("note on a", "note on a, edited by hand")
        if how == "in place":
            with open(db, "r+", encoding="utf-8") as file:
                file.truncate()
                file.write(edited)
        else:
            (tmp_path / "new").write_text(edited, encoding="utf-8")
            os.replace(tmp_path / "new", db)
        app.add_annotation("b", Anchor(4, 7, "def", "", ""), note="a second note on b")
    finally:
        app.close()
    assert _notes(db) == {"a": ["note on a, edited by hand"], "b": ["note on b", "a second note on b"],
                          "c": ["note on c"]}
