"""A person whose role changes in an article: each quote keeps the role (and organisation) the
article gives them there, and a speaker set by hand to them takes one quote's role and organisation
together, never one quote's role with another's organisation (attack27)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reader.cli import main
from reader.model import Anchor

from role_stories import TWO_ROLES

# The team's own stories (TWO_ROLES: tests/role_stories.py); Ole Dam's words in TWO_ROLES.
OLE = "Vi har brug for en, der kender fiskeriet"

# Introduced as the firm's former director, then quoted as chairman, then "siger han".
CHANGED = """ date 2026-11-03 Tidligere direktør bliver formand for havnen.

Esbjerg. Tidligere direktør i Vestfisk Jens Bager er nu formand for Esbjerg Havn.

- Jeg glæder mig til at komme i gang, siger Jens Bager.

Direktør Mona Kirk overtog posten i foråret.

- Han bliver savnet, siger direktør Mona Kirk.

- Flere skibe, flere job og mindre støj, siger formand Jens Bager.

- Det kan vi nå på fire år, siger han.
"""


def _sheet(capsys, lib: Path, db: str) -> list[dict]:
    capsys.readouterr()
    assert main(["export", str(lib), "--db", db, "--quotes", "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def _ole_given_to(tmp_path: Path, speaker: str) -> tuple[Path, str]:
    """TWO_ROLES in a library folder, with Ole Dam's quote given by hand to ``speaker``: (folder, db)."""
    from reader.analysis import analyze
    from reader.library import scan
    from reader.store import open_store

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "havn.txt").write_text(TWO_ROLES, encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    (article,) = scan([str(lib)]).articles
    (quote,) = [q for q in analyze(article.body, article.language).quotes if q.text.startswith(OLE)]
    with open_store(db) as store:
        store.set_quote_speaker(article.id, Anchor(quote.start, quote.end, article.body[quote.start:quote.end]), speaker)
    return lib, db


def test_a_speaker_set_by_hand_takes_one_quotes_role_and_organisation_together(tmp_path: Path, capsys):
    lib, db = _ole_given_to(tmp_path, "jens bager")  # Ole Dam's words given to Jens Bager, in lower case
    rows = {r["quote"][:20]: (r["speaker"], r["role"], r["affiliation"]) for r in _sheet(capsys, lib, db)}
    assert rows["Jeg glæder mig til a"] == ("Jens Bager", "formand", "")
    # his nearest quote before it: the director of Vestfisk; never "formand" with "Vestfisk"
    assert rows["Vi har brug for en, "] == ("jens bager", "tidligere direktør", "Vestfisk")


def test_a_pronoun_quote_takes_the_role_of_the_persons_nearest_quote_not_the_first(tmp_path: Path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "formand.txt").write_text(CHANGED, encoding="utf-8")
    db = str(tmp_path / "db" / "reader.json")
    rows = {r["quote"][:20]: (r["speaker"], r["role"]) for r in _sheet(capsys, lib, db)}
    assert rows["Flere skibe, flere j"] == ("Jens Bager", "formand")
    assert rows["Det kan vi nå på fir"] == ("Jens Bager", "formand")  # "siger han" after "siger formand"


def test_a_first_name_set_by_hand_is_not_given_the_role_of_the_person_it_is_merged_into(tmp_path: Path, capsys):
    import json

    lib, db = _ole_given_to(tmp_path, "Jens")  # another Jens, or the reporter's guess; not Jens Bager's role
    capsys.readouterr()
    assert main(["quotes", str(lib), "--db", db, "--json"]) == 0
    mine = [r for r in json.loads(capsys.readouterr().out) if r["speaker_set_by_hand"]]
    assert [(r["speaker"], r["role"]) for r in mine] == [("Jens", "")]
    rows = {r["quote"][:20]: (r["speaker"], r["role"]) for r in _sheet(capsys, lib, db)}
    assert rows["Vi har brug for en, "] == ("Jens", "")  # as the export and the app say it


# Two people share a surname; the surname alone is the one written last before it.
HOLM = """ date 2026-11-02 Borgmester og skoleleder uenige om ny skolevej.

Vejle. Byrådet vil lukke den gamle skolevej ved Kirkebakken.

- Vi skal spare på vejene, siger borgmester Lars Holm.

Skoleleder Anne Holm ved Kirkebakkeskolen støtter eleverne.

- Vi har skrevet til byrådet to gange, siger Holm.
"""
BELL = """ date 2026-11-04 Former chief executive returns as chair of the trust.

Leeds. Former chief executive of Aire Homes Ruth Bell is now chair of the Leeds Housing Trust.

"I am glad to be back," said Ruth Bell.

Aire Homes spokesman Tom Bell said the company wished her well.

"She built this place," Bell said.
"""


def test_a_shared_surname_alone_is_the_person_written_last_before_it():
    from reader.analysis import analyze

    holm = {q.text[:12]: (q.speaker, q.role) for q in analyze(HOLM, "da").quotes}
    assert holm["Vi har skrev"] == ("Anne Holm", "skoleleder")  # never the mayor's role
    assert holm["Vi skal spar"] == ("Lars Holm", "borgmester")
    bell = {q.text[:12]: (q.speaker, q.role) for q in analyze(BELL, "en").quotes}
    assert bell["She built th"] == ("Tom Bell", "spokesman")
    assert bell["I am glad to"][0] == "Ruth Bell"
