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


def test_tag_by_id_names_the_file_it_tagged(tmp_path: Path, capsys):
    """Copies of a story share its headline: 'reader tag ID' said only the headline, so a reporter
    could not tell which copy got the tag (review18: a folder with nine copies of one story)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    story = " date 2024-01 Færgen aflyser\n\nMarstal. Tekst.\n\n/bureau/\n"
    for name in ("a.txt", "b.txt"):
        (lib / name).write_text(story, encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    rows = json.loads(_out(capsys, "list", str(lib), "--json", "--db", db))["articles"]
    second = next(r for r in rows if r["path"].endswith("b.txt"))
    capsys.readouterr()
    assert main(["tag", second["id"], "x", "--in", str(lib), "--db", db]) == 0
    assert capsys.readouterr().err.strip() == f"Færgen aflyser ({lib / 'b.txt'}): tags x"
    assert main(["tag", str(lib / "a.txt"), "y", "--db", db]) == 0
    assert capsys.readouterr().err.strip() == "Færgen aflyser: tags y"  # by path: the reporter named it
