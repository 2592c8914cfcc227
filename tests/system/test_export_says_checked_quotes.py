"""review22: `reader export -o` said "wrote 0 notes from 1 article" for a story whose quotes the
reporter had checked (the file holds the checks); it now counts them, as the app's dialog does."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main
from reader.model import Anchor, QuoteState
from reader.store import open_store

STORY = (" date 2026-11 Ferry to the islands cancelled for a second day\n\nOBAN. The ferry will not sail on "
         "Sunday.\n\n\"We will not sail while the swell is this high,\" said Moira Craig, the harbour master.\n\n"
         "\"Families are stuck on the wrong side of the water,\" said Angus Bell, a councillor.\n\n/testbureau/\n")


def test_the_export_line_counts_checked_quotes_beside_notes(tmp_path: Path, capsys) -> None:
    folder, db = tmp_path / "desk", str(tmp_path / "db" / "reader.json")
    folder.mkdir()
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    assert main(["quotes", str(folder), "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2
    with open_store(db) as store:
        for row in rows:
            store.set_quote_state(row["article_id"], Anchor(row["start"], row["end"], row["quote"]),
                                  QuoteState.VERIFIED, row["said_as"])
    out = tmp_path / "checks.md"
    assert main(["export", str(folder), "-o", str(out), "--db", db]) == 0
    assert capsys.readouterr().err.strip() == f"reader: wrote 2 checked quotes from 1 article to {out}"
    assert out.read_text(encoding="utf-8").count("✓ verified") == 2
    sheet = tmp_path / "sheet.md"
    assert main(["export", str(folder), "--quotes", "-o", str(sheet), "--db", db]) == 0
    assert capsys.readouterr().err.strip() == f"reader: wrote 2 quotes from 1 article to {sheet}"
