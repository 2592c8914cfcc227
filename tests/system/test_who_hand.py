"""Who said what with the journalist's word: a speaker set by hand on a quote replaces the one the
analysis found in every who-said-what answer, and a joint speaker keeps its members' own quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

from who_helpers import DYCHE, JOINT


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "db" / "reader.json")


@pytest.fixture
def lib(tmp_path: Path) -> str:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "dyche.md").write_text(DYCHE, encoding="utf-8")
    (folder / "joint.md").write_text(JOINT, encoding="utf-8")
    return str(folder)


def run_json(capsys, *args):
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def set_speaker(db: str, row: dict, speaker: str | None) -> None:
    from reader.model import Anchor
    from reader.store import open_store

    with open_store(db) as store:
        store.set_quote_speaker(row["article_id"], Anchor(row["start"], row["end"], row["quote"]), speaker)


def hits(capsys, query: str, lib: str, db: str) -> int:
    return len(run_json(capsys, "search", query, lib, "--db", db)["hits"])


def test_a_speaker_set_by_hand_replaces_the_found_one_everywhere(lib, db, capsys):
    rows = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Dyche")
    assert len(rows) == 3
    penalty = next(r for r in rows if r["quote"].startswith("I had a clear view"))
    set_speaker(db, penalty, "the linesman")

    dyche = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Dyche")
    assert len(dyche) == 2 and not any(r["quote"] == penalty["quote"] for r in dyche)
    (linesman,) = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "the linesman")
    assert (linesman["quote"], linesman["speaker"], linesman["speaker_set_by_hand"]) == (penalty["quote"], "the linesman", True)
    assert hits(capsys, "speaker:linesman", lib, db) == 1
    assert hits(capsys, "speaker:Dyche", lib, db) == 1  # his other two quotes are still his
    first = run_json(capsys, "quotes", lib, "--db", db, "--first-seen", "--speaker", "linesman")
    assert [r["quote"] for r in first] == [penalty["quote"]]
    timeline = run_json(capsys, "timeline", "speaker:linesman", lib, "--db", db)
    assert sum(p["count"] for p in timeline["periods"]) == 1

    set_speaker(db, penalty, "")  # cleared: nobody said it
    assert len(run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Dyche")) == 2
    assert main(["quotes", lib, "--db", db, "--speaker", "the linesman"]) == 1
    assert "no speaker named" in capsys.readouterr().err
    assert hits(capsys, "speaker:linesman", lib, db) == 0

    set_speaker(db, penalty, None)  # the analysis decides again
    assert len(run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Dyche")) == 3


def test_a_hand_set_speaker_follows_the_article_when_it_is_analysed_again(lib, db, capsys):
    rows = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Dyche")
    set_speaker(db, rows[0], "the linesman")
    assert len(run_json(capsys, "quotes", lib, "--db", db, "--speaker", "linesman")) == 1
    path = Path(lib) / "dyche.md"
    path.write_text(path.read_text(encoding="utf-8").replace("on Saturday", "on Saturday evening"), encoding="utf-8")
    (again,) = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "linesman")
    assert again["quote"] == rows[0]["quote"]


def test_a_joint_speaker_never_swallows_its_members_quotes(lib, db, capsys, tmp_path):
    marsh = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Marsh")
    said = sorted(r["speaker"] for r in marsh)
    # her own two quotes, and the one she said with Streeting (listed under each member)
    assert said == ["Helen Marsh", "Helen Marsh", "Wes Streeting and Helen Marsh"]
    streeting = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Wes Streeting")
    assert sorted(r["speaker"] for r in streeting) == ["Wes Streeting", "Wes Streeting and Helen Marsh"]

    from reader.archive import open_index
    from reader.settings import resolve_db_path
    from reader.workspace import who

    index = open_index(resolve_db_path(db))
    try:
        people = {s.name: (s.quotes, s.articles) for s in who.speakers(index)}
    finally:
        index.close()
    assert people["Helen Marsh"] == (2, 1) and people["Wes Streeting"] == (1, 1)
    assert people["Wes Streeting and Helen Marsh"] == (1, 1)


def test_names_merged_into_one_speaker_count_each_article_once():
    from reader.index.wording import merge_names

    merged = merge_names(["Wes Streeting and Helen Marsh", "Helen Marsh", "Marsh", "Streeting", "Wes Streeting"])
    assert merged["Helen Marsh"] == merged["Marsh"] == "Helen Marsh"
    assert merged["Streeting"] == "Wes Streeting"
    assert merged["Wes Streeting and Helen Marsh"] == "Wes Streeting and Helen Marsh"
