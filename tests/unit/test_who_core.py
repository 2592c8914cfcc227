"""Who said what across the library: merging names, near-identical quotes, co-occurrence,
corrections and timelines (reader.index.wording, reader.index.who)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.archive import open_index
from reader.index import who
from reader.index.wording import (
    NEAR, bar_lines, marked_diff, merge_names, name_matches, quote_keys, quote_words, similarity, word_diff,
)
from reader.model import EntityCorrection, EntityLabel
from who_helpers import write_library


# -- merging names -------------------------------------------------------------------------------
def test_a_surname_merges_into_the_only_full_name_that_has_it():
    merged = merge_names(["Anders Samuelsen", "Samuelsen", "Claus Hjort Frederiksen", "Hjort Frederiksen"])
    assert merged["Samuelsen"] == "Anders Samuelsen"
    assert merged["Hjort Frederiksen"] == "Claus Hjort Frederiksen"
    assert merged["Anders Samuelsen"] == "Anders Samuelsen"


def test_a_surname_shared_by_two_people_stays_apart():
    merged = merge_names(["Anders Samuelsen", "Inger Samuelsen", "Samuelsen", "Anders", "Anders Fogh Rasmussen"])
    assert merged["Samuelsen"] == "Samuelsen"
    assert merged["Anders"] == "Anders"  # Anders Samuelsen or Anders Fogh Rasmussen
    assert merged["Inger Samuelsen"] == "Inger Samuelsen"


def test_names_differing_only_in_capitals_are_one():
    merged = merge_names(["Anders Samuelsen", "ANDERS SAMUELSEN"])
    assert merged["ANDERS SAMUELSEN"] == "Anders Samuelsen"


def test_name_matches_whole_names_and_their_ends_only():
    assert name_matches("samuelsen", "Anders Samuelsen")
    assert name_matches("Anders", "Anders Samuelsen")
    assert not name_matches("muelsen", "Anders Samuelsen")
    assert not name_matches("", "Anders Samuelsen")


# -- near-identical quotes -----------------------------------------------------------------------
OLD = "Det er en videreførelse af de seneste års markante danske indsats i kampen mod terror i Irak"
NEW = "Det er en videreførelse af de seneste års store danske indsats i kampen mod terror i Irak."
OTHER = "Vi skal gøre, hvad vi kan for at opbygge den irakiske sikkerhedssektor"


def test_a_changed_word_is_still_the_same_quote_and_an_unrelated_one_is_not():
    a, b, c = quote_words(OLD), quote_words(NEW), quote_words(OTHER)
    assert similarity(a, b) >= NEAR
    assert similarity(a, c) < 0.5
    assert set(quote_keys(a)) & set(quote_keys(b))  # found by a shared key
    assert quote_keys(a) == quote_keys(quote_words(OLD.upper() + "!"))  # case and punctuation aside


def test_a_trimmed_quote_counts_as_the_same():
    long = quote_words(OLD + " og i Syrien, hvor vi også har været med fra begyndelsen af krigen")
    assert similarity(quote_words(OLD), long) >= NEAR


def test_word_diff_marks_the_changed_words_as_written():
    runs = word_diff(OLD, NEW)
    assert ("-", "markante") in runs and ("+", "store") in runs
    assert marked_diff(runs).count("[-markante-] {+store+}") == 1
    assert all(op == "=" for op, _ in word_diff(OLD, OLD.upper()))


# -- the index -----------------------------------------------------------------------------------
@pytest.fixture
def index(tmp_path: Path):
    lib = write_library(tmp_path / "lib")
    idx = open_index(tmp_path / "db.json")
    idx.sync([str(lib)])
    yield idx
    idx.close()


def test_speakers_are_merged_across_articles_with_role_and_party(index):
    found = {s.name: s for s in who.speakers(index)}
    anders = found["Anders Samuelsen"]
    assert "Samuelsen" not in found and anders.aliases == ("Samuelsen",)
    assert (anders.quotes, anders.articles) == (2, 2)
    assert (anders.first, anders.last) == ("2018-08-24", "2018-08-27")
    assert (anders.role, anders.party) == ("udenrigsminister", "LA")
    rows = who.quotes(index, speaker="Anders Samuelsen")
    assert [q.date for q in rows] == ["2018-08-27", "2018-08-24"]  # newest first
    assert {q.said_as for q in rows} == {"Samuelsen", "Anders Samuelsen"}
    assert [q.date for q in who.quotes(index, speaker="Anders Samuelsen", since="2018-08-25")] == ["2018-08-27"]


def test_a_second_samuelsen_in_the_library_undoes_the_merge(tmp_path):
    lib = write_library(tmp_path / "lib", other=True)
    idx = open_index(tmp_path / "db.json")
    idx.sync([str(lib)])
    names = {s.name for s in who.speakers(idx)}
    assert {"Anders Samuelsen", "Inger Samuelsen", "Samuelsen"} <= names
    assert who.matching_speakers(idx, "samuelsen") == ["Anders Samuelsen", "Inger Samuelsen", "Samuelsen"]
    assert who.matching_speakers(idx, "Inger Samuelsen") == ["Inger Samuelsen"]


def test_provenance_finds_the_follow_up_and_marks_the_changed_word(index):
    later = next(q for q in who.quotes(index) if q.date == "2018-08-27")
    found = who.provenance(index, later.id)
    assert [v.quote.date for v in found.versions] == ["2018-08-24", "2018-08-27"]  # earliest first
    assert found.first.source == "ritzau" and len(found.others) == 1
    (changed,) = found.changed
    assert ("+", "markante") in changed.diff and ("-", "store") in changed.diff
    unrelated = next(q for q in who.quotes(index) if q.speaker == "Claus Hjort Frederiksen")
    assert [v.quote.id for v in who.provenance(index, unrelated.id).versions] == [unrelated.id]


def test_first_seen_lists_each_quote_once_with_its_earliest_article(index):
    rows = who.first_seen(index)
    assert len(rows) == 2
    by_speaker = {q.speaker: (q.date, n) for q, n in rows}
    assert by_speaker["Anders Samuelsen"] == ("2018-08-24", 2)
    assert by_speaker["Claus Hjort Frederiksen"] == ("2018-08-24", 1)


def test_entities_count_mentions_and_articles_and_what_they_appear_with(index):
    rows = {(e.label, e.name): e for e in who.entities(index)}
    irak = rows[("LOC", "Irak")]
    assert irak.articles == 2 and irak.mentions >= 4
    assert ("PER", "Samuelsen") not in rows
    together = who.cooccurring(index, "Mette Frederiksen", "PER")
    assert together[0][2] == 1 and ("LOC", "Irak", 1) in together
    with_irak = who.cooccurring(index, "Irak", "LOC")
    both = {(k, n) for k, n, c in with_irak if c == 2}  # "Samuelsen" in the follow-up is Anders Samuelsen
    assert both == {("LOC", "København"), ("ORG", "Nato"), ("PER", "Anders Samuelsen")}
    assert {k for k, _n, _c in with_irak[:3]} == {"LOC", "ORG", "PER"}
    assert ("LOC", "Irak") not in {(k, n) for k, n, _ in with_irak}
    assert [a[2] for a in who.entity_articles(index, "Irak", "LOC")] == ["2018-08-27", "2018-08-24"]


def test_entity_corrections_remove_retype_and_add(index):
    fixes = [EntityCorrection("Nato", None), EntityCorrection("København", EntityLabel.ORG),
             EntityCorrection("soldater", EntityLabel.ORG)]
    rows = {(e.label, e.name): e for e in who.entities(index, corrections=fixes)}
    assert not any(name == "Nato" for _, name in rows)
    assert ("ORG", "København") in rows and ("LOC", "København") not in rows
    assert rows[("ORG", "soldater")].articles == 1
    assert all(e.label == "LOC" for e in who.entities(index, label="LOC", corrections=fixes))
    assert len(who.entity_articles(index, "København", "ORG", corrections=fixes)) == 2


def test_a_changed_file_replaces_its_quotes(index, tmp_path):
    assert who.speakers(index)[0].quotes == 2  # counted once, then kept until the index changes
    follow = tmp_path / "lib" / "follow.md"
    follow.write_text(follow.read_text(encoding="utf-8").replace("siger Samuelsen", "siger Mette Frederiksen"),
                      encoding="utf-8")
    index.sync([str(tmp_path / "lib")])
    assert [q.said_as for q in who.quotes(index, speaker="Anders Samuelsen")] == ["Anders Samuelsen"]
    assert {s.name: s.quotes for s in who.speakers(index)}["Anders Samuelsen"] == 1
    again = type(index)(index.path)  # another process: the lists kept in the index file
    assert who.speakers(again) == who.speakers(index) and "Mette Frederiksen" in {s.name for s in who.speakers(again)}
    follow.unlink()
    index.sync([str(tmp_path / "lib")])
    assert len(who.quotes(index)) == 2


def test_timelines_fill_empty_periods(index):
    irak = next(e for e in who.entities(index) if e.name == "Irak")
    assert who.timeline(index, "LOC", "Irak", "month") == [("2018-08", irak.mentions)]
    weeks = who.timeline(index, "speaker", "Anders Samuelsen", "week")
    assert weeks == [("2018-W34", 1), ("2018-W35", 1)]
    assert who.fill_periods({"2018-11": 2, "2019-02": 1}, "month") == [
        ("2018-11", 2), ("2018-12", 0), ("2019-01", 0), ("2019-02", 1)]
    lines = bar_lines([("2018-11", 8), ("2018-12", 0), ("2019-01", 4)], width=4)
    assert lines == ["2018-11 8 ████", "2018-12 0", "2019-01 4 ██"]
