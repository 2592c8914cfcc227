"""Shell commands that read the library index, when it cannot be written (a full disk, a file
where its folder should be): they answer from a temporary index, as the app reads the files
without one; ``reader index`` says in one line how to go on (attack15)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from reader.cli import main
from reader.index import database
from reader.index.catalog import LibraryIndex

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch) -> Path:
    """The temporary folder the fallback index is made in (checked empty afterwards)."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _quotes(capsys, db: Path) -> tuple[int, list, str]:
    code = main(["quotes", "--db", str(db), "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else []), err


def test_a_full_disk_under_the_index_falls_back_to_a_temporary_one(indexed, db, scratch, capsys, monkeypatch):
    code, before, _ = _quotes(capsys, db)
    assert code == 0 and len(before) > 20
    real_index = database.index_path_for(db)
    real_sync = LibraryIndex.sync

    def full(self, *args, **kwargs):  # the real index's folder has no room; the temporary one has
        if self.path == real_index:
            raise sqlite3.OperationalError("database or disk is full")
        return real_sync(self, *args, **kwargs)

    monkeypatch.setattr(LibraryIndex, "sync", full)
    database._discard(real_index)  # it must be filled again from the files: a sync that fails
    code, after, err = _quotes(capsys, db)
    assert code == 0, err  # old: 2, "the library index cannot be used: database or disk is full"
    assert "temporary index" in err and "READER_INDEX_DIR" in err and "internal error" not in err
    assert [q["quote"] for q in after] == [q["quote"] for q in before]  # the remembered folders read
    assert main(["search", "fængsel", str(indexed), "--db", str(db), "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)["hits"]) >= 1 and "temporary index" in err
    assert list(scratch.iterdir()) == []  # the temporary index removed
    assert main(["index", str(indexed), "--db", str(db), "--workers", "1"]) == 2  # its job is the index
    err = capsys.readouterr().err
    assert err.count("\n") <= 2 and "disk is full" in err and "READER_INDEX_DIR" in err


def test_an_index_folder_that_cannot_be_made_falls_back(tmp_path, db, scratch, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("READER_INDEX_DIR", str(blocker))
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    assert main(["search", "fængsel", str(folder), "--db", str(db), "--json"]) == 0  # old: 2
    out, err = capsys.readouterr()
    assert len(json.loads(out)["hits"]) >= 1
    assert "cannot be opened: a file stands where a folder should be" in err and "temporary index" in err
    assert blocker.read_text() == "x" and list(scratch.iterdir()) == []


def test_a_named_pipe_as_the_remembered_roots_is_not_waited_on(tmp_path, db, capsys):
    """``<index>.roots`` made a FIFO: search, quotes and index waited for a writer for ever
    (attack15, stopped by timeout); now the roots count as none and the command answers."""
    import os
    import threading

    from reader.index import remembered

    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    assert main(["index", str(folder), "--db", str(db), "--workers", "1"]) == 0
    roots = Path(f"{database.index_path_for(db)}.roots")
    roots.unlink()
    os.mkfifo(roots)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(remembered.read(database.index_path_for(db))), daemon=True)
    reader.start()
    reader.join(120)  # a hang guard, not a speed limit
    if not result:
        with open(roots, "wb"):  # let the waiting read go
            pass
        pytest.fail("reading the remembered roots waited on a named pipe")
    assert result == [[]]
    capsys.readouterr()
    assert main(["search", "fængsel", "--db", str(db), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) >= 1
