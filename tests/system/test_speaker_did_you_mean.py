"""review28: ``reader quotes --speaker Kjaergaard`` (a reporter on an English keyboard, or a
letter wrong) answered "no speaker named 'Kjaergaard'" and nothing more, though the library
quotes Lise Kjærgaard; now the line names the speakers it may have meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main

STORY = (" date 2026-11 Havnen i Sandvig får ny kran\n\nSandvig. Havnen har taget en ny kran i brug.\n\n"
         "- Vi har ventet i to år, siger havnedirektør Lise Kjærgaard.\n\n"
         "- Uden havnen mister byen sine job, siger borgmester Søren Holt.\n\n/testbureau/\n")


@pytest.fixture
def desk(tmp_path: Path) -> tuple[str, str]:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "havn.txt").write_text(STORY, encoding="utf-8")
    return str(folder), str(tmp_path / "db" / "reader.json")


@pytest.mark.parametrize("typed, meant", [("Kjaergaard", "Lise Kjærgaard"), ("lise kjaergaard", "Lise Kjærgaard"),
                                          ("Kjærgård", "Lise Kjærgaard"), ("Sorensen Holt", "Søren Holt"),
                                          ("Kjærgard", "Lise Kjærgaard")])
def test_quotes_names_the_speaker_meant(desk, capsys, typed, meant):
    folder, db = desk
    capsys.readouterr()
    assert main(["quotes", folder, "--db", db, "--speaker", typed]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reader: no speaker named {typed!r} in the library; did you mean {meant}?")
    assert err.count("\n") == 1


def test_no_suggestion_for_a_name_like_no_one(desk, capsys):
    folder, db = desk
    capsys.readouterr()
    assert main(["quotes", folder, "--db", db, "--speaker", "Nobody"]) == 1
    assert capsys.readouterr().err == "reader: no speaker named 'Nobody' in the library\n"


def test_timeline_names_the_speaker_meant(desk, capsys):
    folder, db = desk
    capsys.readouterr()
    assert main(["timeline", "speaker:Kjaergaard", folder, "--db", db]) == 2
    assert "did you mean Lise Kjærgaard?" in capsys.readouterr().err
