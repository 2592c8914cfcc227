"""The who lists counted for the Speakers and Names screens are kept in the index file for the next
process, written through a connection of their own that waits only ``KEEP_WAIT_SECONDS`` for another
program's lock: the index's own connection waits 5 s, and quitting the app waited for that write
(8.1 s with the index locked by another program, attack15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.index import whorows
from reader.index.catalog import LibraryIndex


def test_a_counted_list_is_kept_for_the_next_process(tmp_path: Path):
    path = tmp_path / "index.sqlite3"
    index = LibraryIndex(path)
    assert whorows.cached(index, "probe", lambda: ["Lene Kjærsgaard"], list, list) == ["Lene Kjærsgaard"]
    again = LibraryIndex(path)
    assert whorows.cached(again, "probe", lambda: ["counted again"], list, list) == ["Lene Kjærsgaard"]


def test_the_write_waits_only_its_own_short_time_for_a_lock(tmp_path: Path, monkeypatch):
    path = tmp_path / "index.sqlite3"
    index = LibraryIndex(path)
    waits: list[float] = []
    real = sqlite3.connect

    def connect(*args, **kwargs):
        waits.append(kwargs.get("timeout", 5.0))
        return real(*args, **kwargs)

    monkeypatch.setattr(whorows.sqlite3, "connect", connect)
    whorows.cached(index, "probe", lambda: [1], list, list)
    assert waits == [whorows.KEEP_WAIT_SECONDS] and whorows.KEEP_WAIT_SECONDS < 1


def test_a_locked_index_keeps_the_list_in_memory_only(tmp_path: Path, monkeypatch):
    path = tmp_path / "index.sqlite3"
    index = LibraryIndex(path)
    monkeypatch.setattr(whorows, "KEEP_WAIT_SECONDS", 0.0)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert whorows.cached(index, "probe", lambda: [1], list, list) == [1]
        assert whorows.cached(index, "probe", lambda: [2], list, list) == [1]  # from memory
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert whorows.cached(LibraryIndex(path), "probe", lambda: [3], list, list) == [3]  # never written
