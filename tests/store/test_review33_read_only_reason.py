"""The reason a database opened read-only gives says what stays true (review33): the app's launch
toast read "Read-only: … is read-only (its permissions); nothing was changed. Notes and tags cannot
be changed." before anything had been tried."""

from __future__ import annotations

from pathlib import Path

import reader.store.storage as storage
from reader.store import open_store


def test_a_database_opened_read_only_as_a_fallback_does_not_say_nothing_was_changed(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "reader.json"
    open_store(db).close()
    monkeypatch.setattr(storage, "read_only_file", lambda path: True)  # tests run as root: chmod would not do
    with open_store(db, fallback_readonly=True) as store:
        assert store.readonly
        assert store.readonly_reason.endswith("is read-only (its permissions)")
        assert "nothing was changed" not in store.readonly_reason
