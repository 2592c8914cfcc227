"""review19: a verified quote whose end was reworded in its file (its check's anchor no longer
found) was "unverified" in `reader quotes` and on the Speakers screen, while the article, the
quote sheet and the exports said "changed since verified"."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main
from reader.model import QuoteState
from reader.workspace import record_at

STORY = (" date 2026-11 Rail workers in Yorkshire vote to strike\n\nLEEDS. Rail workers have voted to strike.\n\n"
         "\"Our members have spoken loudly and clearly. Nobody wants to see a guard taken off a train at eleven "
         "o'clock at night,\" said Mick Hanrahan, the union's regional organiser.\n\n"
         "\"We will not move on this,\" said Claire Beaumont, the managing director.\n\n/testbureau/\n")
OLD = "a train at eleven o'clock at night"
NEW = "a late-night train"


def quotes(capsys, *args) -> list:
    capsys.readouterr()
    assert main(["quotes", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_quote_reworded_at_its_end_is_changed_since_verified_in_reader_quotes(tmp_path: Path, capsys):
    from reader.model import Anchor
    from reader.store import open_store

    folder, db = tmp_path / "desk", str(tmp_path / "db" / "reader.json")
    folder.mkdir()
    path = folder / "rail.txt"
    path.write_text(STORY, encoding="utf-8")
    (row,) = quotes(capsys, str(folder), "--db", db, "--speaker", "Hanrahan")
    with open_store(db) as store:
        store.set_quote_state(row["article_id"], Anchor(row["start"], row["end"], row["quote"]),
                              QuoteState.VERIFIED, row["said_as"])
    path.write_text(STORY.replace(OLD, NEW), encoding="utf-8")
    from reader.library import load_articles

    with open_store(db) as store:  # the app reads the article again: the check's words are gone
        (article,) = store.settle_ids(load_articles(path))
        store.attach(article)
        (check,) = store.quote_checks(row["article_id"])
    assert check.status.value == "orphaned"
    states = {r["speaker"]: r["state"] for r in quotes(capsys, str(folder), "--db", db)}
    assert states == {"Mick Hanrahan": "changed since verified", "Claire Beaumont": "unverified"}
    assert main(["quotes", str(folder), "--db", db, "--md"]) == 0
    assert "changed since verified" in capsys.readouterr().out
    assert record_at([check], 0, 5) is None  # no wording given: as before
    assert record_at([check], 0, 5, "We will not move on this") is None  # another quote: not it
