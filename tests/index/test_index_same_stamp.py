"""``reader index`` / ``search`` after a file is rewritten with its old size and mtime put back
(``touch -r``, ``rsync -t``, a feed stamping a corrected story with its publication time): the index
must read the new wording, not keep the old one until the file's mtime moves (attack32)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from reader.cli import main

OLD = "Title: Borgmester trækker sig\nDate: 2025-01-03\n\nBorgmesteren går af, siger byrådet i Vejle.\n"
NEW = "Title: Borgmester fortsætter\nDate: 2025-01-03\n\nBorgmesteren bliver, siger byrådet i Horsens.\n"


def _search(capsys, word: str, lib: Path, db: Path) -> list[str]:
    capsys.readouterr()
    assert main(["search", word, str(lib), "--db", str(db), "--json"]) == 0
    return [Path(h["path"]).name for h in json.loads(capsys.readouterr().out)["hits"]]


def test_a_rewrite_that_keeps_size_and_mtime_is_indexed_again(tmp_path: Path, capsys) -> None:
    assert len(OLD.encode()) == len(NEW.encode())
    lib, db = tmp_path / "lib", tmp_path / "db" / "reader.json"
    lib.mkdir()
    story = lib / "a.txt"
    story.write_text(OLD, encoding="utf-8")
    (lib / "b.txt").write_text("Title: Andet\n\nIntet om byrådet her.\n", encoding="utf-8")
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    assert _search(capsys, "Vejle", lib, db) == ["a.txt"]
    info = story.stat()
    story.write_text(NEW, encoding="utf-8")
    os.utime(story, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert (story.stat().st_size, story.stat().st_mtime_ns) == (info.st_size, info.st_mtime_ns)
    capsys.readouterr()
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    assert "0 files read" not in capsys.readouterr().err
    assert _search(capsys, "Horsens", lib, db) == ["a.txt"]
    assert _search(capsys, "Vejle", lib, db) == []


def test_an_untouched_folder_is_not_read_again(tmp_path: Path, capsys) -> None:
    lib, db = tmp_path / "lib", tmp_path / "db" / "reader.json"
    lib.mkdir()
    (lib / "a.txt").write_text(OLD, encoding="utf-8")
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    assert "0 files read" in capsys.readouterr().err
