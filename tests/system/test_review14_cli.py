"""review14: the shell commands a reporter types on deadline. A wrong argument is one line that
names the command's help; paths may stand on both sides of an option; a database path that is a
folder is refused before the library is walked; ``--workers 0`` is refused, not the default."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_articles"


@pytest.mark.parametrize("argv, command", [
    (["tag", "x.txt"], "tag"),
    (["analyze", "x.txt", "--lang", "xx"], "analyze"),
    (["quotes", "--json", "--csv"], "quotes"),
    (["export", "--format", "xml"], "export"),
    (["doctor", "--bogus"], "doctor"),
    (["search", "storm", "--limit", "abc"], "search"),
    (["timeline"], "timeline"),
])
def test_a_wrong_argument_is_one_line_naming_the_commands_help(argv, command, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "usage:" not in err
    assert err.startswith(f"reader {command}: error: ")
    assert err.rstrip().endswith(f"(see 'reader {command} --help')")


def test_an_optional_path_is_not_said_to_be_required(capsys):
    with pytest.raises(SystemExit):
        main(["timeline"])
    assert "required: QUERY (" in capsys.readouterr().err


def test_paths_on_both_sides_of_an_option(tmp_path, capsys):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    shutil.copy(SAMPLES / "da-04-festival-aflyst.txt", one)
    shutil.copy(SAMPLES / "en-01-port-strike.txt", two)
    db = str(tmp_path / "db.json")
    assert main(["list", str(one), "--json", str(two), "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert sorted(Path(row["path"]).parent.name for row in rows) == ["one", "two"]


def test_a_folder_as_database_is_refused_before_the_library_is_read(tmp_path, capsys, monkeypatch):
    library = tmp_path / "lib"
    library.mkdir()
    (library / "empty.txt").write_text("")  # read, it would be reported as skipped
    monkeypatch.chdir(library)
    for argv in (["list"], ["export"]):
        assert main(["--db", str(tmp_path), *argv]) == 2
        err = capsys.readouterr().err
        assert err.splitlines() == [f"reader: error: {tmp_path} is a folder, not a database file; "
                                    "give the name of a file (it is created if absent)"]


def test_index_refuses_zero_workers(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "idx"))
    assert main(["index", str(SAMPLES), "--workers", "0", "--db", str(tmp_path / "db.json")]) == 2
    assert capsys.readouterr().err.strip() == "reader: error: --workers needs a number of 1 or more"


def test_the_notes_export_says_notes_as_the_app_does(tmp_path, capsys):
    db = str(tmp_path / "db.json")
    story = SAMPLES / "da-04-festival-aflyst.txt"
    assert main(["tag", str(story), "vejr", "--db", db]) == 0
    out = tmp_path / "notes.md"
    capsys.readouterr()
    assert main(["export", str(story), "-o", str(out), "--db", db]) == 0
    assert capsys.readouterr().err.strip() == f"reader: wrote the tags of 1 article (no notes) to {out}"
    assert "No notes.\n" in out.read_text(encoding="utf-8") and "annotation" not in out.read_text(encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(empty), "--db", db]) == 0
    assert "No notes to export." in capsys.readouterr().out


def _two_storms(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2024-09 Storm over Ribe\n\nRibe. En storm ramte byen i nat.\n", encoding="utf-8")
    (folder / "b.txt").write_text(" date 2024-09-12 Storm over Tønder\n\nTønder. En storm ramte byen.\n",
                                  encoding="utf-8")
    return folder


def test_a_weekly_timeline_says_what_is_dated_only_to_a_month(tmp_path, capsys):
    folder = _two_storms(tmp_path / "lib")
    db = str(tmp_path / "db.json")
    assert main(["timeline", "search:storm", str(folder), "--by", "week", "--db", db]) == 0
    captured = capsys.readouterr()
    assert "2024-W37 1" in captured.out
    assert captured.err.strip().splitlines()[-1] == (
        "reader: 1 of the 2 are dated only to a month, so in no week (--by month counts them)")
    assert main(["timeline", "search:storm", str(folder), "--db", db]) == 0
    captured = capsys.readouterr()
    assert "2024-09 2" in captured.out and "only to a month" not in captured.err


def test_an_export_of_a_folder_without_articles_says_so(tmp_path, capsys, monkeypatch):
    # review30: `reader export` run in the folder of the exports (not the articles) printed "No
    # notes to export." and nothing else, as for a library with no notes yet.
    db = str(tmp_path / "db.json")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    monkeypatch.chdir(drafts)
    assert main(["export", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "No notes to export." in out
    assert err.strip() == (f"reader: no articles in the current folder ({drafts}); name the folder that "
                           "holds them (reader export FOLDER)")
    assert main(["export", str(SAMPLES), "--db", db]) == 0  # a library without notes: no such line
    assert "no articles in" not in capsys.readouterr().err
