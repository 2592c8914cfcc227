"""review26: ``reader list`` and ``reader search`` print a file name a script can open (runs of
spaces and a space at its end kept), and ``reader search --limit`` says when it cut the list."""

from __future__ import annotations

from pathlib import Path

from reader.cli import main

STORY = " date 2025-03-0{n} Havnen i Odense får ny kran\n\nOdense. Havnen i Odense har fået en ny kran, oplyser havnen.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "kran  to mellemrum .txt").write_text(STORY.format(n=1), encoding="utf-8")
    (folder / "kran\nlinjeskift.txt").write_text(STORY.format(n=2), encoding="utf-8")
    (folder / "kran tre.txt").write_text(STORY.format(n=3), encoding="utf-8")
    return folder


def _paths(out: str, column: int) -> list[str]:
    return [line.split("\t")[column] for line in out.splitlines() if line.count("\t") >= column]


def test_list_prints_the_file_name_as_it_is(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["list", str(folder), "--db", str(tmp_path / "db.json")]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 4  # the heading and one row an article: the line break stays in its row
    paths = _paths(out, 7)
    assert str(folder / "kran  to mellemrum .txt") in paths  # openable: both spaces, and the one at the end
    assert str(folder / "kran\u240alinjeskift.txt") in paths
    assert Path(next(p for p in paths if "mellemrum" in p)).is_file()


def test_search_prints_the_file_name_as_it_is(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["search", "kran", str(folder), "--db", str(tmp_path / "db.json")]) == 0
    paths = _paths(capsys.readouterr().out, 4)
    assert str(folder / "kran  to mellemrum .txt") in paths
    assert str(folder / "kran\u240alinjeskift.txt") in paths


def test_search_says_when_the_limit_cut_the_list(tmp_path, capsys):
    folder = _folder(tmp_path)
    db = str(tmp_path / "db.json")
    assert main(["search", "kran", str(folder), "--db", db, "--limit", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count(str(folder)) == 2
    assert "2 articles shown; more match (--limit N shows more)" in captured.err
    assert "2 articles found" not in captured.err
    assert main(["search", "kran", str(folder), "--db", db, "--limit", "3"]) == 0
    assert "3 articles found" in capsys.readouterr().err  # all there are: no word of more
