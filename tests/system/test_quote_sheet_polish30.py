"""polish30 (issue 15): what a reporter met in ``reader quotes``, ``reader analyze`` and the exports.

- a speaker's organisation ("teknisk chef Maja Krog fra Ærøfærgerne") was in the app and the
  exports but not in ``reader quotes`` (text, ``--md``, ``--json``, ``--csv``);
- ``reader quotes --csv`` did not say a speaker was set by hand (the export's sheet has a column);
- a quote nobody is named for was "unknown speaker", "(unknown speaker)", "no one named" or
  "no speaker" depending on where it was shown: now "no speaker" everywhere.

The stories are the team's own."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from reader.cli import main
from reader.model import Anchor, QuoteState

FERRY = (" date 2026-11 Færgen til Ærø sejler ikke i weekenden\n\nSvendborg. Færgen til Ærø bliver i havn hele"
         " weekenden på grund af en motorskade.\n\n- Motoren skal skilles ad, før vi ved mere, siger teknisk chef"
         " Maja Krog fra Ærøfærgerne.\n\nBorgmester Ole Bach (V) kalder situationen uholdbar.\n\n- Øen kan ikke leve"
         " uden færgen, siger Ole Bach.\n\n/testbureau/\n")
HARBOUR = ("Kelby harbour closed for repairs\n\nBy Ola Winther\n\nThe harbour in Kelby closed on Monday for two"
           " weeks of repairs.\n\n\"We are sorry for the trouble this causes.\"\n\nThe work will cost about 2 million"
           " kroner.\n")
SORRY = "We are sorry for the trouble this causes."
OLD_WORDINGS = ("unknown speaker", "no one named", "(nobody)")


def _run(capsys, *args) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _desk(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "faerge.txt").write_text(FERRY, encoding="utf-8")
    (folder / "kelby.txt").write_text(HARBOUR, encoding="utf-8")
    return folder, str(tmp_path / "db" / "reader.json")


def test_reader_quotes_gives_the_speakers_organisation(tmp_path: Path, capsys):
    folder, db = _desk(tmp_path)
    text = _run(capsys, "quotes", str(folder), "--db", db)
    assert "Maja Krog (teknisk chef, Ærøfærgerne)" in text
    assert "Ole Bach (borgmester, V)" in text  # a party letter that is also the affiliation is said once
    sheet = _run(capsys, "quotes", str(folder), "--db", db, "--md")
    assert "## Maja Krog (teknisk chef, Ærøfærgerne)" in sheet
    by = {r["speaker"]: r for r in json.loads(_run(capsys, "quotes", str(folder), "--db", db, "--json"))}
    assert by["Maja Krog"]["affiliation"] == "Ærøfærgerne"
    table = {r["speaker"]: r for r in csv.DictReader(io.StringIO(_run(capsys, "quotes", str(folder), "--db", db, "--csv")))}
    assert table["Maja Krog"]["affiliation"] == "Ærøfærgerne"


def test_reader_quotes_csv_says_a_speaker_was_set_by_hand(tmp_path: Path, capsys):
    from reader.store import open_store

    folder, db = _desk(tmp_path)
    found = json.loads(_run(capsys, "quotes", str(folder), "--db", db, "--json"))
    bach = next(r for r in found if r["speaker"] == "Ole Bach")
    with open_store(db) as store:
        store.set_quote_speaker(bach["article_id"], Anchor(bach["start"], bach["end"], bach["quote"]), "Lis Bach")
    table = list(csv.DictReader(io.StringIO(_run(capsys, "quotes", str(folder), "--db", db, "--csv"))))
    by = {r["quote"]: r for r in table}
    assert by[bach["quote"]]["speaker"] == "Lis Bach"
    assert by[bach["quote"]]["speaker_set_by_hand"] == "yes"  # as the export's quote sheet says it
    assert {r["speaker_set_by_hand"] for r in table if r["quote"] != bach["quote"]} == {""}
    assert list(table[0])[-1] == "url"  # url stays the last column


def test_a_quote_with_no_speaker_is_no_speaker_everywhere(tmp_path: Path, capsys):
    from reader.store import open_store

    folder, db = _desk(tmp_path)
    shown = [_run(capsys, "quotes", str(folder), "--db", db),
             _run(capsys, "quotes", str(folder), "--db", db, "--md"),
             _run(capsys, "analyze", str(folder / "kelby.txt"))]
    sheet = tmp_path / "sheet.md"
    _run(capsys, "export", str(folder), "--db", db, "--quotes", "-o", str(sheet))
    shown.append(sheet.read_text(encoding="utf-8"))
    assert "\tno speaker\t" in shown[0]
    assert "## no speaker" in shown[1]
    assert f"no speaker: “{SORRY}”" in shown[2]
    assert f"“{SORRY}” (no speaker)" in shown[3]
    # checked with nobody named, then given a speaker: what it was checked for says "no speaker" too
    sorry = next(r for r in json.loads(_run(capsys, "quotes", str(folder), "--db", db, "--json")) if r["quote"] == SORRY)
    anchor = Anchor(sorry["start"], sorry["end"], SORRY)
    with open_store(db) as store:
        store.set_quote_state(sorry["article_id"], anchor, QuoteState.VERIFIED, "")
        store.set_quote_speaker(sorry["article_id"], anchor, "Rina Dahl")
    notes = tmp_path / "notes.md"
    _run(capsys, "export", str(folder), "--db", db, "-o", str(notes))
    shown.append(notes.read_text(encoding="utf-8"))
    assert "verified as no speaker" in shown[4]
    for out in shown:
        assert not any(old in out for old in OLD_WORDINGS), out
