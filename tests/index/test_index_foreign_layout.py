"""An index file whose schema number is right but whose tables are not this code's (a foreign
SQLite file with a 'meta' table, another build's index, a table dropped or altered by hand) is a
cache like any other: rebuilt with a one-line notice, never "internal error", never a fallback to
a temporary index on every command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.index import database


def _alter(index_file: Path, *statements: str) -> None:
    conn = sqlite3.connect(index_file)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _foreign(index_file: Path) -> None:
    """A new SQLite file that has only a meta table naming this code's schema number."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    _alter(index_file, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
           f"INSERT INTO meta VALUES ('schema', '{database.SCHEMA_VERSION}')")


SHAPES = {
    "foreign file with a meta table": _foreign,
    "a table missing": lambda f: _alter(f, "DROP TABLE quotes"),
    "a column missing": lambda f: _alter(f, "ALTER TABLE quotes DROP COLUMN affiliation"),
    "a column added": lambda f: _alter(f, "ALTER TABLE files ADD COLUMN extra TEXT"),
    "the heads table of another build": lambda f: _alter(f, "DROP TABLE heads", "CREATE TABLE heads (x)"),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_an_index_of_another_layout_is_rebuilt_and_the_commands_answer(indexed, db, capsys, shape):
    assert main(["quotes", "--db", str(db), "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert len(before) > 20
    SHAPES[shape](database.index_path_for(db))
    assert main(["quotes", "--db", str(db), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "internal error" not in err and "temporary index" not in err, err
    assert "built again" in err
    assert [q["quote"] for q in json.loads(out)] == [q["quote"] for q in before]
    assert main(["index", str(indexed), "--db", str(db), "--workers", "1"]) == 0  # and stays usable
    out, err = capsys.readouterr()
    assert "cannot" not in err and "skipped" not in out + err.replace("0 skipped", ""), err


def test_the_index_this_code_makes_is_kept(indexed, db, capsys):
    index_file = database.index_path_for(db)
    conn, notice = database.connect(index_file)
    conn.close()
    assert notice == ""
