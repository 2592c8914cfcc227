"""``reader tag`` takes the ids ``reader list`` prints; ``reader analyze`` does every article of a
file that holds several (or the one named by id)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_articles"
MIXED = SAMPLES / "mix-01-korte-nyheder.json"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


def listed(db: Path, capsys) -> list[dict]:
    assert main(["list", str(SAMPLES), "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["articles"]


def test_tag_by_the_id_list_prints(db, capsys, monkeypatch):
    rows = listed(db, capsys)
    storm = next(r for r in rows if r["title"].startswith("Storm"))
    assert main(["tag", storm["id"], "vejr", "--in", str(SAMPLES), "--db", str(db)]) == 0
    rows = listed(db, capsys)
    assert next(r for r in rows if r["id"] == storm["id"])["tags"] == ["vejr"]
    assert [r["id"] for r in rows if r["tags"]] == [storm["id"]]
    monkeypatch.chdir(SAMPLES)  # without --in: the current folder
    assert main(["tag", storm["id"], "vejr", "--remove", "--db", str(db)]) == 0
    assert not any(r["tags"] for r in listed(db, capsys))


def test_tag_by_an_unknown_id_or_a_missing_file_says_so(db, capsys):
    assert main(["tag", "0000deadbeef", "x", "--in", str(SAMPLES), "--db", str(db)]) != 0
    err = capsys.readouterr().err
    assert "no article with that id" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["tag", str(SAMPLES / "missing.txt"), "x", "--db", str(db)]) != 0
    assert "no such file" in capsys.readouterr().err


def test_analyze_reports_every_article_of_a_json_file(db, capsys):
    assert main(["analyze", str(MIXED), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.count("── article ") == 2
    assert "Viborg" in out and "Orkney" in out
    assert main(["analyze", str(MIXED), "--db", str(db), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert isinstance(payload, list) and len(payload) == 2
    assert all(item["id"] and item["entities"] for item in payload)
    assert "Orkney" in payload[1]["title"] or "Orkney" in payload[1]["text"]


def test_analyze_one_article_by_id(db, capsys):
    rows = listed(db, capsys)
    ferry = next(r for r in rows if r["path"] == str(MIXED) and "Orkney" in r["title"])
    assert main(["analyze", str(MIXED), "--id", ferry["id"], "--json", "--db", str(db)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert isinstance(payload, dict) and "Orkney" in payload["title"]
    assert main(["analyze", ferry["id"], "--in", str(SAMPLES), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Headline: Ferry operator") and "── article" not in out
    assert main(["analyze", str(MIXED), "--id", "nope", "--db", str(db)]) != 0
    assert "no article with id nope" in capsys.readouterr().err


def test_analyze_uses_the_article_own_corrections(db, capsys):
    from reader.model import EntityLabel
    from reader.store import open_store

    rows = listed(db, capsys)
    storm = next(r for r in rows if r["title"].startswith("Storm"))
    with open_store(db) as store:
        store.set_article_correction(storm["id"], "Skagen", EntityLabel.ORG)
    assert main(["analyze", storm["path"], "--json", "--db", str(db)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {e["label"] for e in payload["entities"] + payload["title_entities"] if e["text"] == "Skagen"} == {"ORG"}
    with open_store(db) as store:
        store.remove_article_correction(storm["id"], "Skagen")
    assert main(["analyze", storm["path"], "--json", "--db", str(db)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {e["label"] for e in payload["entities"] + payload["title_entities"] if e["text"] == "Skagen"} == {"LOC"}


def test_tag_remove_of_a_tag_the_file_writes_says_it_stays(tmp_path: Path, db, capsys, monkeypatch):
    # review30: `reader tag story.md north --remove` on a Markdown file whose front matter says
    # `tags: [north]` printed "tags urgent" and exit 0, as if north were gone; `reader list` and the
    # app still showed it (a file's own tag is not the database's to remove).
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: Harbour gets a new berth\ntags: [north, harbour]\n---\n\n"
                     "WHITBY - The harbour gets a new berth.\n", encoding="utf-8")
    assert main(["tag", str(story), "urgent", "--db", str(db)]) == 0
    assert capsys.readouterr().err.strip().endswith("tags urgent; in the file: north, harbour")
    assert main(["tag", str(story), "north", "--remove", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "'north' is written in the file itself" in err and str(story) in err
    assert err.strip().endswith("tags urgent; in the file: north, harbour")
    monkeypatch.chdir(tmp_path)  # an id not found, no --in: the folder looked in is named
    assert main(["tag", "0123456789ab", "x", "--db", str(db)]) == 2
    assert f"in the current folder ({tmp_path})" in capsys.readouterr().err
