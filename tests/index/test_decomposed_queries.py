"""What a user types or pastes decomposed (NFD: "å" as "a" + U+030A, as macOS file names and some
pastes have it) finds what the text holds composed (NFC, as every article is read): the search,
``speaker:``, ``reader quotes --speaker``, ``reader timeline`` and a tag saved decomposed (attack32)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reader.cli import main
from reader.index import LibraryIndex

STORY = """ date 2026-07 Rekordhøst af blåbær på Ærø
Ærøskøbing. Plukkerne på Ærø har i år høstet flere blåbær end nogensinde før.

- Vi har aldrig set så mange bær på én gang, siger gårdejer Søren Åkjær.

Han regner med at sælge hele høsten til et mejeri i Århus.

/nordbureau/
"""


def nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text  # the test types something the text does not hold byte for byte
    return decomposed


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "blaabaer.txt").write_text(STORY, encoding="utf-8")
    return lib


@pytest.fixture
def index(tmp_path: Path, folder: Path) -> LibraryIndex:
    index = LibraryIndex(tmp_path / "cache" / "index.sqlite3")
    index.sync([str(folder)])
    return index


@pytest.mark.parametrize("typed", ["blåbær", "Åkjær", "århus", '"flere blåbær"', "blåb*",
                                   "person:Søren Åkjær", "speaker:Åkjær"])
def test_a_decomposed_query_finds_the_composed_text(index: LibraryIndex, typed: str) -> None:
    composed = index.search(typed)
    assert len(composed.hits) == 1  # as typed on a Danish keyboard
    decomposed = index.search(nfd(typed))
    assert [h.article.path for h in decomposed.hits] == [h.article.path for h in composed.hits]
    assert decomposed.hits[0].spans == composed.hits[0].spans  # the same words marked
    assert not decomposed.problems


def test_a_tag_saved_decomposed_is_found_by_the_tag_typed_composed(index: LibraryIndex) -> None:
    uid = index.ids()[0]
    index.set_user_data({uid: ([nfd("blåbær")], [nfd("ring til Søren Åkjær")], [])})
    assert len(index.search("tag:blåbær").hits) == 1
    assert len(index.search("Åkjær ring").hits) == 1  # the note's words


def test_quotes_and_timeline_take_a_decomposed_speaker(folder: Path, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "db" / "reader.json")
    assert main(["index", str(folder), "--db", db, "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--speaker", nfd("Søren Åkjær"), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "Søren Åkjær" in out and "aldrig set så mange bær" in out, err
    assert main(["timeline", nfd("speaker:Søren Åkjær"), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "2026-07" in out, err
