"""What reader prints, saved into the library folder, is not read as articles: ``reader list
--json > library.json`` gave every article a twin without text that took the real one's id, so
``reader tag ID`` tagged the twin (review18); ``reader quotes --json`` made each quote a headline
without a body, and ``reader quotes --md`` an article called "Quote sheet"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from reader.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def _out(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_outputs_saved_in_the_folder_are_not_articles(tmp_path: Path, capsys, monkeypatch):
    lib = tmp_path / "lib"
    shutil.copytree(SAMPLES, lib)
    db = str(tmp_path / "db" / "reader.json")
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "index"))
    before = json.loads(_out(capsys, "list", str(lib), "--json", "--db", db))["articles"]
    assert main(["index", str(lib), "--db", db, "--workers", "1"]) == 0
    (lib / "library.json").write_text(_out(capsys, "list", str(lib), "--json", "--db", db), encoding="utf-8")
    (lib / "quotes.json").write_text(_out(capsys, "quotes", "--json", "--db", db), encoding="utf-8")
    (lib / "first.json").write_text(_out(capsys, "quotes", "--first-seen", "--json", "--db", db), encoding="utf-8")
    (lib / "sheet.md").write_text(_out(capsys, "quotes", "--md", "--db", db), encoding="utf-8")
    capsys.readouterr()
    after = json.loads(_out(capsys, "list", str(lib), "--json", "--db", db))
    assert [(a["id"], a["path"]) for a in after["articles"]] == [(a["id"], a["path"]) for a in before]
    assert {Path(s["path"]).name: s["reason"] for s in after["skipped"]} == dict.fromkeys(
        ("library.json", "quotes.json", "first.json", "sheet.md"), "an export of notes from reader, not an article")
    first = before[0]
    assert main(["tag", first["id"], "checked", "--in", str(lib), "--db", db]) == 0
    tagged = {a["path"]: a["tags"] for a in json.loads(_out(capsys, "list", str(lib), "--json", "--db", db))["articles"]}
    assert tagged[first["path"]] == ["checked"]
