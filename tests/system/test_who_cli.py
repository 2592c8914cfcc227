"""``reader quotes``, ``reader entities`` and ``reader timeline`` from the shell."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from who_helpers import write_library

SEED = Path("/work/shared/seeds/000_948fe2ef6681fa12.txt")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "db" / "reader.json")


@pytest.fixture
def lib(tmp_path: Path) -> str:
    return str(write_library(tmp_path / "lib"))


def run_json(capsys, *args) -> object:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not on this machine")
def test_the_seed_gives_anders_samuelsens_three_quotes(tmp_path, db, capsys):
    folder = tmp_path / "seed"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    rows = run_json(capsys, "quotes", str(folder), "--db", db, "--speaker", "Samuelsen")
    assert [r["speaker"] for r in rows] == ["Anders Samuelsen"] * 3
    assert rows[0]["quote"].startswith("Det er en videreførelse")
    assert {r["role"] for r in rows} == {"udenrigsminister"} and {r["party"] for r in rows} == {"LA"}


def test_quotes_of_a_speaker_as_a_quote_sheet_csv_and_since(lib, db, capsys):
    assert main(["quotes", lib, "--db", db, "--speaker", "samuelsen", "--md"]) == 0
    sheet = capsys.readouterr().out
    assert sheet.count("## Anders Samuelsen (udenrigsminister, LA)") == 1
    assert "> Det er en videreførelse" in sheet and "· ritzau · unverified" in sheet and "· dr · unverified" in sheet
    assert main(["quotes", lib, "--db", db, "--csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["speaker"] for r in table} == {"Anders Samuelsen", "Claus Hjort Frederiksen"} and len(table) == 3
    rows = run_json(capsys, "quotes", lib, "--db", db, "--since", "2018-08-25")
    assert [(r["speaker"], r["said_as"], r["source"]) for r in rows] == [("Anders Samuelsen", "Samuelsen", "dr")]


def test_quotes_show_the_verification_state_from_the_notes(lib, db, capsys):
    from reader.model import Anchor, QuoteState
    from reader.store import open_store

    rows = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Claus Hjort Frederiksen")
    (row,) = rows
    with open_store(db) as store:
        store.set_quote_state(row["article_id"], Anchor(row["start"], row["end"], row["quote"]), QuoteState.VERIFIED,
                              row["said_as"])  # checked with the speaker the article gives, as the app does
    assert [r["state"] for r in run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Hjort Frederiksen")] == ["verified"]


def test_first_seen_and_bad_input(lib, db, capsys):
    rows = run_json(capsys, "quotes", lib, "--db", db, "--first-seen")
    assert sorted((r["speaker"], r["date"], r["articles"]) for r in rows) == [
        ("Anders Samuelsen", "2018-08-24", 2), ("Claus Hjort Frederiksen", "2018-08-24", 1)]
    capsys.readouterr()
    assert main(["quotes", lib, "--db", db, "--since", "last week"]) == 2
    assert "--since wants a date" in capsys.readouterr().err
    assert main(["quotes", lib, "--db", db, "--speaker", "Nobody"]) == 1
    assert "no speaker named 'Nobody'" in capsys.readouterr().err


def test_entities_with_articles_and_co_occurrence(lib, db, capsys):
    rows = run_json(capsys, "entities", lib, "--db", db, "--type", "loc")
    assert {r["type"] for r in rows} == {"LOC"}
    irak = next(r for r in rows if r["name"] == "Irak")
    assert irak["articles"] == 2 and [a["source"] for a in irak["in"]] == ["dr", "ritzau"]
    assert {"name": "Nato", "type": "ORG", "articles": 2} in irak["named_with"]
    assert main(["entities", lib, "--db", db, "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("    with: ") == 2


def test_timeline_in_the_terminal_and_as_json(lib, db, capsys):
    data = run_json(capsys, "timeline", "speaker:Samuelsen", lib, "--db", db, "--by", "week")
    assert (data["kind"], data["name"]) == ("speaker", "Anders Samuelsen")
    assert data["periods"] == [{"period": "2018-W34", "count": 1}, {"period": "2018-W35", "count": 1}]
    assert main(["timeline", "place:Irak", lib, "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "mentions of Irak per month" and out[1].startswith("2018-08 ") and "█" in out[1]
    assert main(["timeline", "planet:Mars", lib, "--db", db]) == 2
    assert "unknown kind planet:" in capsys.readouterr().err


def test_timeline_png(lib, db, tmp_path, capsys):
    pytest.importorskip("matplotlib")
    image = tmp_path / "chart.png"
    assert main(["timeline", "Irak", lib, "--db", db, "--png", str(image)]) == 0
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_quotes_follow_the_reporters_record_changed_wording_and_hand_set_speaker(lib, db, capsys):
    from reader.model import Anchor, QuoteState
    from reader.store import open_store

    (row,) = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Claus Hjort Frederiksen")
    anchor = Anchor(row["start"], row["end"], row["quote"])
    with open_store(db) as store:
        store.set_quote_speaker(row["article_id"], anchor, "Ukendt Kilde")
        store.set_quote_state(row["article_id"], anchor, QuoteState.VERIFIED, "Ukendt Kilde")
    (now,) = [r for r in run_json(capsys, "quotes", lib, "--db", db) if r["start"] == row["start"]]
    assert (now["speaker"], now["speaker_set_by_hand"], now["state"]) == ("Ukendt Kilde", True, "verified")
    path = Path(row["path"])
    first_word = row["quote"].split()[0]
    path.write_text(path.read_text(encoding="utf-8").replace(row["quote"], row["quote"].replace(first_word, first_word + "e", 1), 1),
                    encoding="utf-8")
    rows = [r for r in run_json(capsys, "quotes", lib, "--db", db) if r["speaker_set_by_hand"]]
    assert [r["state"] for r in rows] == ["changed since verified"]  # never 'verified' for new wording
    assert main(["quotes", lib, "--db", db, "--md"]) == 0
    assert "changed since verified" in capsys.readouterr().out


def test_a_journalist_merges_two_speakers_and_undoes_it(lib, db, capsys):
    from reader.store import open_store

    speakers = {r["speaker"] for r in run_json(capsys, "quotes", lib, "--db", db)}
    assert speakers == {"Anders Samuelsen", "Claus Hjort Frederiksen"}
    with open_store(db) as store:
        store.set_speaker_override("Claus Hjort Frederiksen", "Anders Samuelsen")  # a wrong merge, on purpose
    rows = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Samuelsen")
    assert {r["speaker"] for r in rows} == {"Anders Samuelsen"} and len(rows) == 3
    with open_store(db) as store:
        assert store.undo()  # the merge is on the history
    assert {r["speaker"] for r in run_json(capsys, "quotes", lib, "--db", db)} == speakers
    with open_store(db) as store:
        store.set_speaker_overrides({"Samuelsen": "Samuelsen"})  # kept apart from Anders Samuelsen
    said = {(r["speaker"], r["said_as"]) for r in run_json(capsys, "quotes", lib, "--db", db)}
    assert ("Samuelsen", "Samuelsen") in said and ("Anders Samuelsen", "Anders Samuelsen") in said


def test_a_chart_never_overwrites_the_database_an_article_or_any_other_file(lib, db, tmp_path, capsys):
    from reader.store import open_store

    with open_store(db) as store:
        store.add_tags("x", ["kept"])
    before = Path(db).read_bytes()
    article = Path(lib) / "wire.md"
    text = article.read_bytes()
    draft = tmp_path / "draft.md"
    draft.write_text("my story", encoding="utf-8")
    for target in (db, db + ".journal", str(article), str(draft)):
        capsys.readouterr()
        assert main(["timeline", "speaker:Samuelsen", lib, "--db", db, "--png", target]) == 2
        assert "not an earlier chart" in capsys.readouterr().err
    assert Path(db).read_bytes() == before and article.read_bytes() == text
    assert draft.read_text(encoding="utf-8") == "my story"


def test_json_of_a_file_whose_name_is_not_utf8_is_valid_utf8(tmp_path, db, capsys):
    """As list --json does: the name shows U+FFFD in "path" and its raw bytes go in "path_bytes"."""
    import base64
    import os

    folder = tmp_path / "odd"
    folder.mkdir()
    name = os.fsdecode(b"bad\xff name.txt")
    (folder / name).write_text(" date 2024-01 Borgmester siger nej\n\nRibe. Borgmesteren er imod.\n\n"
                               "- Det er en d\u00e5rlig ide, siger borgmester Hanne Dahl.\n", encoding="utf-8")
    for command in (["quotes", "--json"], ["quotes", "--first-seen", "--json"], ["search", "Dahl", "--json"]):
        capsys.readouterr()
        assert main([*command, str(folder), "--db", db]) == 0
        out = capsys.readouterr().out
        out.encode("utf-8")  # no lone surrogate: the bytes written are UTF-8
        data = json.loads(out)
        [record] = data["hits"] if isinstance(data, dict) else data
        assert record["path"].endswith("bad\ufffd name.txt")
        assert base64.b64decode(record["path_bytes"]).endswith(b"bad\xff name.txt")


def test_a_chart_is_never_written_to_a_named_pipe(lib, db, tmp_path, capsys):
    import os

    pipe = tmp_path / "chart.png"
    os.mkfifo(pipe)
    held = os.open(pipe, os.O_RDWR | os.O_NONBLOCK)  # data waiting: a reading check would not hang the test
    try:
        os.write(held, b"x" * 64)
        assert main(["timeline", "speaker:Samuelsen", lib, "--db", db, "--png", str(pipe)]) == 2
        assert "chart.png is a named pipe (FIFO), not a file" in capsys.readouterr().err
    finally:
        os.close(held)


def test_a_verified_quote_whose_speaker_is_changed_by_hand_is_no_longer_verified(lib, db, capsys):
    from reader.model import Anchor, QuoteState
    from reader.store import open_store

    (row,) = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Claus Hjort Frederiksen")
    anchor = Anchor(row["start"], row["end"], row["quote"])
    with open_store(db) as store:
        store.set_quote_state(row["article_id"], anchor, QuoteState.VERIFIED, row["said_as"])
    (now,) = run_json(capsys, "quotes", lib, "--db", db, "--speaker", "Hjort Frederiksen")
    assert now["state"] == "verified"
    with open_store(db) as store:
        store.set_quote_speaker(row["article_id"], anchor, "En Anden")
    (now,) = [r for r in run_json(capsys, "quotes", lib, "--db", db) if r["start"] == row["start"]]
    assert (now["speaker"], now["state"]) == ("En Anden", "changed since verified")


def test_a_timeline_of_what_a_search_finds(lib, db, capsys):
    found = run_json(capsys, "search", "Irak", lib, "--db", db)
    hits = found["hits"] if isinstance(found, dict) else found
    data = run_json(capsys, "timeline", "search:Irak", lib, "--db", db, "--by", "week")
    assert data["kind"] == "search" and sum(p["count"] for p in data["periods"]) == len(hits) == 2


def test_entities_tell_a_file_and_its_copy_apart(tmp_path, db, capsys):
    """Two files with the same story: the JSON names each file, the text its name beside the title."""
    lib = str(write_library(tmp_path / "lib"))
    first = Path(lib) / "wire.md"
    shutil.copy(first, Path(lib) / ("copy of " + first.name))
    rows = run_json(capsys, "entities", lib, "--db", db, "--limit", "50")
    twice = [r for r in rows if len({(a["title"], a["date"], a["source"]) for a in r["in"]}) < len(r["in"])]
    assert twice, "the copy should make some entity appear twice in one article's words"
    paths = [a["path"] for a in twice[0]["in"]]
    assert len(set(paths)) == len(paths) and any(Path(p).name == "copy of " + first.name for p in paths)
    assert main(["entities", lib, "--db", db, "--limit", "50"]) == 0
    out = capsys.readouterr().out
    assert "copy of " + first.name in out
