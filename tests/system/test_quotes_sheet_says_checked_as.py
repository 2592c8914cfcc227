"""review28: ``reader quotes`` told a changed check only by its state. The exports carry the
wording and speaker a quote was checked for (README: "the exports carry both in full"), but
``reader quotes --md`` (a sheet with the export's heading, for a story draft) printed "changed
since verified" with no old wording, and its heading dropped "set by hand" that the text output
gives; ``--json`` and ``--csv`` had no checked wording or speaker at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from reader.cli import main
from reader.model import Anchor, QuoteState

STORY = (" date 2026-11 Havnen i Sandvig får ny kran\n\nSandvig. Havnen har taget en ny kran i brug.\n\n"
         "- Vi har ventet i to år, og nu kan vi endelig tage imod de store skibe, siger havnefoged Ole Dam.\n\n"
         "- Uden havnen mister byen sine job, siger borgmester Rikke Sand.\n\n/testbureau/\n")
OLD, NEW = "og nu kan vi endelig tage", "og nu kan vi igen tage"


def rows(capsys, *args) -> list:
    capsys.readouterr()
    assert main(["quotes", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def out(capsys, *args) -> str:
    capsys.readouterr()
    assert main(["quotes", *args]) == 0
    return capsys.readouterr().out


def _desk(tmp_path: Path, capsys) -> tuple[Path, str, list]:
    from reader.store import open_store

    folder, db = tmp_path / "desk", str(tmp_path / "db" / "reader.json")
    folder.mkdir()
    path = folder / "havn.txt"
    path.write_text(STORY, encoding="utf-8")
    found = rows(capsys, str(folder), "--db", db)
    by = {r["said_as"]: r for r in found}
    assert set(by) == {"Ole Dam", "Rikke Sand"}, by
    with open_store(db) as store:
        for r in found:
            store.set_quote_state(r["article_id"], Anchor(r["start"], r["end"], r["quote"]), QuoteState.VERIFIED,
                                  r["said_as"])
        sand = by["Rikke Sand"]  # the reporter gives Rikke Sand's quote to someone else after checking it
        store.set_quote_speaker(sand["article_id"], Anchor(sand["start"], sand["end"], sand["quote"]), "Per Holm")
    path.write_text(STORY.replace(OLD, NEW), encoding="utf-8")  # and the wire reworded Ole Dam's quote
    return folder, db, found


def test_markdown_sheet_gives_the_wording_and_speaker_checked_and_says_set_by_hand(tmp_path: Path, capsys):
    folder, db, _ = _desk(tmp_path, capsys)
    sheet = out(capsys, str(folder), "--db", db, "--md")
    assert "Verified as “Vi har ventet i to år, og nu kan vi endelig tage imod de store skibe”" in sheet
    assert "## Per Holm (set by hand)" in sheet
    assert "Verified with the speaker Rikke Sand" in sheet
    text = out(capsys, str(folder), "--db", db)
    assert "    verified as “Vi har ventet i to år, og nu kan vi endelig tage imod de store skibe”" in text
    assert "Per Holm (set by hand)" in text and "    verified with the speaker Rikke Sand" in text


def test_json_and_csv_carry_what_the_check_was_given_for(tmp_path: Path, capsys):
    folder, db, _ = _desk(tmp_path, capsys)
    by = {r["speaker"]: r for r in rows(capsys, str(folder), "--db", db)}
    assert by["Ole Dam"]["state"] == "changed since verified"
    assert by["Ole Dam"]["checked_text"] == "Vi har ventet i to år, og nu kan vi endelig tage imod de store skibe"
    assert by["Per Holm"]["checked_speaker"] == "Rikke Sand"
    table = list(csv.DictReader(io.StringIO(out(capsys, str(folder), "--db", db, "--csv"))))
    cells = {r["speaker"]: (r["checked_text"], r["checked_speaker"]) for r in table}
    assert cells["Ole Dam"] == ("Vi har ventet i to år, og nu kan vi endelig tage imod de store skibe", "Ole Dam")
    assert cells["Per Holm"][1] == "Rikke Sand"
    assert list(table[0])[-1] == "url"  # url stays the last column


def test_an_unchecked_quote_has_no_checked_wording(tmp_path: Path, capsys):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "havn.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    found = rows(capsys, str(folder), "--db", db)
    assert [(r["state"], r["checked_text"], r["checked_speaker"]) for r in found] == [("unverified", None, None)] * 2
    sheet = out(capsys, str(folder), "--db", db, "--md")
    assert "Verified" not in sheet and "set by hand" not in sheet
