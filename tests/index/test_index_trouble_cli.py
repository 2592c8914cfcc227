"""Shell commands meeting a damaged or busy library index: one line, never "internal error", and
a command that names no paths still finds what the index held before it was rebuilt."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.index import database

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def _replace(index_file: Path, data: bytes) -> None:
    """The index file replaced as another process would find it (a new file: this process's
    open connections to the old one share nothing with it)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    index_file.write_bytes(data)


def _quotes(capsys, db: Path, *paths: str) -> tuple[int, list, str]:
    code = main(["quotes", "--db", str(db), "--json", *paths])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else []), err


def test_damage_met_by_a_query_rebuilds_and_answers(indexed, db, capsys, monkeypatch):
    code, before, _ = _quotes(capsys, db)
    assert code == 0 and len(before) > 20
    from reader.index import whoquotes

    real, calls = whoquotes._with_roles, []

    def damaged_once(*args, **kwargs):  # damage the opening probe did not reach
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(*args, **kwargs)

    monkeypatch.setattr(whoquotes, "_with_roles", damaged_once)
    code, after, err = _quotes(capsys, db)
    assert code == 0, err
    assert "internal error" not in err and "damaged" in err
    assert "reading again what the index was built from" in err and "lib" in err
    assert [q["quote"] for q in after] == [q["quote"] for q in before]


def test_a_search_naming_no_paths_after_a_rebuild_finds_the_articles(indexed, db, capsys):
    index_file = database.index_path_for(db)
    _replace(index_file, b"not a database at all" * 100)  # the whole file damaged
    assert main(["search", "fængsel", "--db", str(db), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "built again" in err and "index is empty" not in err
    assert len(json.loads(out)["hits"]) >= 1
    assert main(["search", "fængsel", "--db", str(db), "--json"]) == 0  # and the next run quietly
    out, err = capsys.readouterr()
    assert len(json.loads(out)["hits"]) >= 1 and "reading again" not in err


def test_a_folder_gone_since_is_not_read_again(indexed, db, capsys):
    index_file = database.index_path_for(db)
    _replace(index_file, b"\0" * 4096)
    shutil.rmtree(indexed)
    code, quotes, err = _quotes(capsys, db)
    assert code == 0 and quotes == [] and "internal error" not in err and "reading again" not in err


def test_a_busy_index_is_said_as_busy_not_as_the_notes_database(indexed, db, capsys, monkeypatch):
    monkeypatch.setattr(database, "BUSY_SECONDS", 0.05)
    holder = sqlite3.connect(database.index_path_for(db), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another copy of reader writing
    try:
        for args in (["quotes", "--db", str(db)], ["entities", "--db", str(db)],
                     ["search", "fængsel", "--db", str(db)]):
            code = main(args)
            err = capsys.readouterr().err
            assert code == 0, (args, err)
            assert "internal error" not in err and "notes database not read" not in err, (args, err)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_remembered_root_holding_no_article_is_read_again_once(indexed, db, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["index", str(empty), "--db", str(db)]) == 0  # remembered, holds nothing
    _replace(database.index_path_for(db), b"\0" * 4096)
    for run in range(3):
        code, quotes, err = _quotes(capsys, db)
        assert code == 0 and quotes, err
        assert ("reading again" in err) == (run == 0), (run, err)  # not at every command after


def test_the_roots_file_keeps_only_absolute_paths_and_bounds_its_size(tmp_path):
    from reader.index import remembered

    index_file = tmp_path / "library.sqlite3"
    roots = Path(f"{index_file}.roots")
    roots.write_text(json.dumps([".", "lib", "", 3, None, str(tmp_path)]))
    assert remembered.read(index_file) == [str(tmp_path)]  # "." would read the folder of the day
    # 16 MB, ten times what read() takes in (200 roots of 8 KB); 400 MB cost seconds of writing
    roots.write_text(json.dumps([str(tmp_path)] + ["/" + "x" * 4000] * 4_000))
    assert remembered.read(index_file) == []  # a runaway file is not parsed whole


def test_an_index_that_cannot_be_opened_is_one_line(db, tmp_path, capsys, monkeypatch):
    def refused(*args, **kwargs):  # a read-only index folder: sqlite cannot create the file
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(database.sqlite3, "connect", refused)
    for args in (["quotes"], ["entities"], ["search", "x"], ["timeline", "x"]):
        assert main([*args, "--db", str(db)]) == 2, args
        err = capsys.readouterr().err
        assert "internal error" not in err and "cannot be opened: unable to open database file" in err, (args, err)


def test_articles_not_analysed_yet_are_named_not_taken_for_nobody(tmp_path, db, capsys):
    """Another reader is still indexing (read, not yet analysed): quotes and entities say so
    rather than answer 'no speaker named ...' as if the library had none."""
    from reader.archive import open_index
    from reader.settings import resolve_db_path

    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    open_index(resolve_db_path(str(db))).sync([str(folder)], analyse=False)
    for command in (["quotes", "--speaker", "Bundgaard"], ["entities"]):
        main([*command, "--db", str(db)])
        err = capsys.readouterr().err
        assert "13 of 13 articles are not analysed yet" in err, err
    assert main(["index", str(folder), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--speaker", "Bundgaard", "--db", str(db)]) == 0
    assert "not analysed" not in capsys.readouterr().err


def test_an_index_folder_that_is_a_file_is_named_plainly(tmp_path, db, capsys, monkeypatch):
    taken = tmp_path / "cache"
    taken.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("READER_INDEX_DIR", str(taken))
    assert main(["search", "havn", str(SAMPLES), "--db", str(db)]) == 0  # on a temporary index (attack15)
    err = capsys.readouterr().err
    assert f"a file stands where a folder should be in {taken}" in err and "temporary index" in err
    assert main(["index", str(SAMPLES), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"a file stands where a folder should be in {taken}" in err and len(err.splitlines()) == 1


def test_reader_index_meeting_a_busy_or_read_only_index_says_so_in_one_line(indexed, db, capsys, monkeypatch):
    (indexed / "new.txt").write_text('Title: Ny\n\n"Vi er klar," siger Per Olsen.\n', encoding="utf-8")
    monkeypatch.setattr(database, "BUSY_SECONDS", 0.05)
    holder = sqlite3.connect(database.index_path_for(db), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another copy of reader writing
    try:
        code = main(["index", str(indexed), "--db", str(db), "--workers", "1"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 2 and "internal error" not in err and "busy" in err, err
    configure = database._configure

    def read_only(conn):  # an index file this user may read but not write (chattr +i, a read-only mount)
        configure(conn)
        conn.execute("PRAGMA query_only = ON")

    monkeypatch.setattr(database, "_configure", read_only)
    code = main(["index", str(indexed), "--db", str(db), "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "internal error" not in err and "cannot be used" in err, err


@pytest.mark.parametrize("command", [["search", "budget"], ["quotes"], ["entities"]])
def test_a_named_folder_without_articles_is_not_told_to_name_the_paths(tmp_path: Path, db: Path, capsys, command):
    # The paths were named (and read): "run 'reader index PATH' first (or name the paths)" was
    # advice the reporter had just followed.
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([*command, str(empty), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert f"no articles in {empty}" in err and "name the paths" not in err
