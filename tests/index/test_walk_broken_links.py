"""A link to a file that is gone, or a loop of links, named like an article: ``reader list``
named it as skipped, while the index's walk (``reader index``, the app's `!` list) passed it over
in silence (review18: a reporter's folder with links/dangling.txt and a loop showed 12 skipped
in the app against 15 in ``reader list``)."""

from __future__ import annotations

import os
from pathlib import Path

from reader.cli import main
from reader.index.walking import find_files


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "story.txt").write_text(" date 2024-01 A story\n\nAarhus. Text.\n", encoding="utf-8")
    os.symlink("gone.txt", lib / "dangling.txt")
    os.symlink("loop-b.txt", lib / "loop-a.txt")
    os.symlink("loop-a.txt", lib / "loop-b.txt")
    os.symlink("gone", lib / "not-an-article.png")  # no article suffix: not named
    return lib


def test_the_walk_names_broken_links(tmp_path: Path):
    lib = _library(tmp_path)
    found, skipped = find_files([str(lib)])
    assert list(found) == [str(lib / "story.txt")]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons["dangling.txt"] == "no such file or directory"
    assert reasons["loop-a.txt"].startswith("cannot read: ") and "loop-b.txt" in reasons
    assert "not-an-article.png" not in reasons


def test_index_names_them_as_list_does(tmp_path: Path, capsys):
    lib = _library(tmp_path)
    db = tmp_path / "db" / "reader.json"
    assert main(["list", str(lib), "--db", str(db)]) == 0
    listed = {line for line in capsys.readouterr().err.splitlines() if "skipped" in line and "dangling" in line}
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert listed and listed <= set(err.splitlines()), err
    assert "3 skipped" in err
