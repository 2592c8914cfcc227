"""A table found damaged when first read raises CorruptDatabaseError; a crash report of that
error (Textual renders every frame's locals with Rich) must not decode the tables again: inside
the report the same error left the app hanging, keys and q ignored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rich.traceback import Traceback

from reader.errors import CorruptDatabaseError
from reader.model import Anchor
from reader.store import open_store


def test_a_crash_report_with_the_store_in_its_frames_does_not_read_the_tables(tmp_path: Path):
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_annotation("a", Anchor(0, 3, "abc", "", ""), note="first")
    with open_store(db) as store:
        db.write_bytes(os.urandom(4000))  # replaced while open: the summary was read, the table not
        with pytest.raises(CorruptDatabaseError) as caught:
            store.quote_states("a")
        error = caught.value
        report = Traceback.extract(type(error), error, error.__traceback__, show_locals=True)
        assert report.stacks and "CorruptDatabaseError" in report.stacks[-1].exc_type
