"""A very long query (a 100 KB paste into the search box): FTS5 takes some 45 KB a term, so 15,000
terms took 700 MB and many seconds. Terms beyond the first few hundred (query.MAX_TERMS) are left
out, saying so, and a word repeated counts once (attack32)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.index import LibraryIndex, parse_query

BOUND = 1000  # what a query may cost stays far below 15,000 terms, whatever MAX_TERMS is

STORY = """ date 2026-02 Færgen til Fanø sejler igen efter storm
Esbjerg. Færgen mellem Esbjerg og Fanø sejler igen fra i morgen tidlig, efter at stormen har lagt sig.

- Vi har tjekket ramperne, og alt virker, siger driftschef Hanne Lykke.

Passagererne skal regne med forsinkelser den første dag.

/nordbureau/
"""


@pytest.fixture
def index(tmp_path: Path) -> LibraryIndex:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "faerge.txt").write_text(STORY, encoding="utf-8")
    index = LibraryIndex(tmp_path / "cache" / "index.sqlite3")
    index.sync([str(folder)])
    return index


def test_a_query_of_thousands_of_words_searches_the_first_ones_and_says_so() -> None:
    query = parse_query(" ".join(f"ord{n}" for n in range(15_000)))
    assert 50 <= len(query.include) <= BOUND
    assert any("long" in p for p in query.problems)
    negated = parse_query(" ".join(f"-ord{n}" for n in range(15_000)))
    assert 50 <= len(negated.exclude) <= BOUND


def test_a_word_repeated_is_one_term() -> None:
    query = parse_query("færgen " * 5000)
    assert len(query.include) == 1 and not query.problems


def test_a_phrase_of_thousands_of_words_is_cut() -> None:
    query = parse_query('"' + " ".join(["færgen"] * 5000) + '"')
    assert 50 <= query.match.count('"færgen"') <= BOUND
    assert any("long" in p for p in query.problems)


def test_a_long_paste_still_finds_its_article(index: LibraryIndex) -> None:
    paragraph = "Færgen mellem Esbjerg og Fanø sejler igen fra i morgen tidlig"
    result = index.search(" ".join([paragraph] * 2000) + " " + " ".join(f"-x{n}" for n in range(300)))
    assert len(result.hits) == 1
    assert not any("could not search" in p for p in result.problems)


def test_many_filters_keep_their_parameters_in_step(index: LibraryIndex) -> None:
    text = " ".join(f"source:nord{n % 7}" for n in range(1200)) + " lang:da"
    query = parse_query(text)
    assert sum(w.count("?") for w in query.where) == len(query.params)
    result = index.search("færgen source:nordbureau source:bureau date:2026 " + "source:nord " * 300)
    assert len(result.hits) == 1 and not any("could not search" in p for p in result.problems)
