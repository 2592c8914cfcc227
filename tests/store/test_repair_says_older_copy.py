"""What `reader doctor --repair` tells a reporter after an older copy of the database was put back
over it (an editor's buffer written back while the app was open): the file set aside is called
what it is, an older copy (a reporter who meant to roll back looks for it), not "damaged"."""

from __future__ import annotations

import os
from pathlib import Path

from reader.model import Anchor
from reader.store import open_store, repair


def _note(store, text: str) -> None:  # noqa: ANN001 - a Store
    store.add_annotation("a", Anchor(0, 3, "abc", "", ""), note=text)


def test_repair_names_the_older_copy_it_kept(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        _note(store, "first")
    buffer = db.read_bytes()  # an editor reads the file
    with open_store(db) as store:  # `reader tag` or the app: compacted as it closes
        _note(store, "saved after the editor read the file")
    app = open_store(db)
    try:
        _note(app, "saved in the journal")
        (tmp_path / "buffer").write_bytes(buffer)
        os.replace(tmp_path / "buffer", db)  # the editor writes its buffer back
    finally:
        app.close()
    done = repair.repair(db)
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("reader.json.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == buffer
    assert done[0] == f"kept the older copy {db} as {kept[0]}", done
    assert "1 entries" not in done[1], done
    with open_store(db, readonly=True) as store:
        assert [a.note for a in store.annotations("a")] == [
            "first", "saved after the editor read the file", "saved in the journal"]


def test_the_refusal_names_the_folder_once(tmp_path: Path) -> None:
    """The journal lies beside the file: its name alone, so that the line (read in a toast 40
    columns wide at 80x24, or wrapped in an 80-column terminal) is not the long path twice."""
    import pytest

    from reader.errors import CorruptDatabaseError

    db = tmp_path / "reader.json"
    with open_store(db) as store:
        _note(store, "first")
    buffer = db.read_bytes()
    with open_store(db) as store:
        _note(store, "saved after the editor read the file")
    db.write_bytes(buffer)  # written in place, as some editors do
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(db)
    message = str(caught.value)
    assert message.count(str(tmp_path)) == 1 and "reader.json.journal" in message, message
    assert "older than its journal" in message and "run `reader doctor --repair`" in message
