"""Danish name errors a blind probe of new wire stories found (probe8), fixed as patterns and checked
in sentences of our own: a dateline in mixed case, the kind of firm opening a sentence before a firm
the rules found, a state authority of one word, a place after the word for its kind, a nursing home
after its kind, and an acronym or a firm found again without its legal form."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.name_lone import lone_names
from reader.analysis.name_patterns import opening_bodies
from reader.analysis.tokens import tokenize
from name_helpers import tagged_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")]


def _lone(text: str, tags: dict[int, str]) -> list[tuple[str, str]]:
    tokens = tokenize(text, "da")

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label

    lone_names(tokens.words, tags, put)
    return tagged_names(text, tokens, tags)


@pytest.mark.parametrize("town", ["Tønder", "Skanderborg"])
def test_a_ritzau_dateline_in_mixed_case_is_the_place(town: str) -> None:
    text = f"{town}. Fra næste måned skal alle cykler have lys på hele året."
    assert (town, "LOC") in _names(text)


def test_a_word_opening_a_paragraph_before_a_stop_is_no_place_unless_known() -> None:
    assert _names("Godmorgen. Fra næste måned skal alle cykler have lys.") == []


def test_the_kind_of_firm_opening_a_sentence_is_no_part_of_the_firm() -> None:
    text = "Vi ved det godt. Tømrervirksomheden Holm & Krag ApS i Skjern vil ansætte ti svende."
    tokens = tokenize(text, "da")
    tags: dict[int, str] = {}

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label

    opening_bodies(tokens.words, tags, {tokens.words.index("Tømrervirksomheden")}, put)
    assert tagged_names(text, tokens, tags) == [("Holm & Krag ApS", "ORG")]


def test_a_firm_of_two_capitalised_words_after_a_kind_keeps_both() -> None:
    text = "Møbelfabrikken Holm & Krag i Skjern vil ansætte ti svende."
    tokens = tokenize(text, "da")
    tags: dict[int, str] = {}

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label

    opening_bodies(tokens.words, tags, {0}, put)
    assert tagged_names(text, tokens, tags) == [("Holm & Krag", "ORG")]


def test_a_state_authority_of_one_word_is_an_organisation() -> None:
    text = "Fiskeristyrelsen har lukket fjorden. Det bekræfter Beskæftigelsesministeriet i en mail."
    assert _lone(text, {}) == [("Fiskeristyrelsen", "ORG"), ("Beskæftigelsesministeriet", "ORG")]


@pytest.mark.parametrize("text", [
    "Bestyrelsen har besluttet at lukke butikken.",  # a board, no authority
    "Skolebestyrelsen har besluttet at lukke skolen.",
    "Ministeriet svarer ikke på spørgsmål.",  # the word alone names no one
])
def test_a_board_or_the_bare_word_is_no_authority(text: str) -> None:
    assert _lone(text, {}) == []


def test_a_word_after_the_word_for_a_district_is_a_place() -> None:
    text = "Vandet stod højt i bydelen Tarup og i landsbyen Vestermølle i nat."
    assert _lone(text, {}) == [("Tarup", "LOC"), ("Vestermølle", "LOC")]


def test_a_nursing_home_after_its_kind_is_an_organisation() -> None:
    text = "Beboerne på plejecentret Lindegården blev flyttet i nat."
    assert ("Lindegården", "ORG") in _names(text)


def test_an_acronym_and_a_firm_without_its_legal_form_are_found_again() -> None:
    text = "Ifølge SKAT har Grønvang A/S snydt. Grønvang afviser det, oplyser SKAT."
    tokens = tokenize(text, "da")
    words = tokens.words
    tags = {words.index("SKAT"): "B-ORG", words.index("Grønvang"): "B-ORG", words.index("A/S"): "I-ORG"}
    assert _lone(text, tags) == [("SKAT", "ORG"), ("Grønvang A/S", "ORG"), ("Grønvang", "ORG"), ("SKAT", "ORG")]


def test_a_person_is_not_found_again_by_these_forms() -> None:
    text = "Ifølge Lars Holm er det slut. Holm siger, at han går."
    tokens = tokenize(text, "da")
    tags = {tokens.words.index("Lars"): "B-PER", tokens.words.index("Holm"): "I-PER"}
    assert _lone(text, dict(tags)) == [("Lars Holm", "PER")]
