"""A speaker set by hand to a person the article names carries the role and organisation the
article gives that person (issue 15: "carries the speaker (and role/affiliation where known)"), in
every export and in `reader quotes`; a name the article gives no role, or that it does not name,
carries none, and never the role of the speaker it replaced (review27)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.model import Anchor

from role_stories import KAJ

STORY = KAJ
LENE = "Vi har ventet på den her kaj i over ti år"
LAST = "Men kajen er flot, det skal de have."


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "kaj.txt").write_text(STORY, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "db" / "reader.json")


def set_speaker(db: str, lib: Path, quote: str, speaker: str) -> None:
    from reader.library import scan
    from reader.store import open_store

    (article,) = scan([str(lib)]).articles
    start = article.body.index(quote.rstrip("."))
    end = start + len(quote.rstrip("."))
    found = [q for q in _analysis(article).quotes if q.start <= start < q.end]
    if found:
        start, end = found[0].start, found[0].end
    with open_store(db) as store:
        store.set_quote_speaker(article.id, Anchor(start, end, article.body[start:end]), speaker)


def _analysis(article):
    from reader.analysis import analyze

    return analyze(article.body, article.language, title=article.title)


def export(capsys, lib: Path, db: str, *options: str) -> str:
    capsys.readouterr()
    assert main(["export", str(lib), "--db", db, *options]) == 0
    return capsys.readouterr().out


def test_a_speaker_set_by_hand_to_a_person_the_article_names_carries_their_role(lib, db, capsys):
    set_speaker(db, lib, LAST, "Lene Strand")  # the fisherman's last line given to the press officer
    sheet = json.loads(export(capsys, lib, db, "--quotes", "--format", "json"))
    quote = next(q for q in sheet["articles"][0]["quotes"] if q["text"].startswith("Men kajen"))
    assert (quote["speaker"], quote["speaker_set_by_hand"]) == ("Lene Strand", True)
    assert (quote["role"], quote["affiliation"]) == ("pressechef", "Nordkraft")
    rows = list(csv.DictReader(io.StringIO(export(capsys, lib, db, "--quotes", "--format", "csv"))))
    row = next(r for r in rows if r["quote"].startswith("Men kajen"))
    assert (row["speaker"], row["role"], row["affiliation"], row["speaker_set_by_hand"]) == (
        "Lene Strand", "pressechef", "Nordkraft", "yes")
    md = export(capsys, lib, db, "--quotes")
    assert "(Lene Strand, pressechef, Nordkraft, set by hand)" in md
    assert "2025-02" in md

    capsys.readouterr()
    assert main(["quotes", str(lib), "--db", db, "--speaker", "Lene Strand", "--json"]) == 0
    mine = [r for r in json.loads(capsys.readouterr().out) if r["speaker_set_by_hand"]]
    assert [(r["speaker"], r["role"]) for r in mine] == [("Lene Strand", "pressechef")]


def test_a_note_on_such_a_quote_says_the_role_in_one_bracket(lib, db, capsys):
    from reader.anchoring import make_anchor
    from reader.library import scan
    from reader.store import open_store

    set_speaker(db, lib, LAST, "lene strand")  # typed in lower case: still the article's Lene Strand
    (article,) = scan([str(lib)]).articles
    start = article.body.index("kajen er flot")
    with open_store(db) as store:
        store.add_annotation(article.id, make_anchor(article.body, start, start + len("kajen er flot")), note="Ring hende")
    set_speaker(db, lib, LENE, "Hanne Juhl")  # a name the article does not have: no role
    md = export(capsys, lib, db)
    assert "*Quote by lene strand (pressechef, Nordkraft; speaker set by hand) · unverified*" in md
    assert "(Hanne Juhl, set by hand)" in md


def test_a_person_without_a_role_carries_none_and_never_the_replaced_speakers(lib, db, capsys):
    set_speaker(db, lib, LENE, "Ib Mørk")  # the press officer's words given to the fisherman
    set_speaker(db, lib, LAST, "Lene Strand")  # and his to her: her role is still the article's
    rows = list(csv.DictReader(io.StringIO(export(capsys, lib, db, "--quotes", "--format", "csv"))))
    by_hand = {r["speaker"]: (r["role"], r["affiliation"]) for r in rows if r["speaker_set_by_hand"]}
    assert by_hand == {"Ib Mørk": ("", ""), "Lene Strand": ("pressechef", "Nordkraft")}


def test_reader_quotes_says_the_role_and_a_cleared_speaker_in_one_bracket(lib, db, capsys):
    set_speaker(db, lib, LAST, "Lene Strand")
    set_speaker(db, lib, LENE, "")  # cleared: nobody said it
    capsys.readouterr()
    assert main(["quotes", str(lib), "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("\tLene Strand (pressechef, Nordkraft; set by hand)\t" in line for line in lines)  # her organisation too (polish30)
    assert any("\tno speaker (set by hand)\t" in line for line in lines)  # as the app says it
