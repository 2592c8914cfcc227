"""Over a thousand folders named at once (``reader search strike ~/wire/*/`` over three years of
day folders): SQLite refuses an expression more than 1,000 deep, and the paths' condition was a
flat chain of ORs, so every command that reads the index failed with "Expression tree is too
large", saying to point READER_INDEX_DIR elsewhere (attack32)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.index import LibraryIndex
from reader.index.walking import under

STORY = """ date 2026-03 Havnearbejdere strejker i Esbjerg
Esbjerg. Omkring 300 havnearbejdere i Esbjerg nedlagde tirsdag arbejdet.

- Vi strejker, til vi får en ordentlig aftale, siger tillidsmand Gorm Vestergaard.

/nordbureau/
"""
DAYS = 1100


@pytest.fixture
def days(tmp_path: Path) -> list[str]:
    folders = []
    for day in range(DAYS):
        folder = tmp_path / "wire" / f"d{day:04d}"
        folder.mkdir(parents=True)
        folders.append(str(folder))
    (tmp_path / "wire" / "d0003" / "strejke.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "wire" / "d1090" / "strejke2.txt").write_text(STORY.replace("300", "310"), encoding="utf-8")
    return folders


def test_the_index_reads_and_searches_over_a_thousand_folders(tmp_path: Path, days: list[str]) -> None:
    index = LibraryIndex(tmp_path / "cache" / "index.sqlite3")
    report = index.sync(days)
    assert report.read == 2
    assert len(index.search("strejker", days).hits) == 2
    assert len(index.articles(days)[0]) == 2
    assert len(index.search("strejker", days[:1000]).hits) == 1  # the folders not named stay out


def test_sqlite_takes_the_condition_of_4000_folders(tmp_path: Path) -> None:
    import sqlite3

    folders = []
    for n in range(4000):
        folders.append(str(tmp_path / f"f{n}"))
        os.mkdir(folders[-1])
    cond, params = under(folders)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (path TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO t VALUES (?)", [(f"{f}/a.txt",) for f in folders[::7]] + [("/else/a.txt",)])
    assert conn.execute(f"SELECT count(*) FROM t WHERE {cond}", params).fetchone()[0] == len(folders[::7])


@pytest.mark.parametrize("command", [["search", "strejker"], ["quotes"], ["entities"], ["index"]])
def test_commands_over_a_thousand_folders(tmp_path: Path, days: list[str], command: list[str], capsys) -> None:
    db = str(tmp_path / "db" / "reader.json")
    assert main([*command, *days, "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "Expression tree" not in err and "READER_INDEX_DIR" not in err
    if command[0] != "index":
        assert "Vestergaard" in out or "Esbjerg" in out, err
