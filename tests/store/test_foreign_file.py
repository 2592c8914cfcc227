"""Another program's JSON named as the database: refused from one parse (attack15: a 200 MB one
was parsed twice, peak RSS 992 MB, to be refused)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.store import open_store, snapshot
from reader.store.check import inspect


@pytest.fixture
def parsed_once(monkeypatch):
    """The second, every-key parse (for a duplicate id) must not run."""

    def second_parse(blob):
        raise AssertionError("the file was parsed a second time")

    monkeypatch.setattr(snapshot, "_pairs", second_parse)


@pytest.mark.parametrize("data", [
    {"_default": {str(n): {"note": "x" * 50} for n in range(1, 50)}},
    {"_default": {"1": {"a": 1}}, "_index": {"1": {"b": 2}}, "other": {}},
])
def test_another_programs_json_is_refused_from_one_parse(tmp_path: Path, parsed_once, data):
    db = tmp_path / "their.json"
    text = json.dumps(data, indent=4)  # not reader's layout: the duplicate check would parse it again
    db.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        open_store(db)
    message = str(caught.value)
    assert "holds tables reader never writes ('_default')" in message and "\n" not in message
    assert db.read_text(encoding="utf-8") == text
    report = inspect(db)  # doctor says the same
    assert any("never writes" in line for line in report.problems), report.problems


def test_an_old_database_with_a_foreign_table_still_opens(tmp_path: Path):
    db = tmp_path / "old.json"  # schema 1 had no mark; a table beside its own is kept
    db.write_text(json.dumps({"articles": {}, "annotations": {}, "_default": {"1": {"x": 1}}}, indent=2))
    with open_store(db, readonly=True) as store:
        assert store.all_tags() == {}
