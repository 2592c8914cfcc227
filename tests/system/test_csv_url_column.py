"""The CSV exports carry the article's file:// URL in a last column ``url`` (review27): ``link``
shows a hostile file name's control characters visibly (␛), so that the CSV never carries a
terminal control sequence, and a tool reading the CSV gets the exact path from ``url``."""

from __future__ import annotations

import csv
import io
import os
import urllib.parse
from pathlib import Path

from reader.cli import main

STORY = " date 2025-01-02 Byrådet mødes\n\nAarhus. Byrådet mødes.\n\n- Det er vigtigt, siger borgmester Anna Berg.\n"
NAME = "esc\x1b[31mred\x1b]0;t\x07.txt"


def _rows(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["export", *args, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out  # safe to print
    return list(csv.DictReader(io.StringIO(out)))


def _path_of(url: str) -> str:
    assert url.startswith("file:///")
    return os.fsdecode(urllib.parse.unquote_to_bytes(url[len("file://"):]))


def test_the_csv_exports_give_the_exact_path_of_a_hostile_file_name(tmp_path: Path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / NAME).write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    assert main(["tag", str(lib / NAME), "hostile", "--db", db]) == 0
    (row,) = _rows(capsys, str(lib), "--db", db)
    assert row["link"].endswith("esc␛[31mred␛]0;t␇.txt")
    assert _path_of(row["url"]) == str(lib / NAME) and os.path.exists(_path_of(row["url"]))
    sheet = _rows(capsys, str(lib), "--db", db, "--quotes")
    assert sheet and all(_path_of(r["url"]) == str(lib / NAME) for r in sheet)


def test_a_quote_sheet_written_before_the_url_column_is_still_an_earlier_export(tmp_path: Path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "kort.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    old = tmp_path / "sheet.csv"
    old.write_text("article_id,title,date,source,byline,link,quote,speaker,role,affiliation,speaker_set_by_hand,"
                   "state,checked_text,checked_speaker,start,end,kind\n", encoding="utf-8")
    assert main(["export", str(lib), "--db", db, "--quotes", "-o", str(old)]) == 0  # replaced, no --force
    header = old.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith(",kind,url")


def test_reader_quotes_csv_gives_the_exact_path_too(tmp_path: Path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / NAME).write_text(STORY, encoding="utf-8")
    capsys.readouterr()
    assert main(["quotes", str(lib), "--db", str(tmp_path / "db" / "reader.json"), "--csv"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["path"].endswith("esc␛[31mred␛]0;t␇.txt") and _path_of(row["url"]) == str(lib / NAME)
