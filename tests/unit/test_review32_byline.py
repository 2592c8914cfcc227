"""A byline given as a field ("byline: Af Kirsten Møller" in front matter, "By Kate Doyle" in JSON)
is the name, as a byline line or element gives it: the quote sheet said "By Af Kirsten Møller"
(review32)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main
from reader.library import load_articles

MARKDOWN = """---
title: Bageren i Skærbæk lukker
date: 2026-11-02
byline: Af Kirsten Møller
---

Skærbæk. Byens bageri lukker ved udgangen af året.

- Min ryg siger stop, siger bager Hans Jepsen.
"""


def test_a_byline_field_loses_its_by_or_af(tmp_path: Path, capsys, monkeypatch):
    (tmp_path / "bager.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([
        {"title": "Cider farm fined", "date": "2026-10-09", "byline": "By Kate Doyle", "language": "en",
         "body": "A cider farm was fined.\n\n\"We are sorry,\" said the owner, Rosa Tate."},
        {"title": "Byline of a town", "date": "2026-10-10", "byline": "Anders By", "language": "en",
         "body": "A short item with no quote."}]), encoding="utf-8")
    assert load_articles(tmp_path / "bager.md")[0].byline == "Kirsten Møller"
    assert [a.byline for a in load_articles(tmp_path / "list.json")] == ["Kate Doyle", "Anders By"]
    monkeypatch.setenv("READER_DB", str(tmp_path / "db" / "reader.json"))
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "idx"))
    capsys.readouterr()
    assert main(["export", "--quotes", str(tmp_path / "bager.md")]) == 0
    sheet = capsys.readouterr().out
    assert "By Kirsten Møller" in sheet and "By Af" not in sheet
