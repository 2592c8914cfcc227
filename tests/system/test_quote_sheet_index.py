"""``reader export --quotes`` reads the quotes of unchanged, uncorrected articles from the library
index (reader.workspace.sheet): the sheet is the same, byte for byte, as when every article is
analysed, and only the articles the index cannot answer for are analysed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.cli import main
from reader.library import load_articles
from reader.model import EntityLabel, QuoteState
from reader.store import open_store

RINDOM = ('Title: Vestkraft bygger nyt værk\nDate: 2025-02-01\nSource: Ritzau\n\n'
          '"Vi er klar," siger Vestkrafts pressechef, Maja Rindom.\n\n'
          'Hun kalder det "et godt skridt" for firmaet.\n')
HANSEN = ('Title: Borgmester trækker sig\nDate: 2025-01-03\nSource: Ritzau\n\n'
          'Borgmesteren går af. "Jeg er færdig," siger borgmester Lars Hansen.\n')
OLSEN = ('Title: Havnen udvides\nDate: 2025-01-04\nSource: Ritzau\n\n'
         '"Havnen skal vokse," siger direktør Per Olsen. "Det giver job," siger han.\n')
BRO = ('Title: Broen åbner i 2034\nDate: 2025-01-05\nSource: Ritzau\n\n'
       '"Broen bliver færdig i 2034," siger projektchef Anne Holm.\n')
GONE = 'Title: Slettet artikel\nDate: 2025-01-06\nSource: Ritzau\n\n"Det er slut," siger Kim Berg.\n'
VAND = ('Title: Vandet stiger\nDate: 2025-01-07\nSource: Ritzau\n\n'
        '"Vi må bygge diger," siger klimachef Ole Sand fra Kystcenter Vest.\n')
SHEETS = {"md": [], "json": ["--format", "json"], "csv": ["--format", "csv"]}


def _sheets(lib: Path, capsys) -> dict[str, str]:
    got = {}
    for name, extra in SHEETS.items():
        capsys.readouterr()
        assert main(["export", "--quotes", *extra, str(lib)]) == 0, name
        out = capsys.readouterr()
        got[name] = out.out + out.err
    return got


def _quote_anchor(article, words: str):
    start = article.body.index(words)
    return make_anchor(article.body, start, start + len(words))


@pytest.fixture
def lib(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, text in {"rindom.txt": RINDOM, "hansen.txt": HANSEN, "olsen.txt": OLSEN, "bro.txt": BRO,
                       "gone.txt": GONE, "vand.txt": VAND}.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("READER_DB", str(tmp_path / "reader.json"))
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "idx"))
    assert main(["index", str(folder), "--workers", "1"]) == 0
    return folder


@pytest.fixture
def analysed(monkeypatch) -> list[str]:
    """The headlines the analysis is run on from here on."""
    import reader.analysis.pipeline as pipeline

    titles: list[str] = []
    real = pipeline.analyze

    def counted(text, language=None, corrections=(), title=""):
        titles.append(title)
        return real(text, language, corrections, title)

    monkeypatch.setattr(pipeline, "analyze", counted)
    return titles


def test_the_sheet_from_the_index_is_the_sheet_of_every_article_analysed(lib, tmp_path, capsys, monkeypatch, analysed):
    db = tmp_path / "reader.json"
    olsen, bro = load_articles(lib / "olsen.txt")[0], load_articles(lib / "bro.txt")[0]
    with open_store(db) as store:
        store.attach(olsen)  # a speaker corrected by hand: the analysis is the index's
        store.set_quote_speaker(olsen.id, _quote_anchor(olsen, "Det giver job"), "Per Olsen")
        store.attach(bro)  # a verified quote whose wording then changed
        store.set_quote_state(bro.id, _quote_anchor(bro, "Broen bliver færdig i 2034"), QuoteState.VERIFIED)
        vand = load_articles(lib / "vand.txt")[0]
        store.attach(vand)  # an entity correction that occurs in it: analysed with the correction
        store.set_article_correction(vand.id, "Kystcenter Vest", EntityLabel.ORG)
        store.set_correction("Ingensteds Allé", EntityLabel.LOC)  # in no article: changes nothing
    (lib / "bro.txt").write_text(BRO.replace("i 2034", "i 2036"), encoding="utf-8")
    (lib / "hansen.txt").write_text(HANSEN.replace("Lars Hansen", "Lars Hansen Bo") + "\nMere tekst.\n", encoding="utf-8")
    (lib / "gone.txt").unlink()

    with_index = _sheets(lib, capsys)
    from_index = len(analysed)
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "none"))
    analysed.clear()
    assert with_index == _sheets(lib, capsys)
    every = len(analysed)

    md = with_index["md"]  # the quote's kind; the speaker's role and affiliation on each of her quotes
    assert "(Maja Rindom, pressechef, Vestkraft)" in md and "(partial quote; Maja Rindom, pressechef, Vestkraft)" in md
    assert "(Per Olsen, direktør, set by hand)" in md and "changed since verified" in md and "Kim Berg" not in md
    # the edited files and the corrected article are analysed (once a format); the others are the index's
    assert every == 3 * 5 and from_index == 3 * 3, (from_index, every)


def test_an_index_from_other_analysis_code_is_not_read(lib, tmp_path, capsys, monkeypatch, analysed):
    import sqlite3

    index_file = next((tmp_path / "idx").glob("*.sqlite3"))
    with sqlite3.connect(index_file) as conn:
        conn.execute("UPDATE meta SET value = 'other' WHERE key = 'analysis_code'")
    assert main(["export", "--quotes", str(lib)]) == 0
    assert len(analysed) == 6


def test_an_index_folder_given_as_a_relative_path_is_read(lib, tmp_path, capsys, monkeypatch, analysed):
    monkeypatch.chdir(tmp_path)  # READER_INDEX_DIR=idx: the read-only open took it as a URI and crashed
    monkeypatch.setenv("READER_INDEX_DIR", "idx")
    for argv in (["list", str(lib)], ["export", "--quotes", str(lib)]):
        capsys.readouterr()
        assert main(argv) == 0
        assert "internal error" not in capsys.readouterr().err
    assert analysed == []
