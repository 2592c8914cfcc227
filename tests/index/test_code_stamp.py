"""Rows made by other parsing or analysis code are read or analysed again, not shown as current."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.index import LibraryIndex

TEXT = """Havnen åbner igen efter strejken

Esbjerg. Havnearbejderne vendte tilbage mandag.

- Vi fik en fair aftale, siger tillidsmand Rikke Dalsgaard.

/ritzau/
"""


def _library(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2019-03-04 " + TEXT, encoding="utf-8")
    path = tmp_path / "cache" / "ix.sqlite3"
    index = LibraryIndex(path)
    index.sync([str(folder)])
    assert index.notice == ""
    index.close()
    return folder, path


def _as_old_code(path: Path, key: str, *statements: str) -> None:
    """Make the index look as if an older reader wrote its rows."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.execute("UPDATE meta SET value = 'older' WHERE key = ?", (key,))
    conn.commit()
    conn.close()


def _speakers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [name for (name,) in conn.execute("SELECT speaker FROM quotes")]
    finally:
        conn.close()


def test_rows_of_an_older_parser_are_read_again_and_stay_listed_meanwhile(tmp_path) -> None:
    folder, path = _library(tmp_path)
    _as_old_code(path, "parse_code", "UPDATE articles SET title = 'Made by the old parser'")
    again = LibraryIndex(path)
    assert "reads articles differently" in again.notice and "\n" not in again.notice
    assert [a.title for a in again.articles([str(folder)])[0]] == ["Made by the old parser"]  # listed at once
    assert again.sync([str(folder)]).read == 1  # the unchanged file is read again
    assert [a.title for a in again.articles([str(folder)])[0]] == ["Havnen åbner igen efter strejken"]
    again.close()
    assert LibraryIndex(path).notice == ""  # once only


def test_results_of_an_older_analysis_are_analysed_again(tmp_path) -> None:
    folder, path = _library(tmp_path)
    assert _speakers(path) == ["Rikke Dalsgaard"]
    _as_old_code(path, "analysis_code", "UPDATE quotes SET speaker = 'Old Analysis'")
    again = LibraryIndex(path)
    assert "analyses them again" in again.notice
    report = again.sync([str(folder)])
    assert (report.read, report.analysed) == (0, 1)  # not read again, analysed again
    again.close()
    assert _speakers(path) == ["Rikke Dalsgaard"]


def test_the_same_code_leaves_the_rows_alone(tmp_path) -> None:
    folder, path = _library(tmp_path)
    again = LibraryIndex(path)
    report = again.sync([str(folder)])
    assert (again.notice, report.read, report.analysed) == ("", 0, 0)


def test_damage_only_the_refresh_reaches_rebuilds_the_index(tmp_path) -> None:
    folder, path = _library(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # the pages in the file itself, not a WAL
    conn.executemany("INSERT INTO files VALUES (?, 1, 1, 'digest', '')",
                     [(f"/gone/{k:05d}-{'x' * 100}.txt",) for k in range(3000)])
    conn.execute("UPDATE meta SET value = 'older' WHERE key = 'parse_code'")
    conn.commit()
    pages = [page for (page,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'files' ORDER BY pageno")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as file:  # a leaf of the files table in the middle: the probe reads the first
        file.seek((pages[len(pages) // 2] - 1) * size)
        file.write(b"\x0d" + b"\xff" * 7 + b"\xee" * 2000)
    again = LibraryIndex(path)  # no "malformed" error out of the constructor
    assert "damaged" in again.notice and "\n" not in again.notice
    assert again.sync([str(folder)]).read == 1
    assert [a.title for a in again.articles([str(folder)])[0]] == ["Havnen åbner igen efter strejken"]
    again.close()


def test_the_call_that_analyses_for_the_index_is_part_of_the_analysis_stamp(tmp_path) -> None:
    """records.analyse_item says what the index's analysis is (which headline, which language);
    the quote sheet takes its rows for the analysis while the analysis stamp is the same
    (reader.index.sheetrows). A change there alone left the stamp as it was: after the refresh
    (which marks files for reading again, not the rows stale) an interrupted sync left rows of the
    old call that the sheet trusted."""
    import shutil

    from reader.index import codestamp

    root = codestamp._ROOT
    copy = tmp_path / "reader"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("__pycache__"))
    records = copy / "index" / "records.py"
    try:
        codestamp._ROOT = copy
        codestamp.stamps.cache_clear()
        before = codestamp.stamps()
        records.write_text(records.read_text(encoding="utf-8").replace("title=title)", "title=\"\")"),
                           encoding="utf-8")
        codestamp.stamps.cache_clear()
        after = codestamp.stamps()
    finally:
        codestamp._ROOT = root
        codestamp.stamps.cache_clear()
    assert before["parse_code"] != after["parse_code"]  # the copy was changed
    assert before["analysis_code"] != after["analysis_code"]
