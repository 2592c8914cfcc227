"""A first index writes its rows in few, large transactions with a large page cache and WAL
(reader/index/catalog.py: each commit rewrote pages and FTS5 segments: 2.8 GB for 191 MB)."""

from __future__ import annotations

from pathlib import Path

from reader.index import LibraryIndex


def test_a_first_index_commits_in_few_large_transactions(tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    for k in range(300):
        (lib / f"{k:03}.txt").write_text(f"Title: Nyhed nummer {k}\n\nByen fik en ny plads nummer {k}.\n", encoding="utf-8")
    index = LibraryIndex(tmp_path / "index.sqlite3")
    seen: list[str] = []
    index.conn.set_trace_callback(seen.append)
    report = index.sync([str(lib)], analyse=False)
    assert report.read == 300 and index.counts()["articles"] == 300
    commits = [s for s in seen if s.startswith("BEGIN")]
    assert len(commits) <= 2  # 64 files a transaction made 5
    assert "PRAGMA wal_autocheckpoint = 16384" in seen
    # afterwards the connection is as it was: a small cache for reading the list
    assert index.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert index.conn.execute("PRAGMA cache_size").fetchone()[0] == -8000
    index.close()


def test_a_sync_that_fails_and_closes_its_connection_reports_that_failure(tmp_path: Path, monkeypatch):
    import pytest

    from reader.errors import LibraryIndexError

    index = LibraryIndex(tmp_path / "index.sqlite3")

    def failing(_action):
        index.conn.close()  # as a failure deep in a sync may leave it
        raise LibraryIndexError("the index folder went away")

    monkeypatch.setattr(index, "_guarded", failing)
    with pytest.raises(LibraryIndexError, match="went away"):  # not sqlite3's "closed database"
        index.sync([str(tmp_path)], analyse=False)
