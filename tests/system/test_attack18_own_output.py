"""attack18: a news article in JSON that happens to carry ``"exported_by": "reader"`` (a CMS field
naming who exported it) is an article: the library dropped it without a word as one of reader's own
exports, and ``reader export -o`` overwrote it as an earlier export."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main

ARTICLE = {"title": "Valg i Aarhus trækker ud", "date": "2026-11-20", "exported_by": "reader",
           "body": "Optællingen i Aarhus tog hele natten. Borgmesteren ventede på rådhuset."}


def test_json_article_with_exported_by_is_read(tmp_path: Path, capsys) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "valg.json").write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    capsys.readouterr()
    assert main(["list", str(lib), "--json", "--db", db]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in listing["articles"]] == ["Valg i Aarhus trækker ud"]


def test_export_does_not_overwrite_a_json_article_with_exported_by(tmp_path: Path, capsys) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    target = lib / "valg.json"
    target.write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    before = target.read_bytes()
    db = str(tmp_path / "db" / "reader.json")
    assert main(["export", str(lib), "-o", str(target), "--db", db]) == 2
    assert "not overwriting" in capsys.readouterr().err
    assert target.read_bytes() == before
