"""A sync that analyses writes each article's search row once, names and speakers with the text
(FTS5 does an UPDATE as a delete and an insert of the whole row: every body was tokenised and
written twice), and the index is the one the two passes (read, then analyse) make."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.index import LibraryIndex

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"
_TABLES = ("SELECT rowid, * FROM fts ORDER BY rowid", "SELECT * FROM articles ORDER BY rowid",
           "SELECT * FROM quotes ORDER BY id", "SELECT * FROM quote_keys ORDER BY key, quote",
           "SELECT * FROM mentions ORDER BY article, label, name")


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    shutil.copytree(SAMPLES, lib)
    return lib


def test_an_analysing_sync_writes_each_search_row_once(tmp_path: Path):
    lib = _library(tmp_path)
    index = LibraryIndex(tmp_path / "index.sqlite3")
    seen: list[str] = []
    index.conn.set_trace_callback(seen.append)
    report = index.sync([str(lib)])
    assert report.read == 12 and report.analysed == index.counts()["articles"] > 0
    assert index.counts()["unanalysed"] == 0
    assert not [s for s in seen if s.lstrip().upper().startswith("UPDATE FTS")]
    assert index.conn.execute("SELECT count(*) FROM fts WHERE speakers != ''").fetchone()[0] > 0
    index.close()


def test_the_index_is_the_one_reading_then_analysing_makes(tmp_path: Path):
    lib = _library(tmp_path)
    once = LibraryIndex(tmp_path / "once.sqlite3")
    once.sync([str(lib)])
    twice = LibraryIndex(tmp_path / "twice.sqlite3")
    twice.sync([str(lib)], analyse=False)
    assert twice.counts()["unanalysed"] > 0
    twice.sync([str(lib)])
    for sql in _TABLES:
        assert once.conn.execute(sql).fetchall() == twice.conn.execute(sql).fetchall(), sql
    found = 0
    for query in ("borgmester", "person:Hansen", "kommune*", "minister OR police"):
        got = [(h.article.id, h.score, h.snippet) for h in once.search(query, [str(lib)]).hits]
        assert got == [(h.article.id, h.score, h.snippet) for h in twice.search(query, [str(lib)]).hits], query
        found += len(got)
    assert found >= 4
    once.close()
    twice.close()
