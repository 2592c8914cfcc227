"""A line break in a file's name is shown (␊) in the exports' links, as `reader list` shows it
(review33: the CSV's `link` cell held the raw line break, and the Markdown's link text a space,
a name no file has)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reader.cli import main

_STORY = " date 2026-11-30 Landmænd i Hobæk frygter for vinteren\n\nHobæk. Jorden er våd.\n\n- Det er slemt, siger landmand Ib Holt.\n\n/nordbureau/\n"


def _export(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def test_a_line_break_in_a_file_name_is_shown_in_every_exports_link(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "landbrug\nthy.txt").write_text(_STORY, encoding="utf-8")
    db = str(tmp_path / "db.json")
    assert main(["tag", str(folder / "landbrug\nthy.txt"), "vejr", "--db", db]) == 0
    notes = list(csv.DictReader(io.StringIO(_export(capsys, str(folder), "--format", "csv", "--db", db))))
    assert notes[0]["link"].endswith("landbrug\u240athy.txt")
    assert notes[0]["url"].endswith("landbrug%0Athy.txt")  # the exact name, for a script
    sheet = list(csv.DictReader(io.StringIO(_export(capsys, str(folder), "--quotes", "--format", "csv", "--db", db))))
    assert sheet and sheet[0]["link"].endswith("landbrug\u240athy.txt")
    markdown = _export(capsys, str(folder), "--db", db)
    assert "landbrug\u240athy.txt](file://" in markdown
