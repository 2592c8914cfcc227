"""English name errors a blind probe of new wire stories found (probe8), fixed as patterns and
checked in sentences of our own: a trade or title before a full name, a road's number, a fire and
rescue service, a compass word opening a sentence before a force, a chamber of commerce of two
places, a club's last word and the health service's first."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.en_forms import _Names
from reader.analysis.en_services import service_forms
from reader.analysis.tokens import tokenize
from name_helpers import tagged_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


def _forms(text: str, tags: dict[int, str], breaks: frozenset[int] = frozenset()) -> list[tuple[str, str]]:
    tokens = tokenize(text, "en")
    put = _Names(tokens.words, tags, breaks).put  # the forms' own way of writing a name into tags
    service_forms(tokens.words, tags, breaks, frozenset(("road", "rescue", "compass", "chamber", "club_last", "nhs")), put)
    return tagged_names(text, tokens, tags)


@pytest.mark.parametrize("text, person", [
    ("Detective Constable Ruth Ogden said the van was found.", "Ruth Ogden"),
    ("Florist Megan Hale said the shop would reopen.", "Megan Hale"),
    ("Shopkeeper Rachel Dunn said trade was slow.", "Rachel Dunn"),
])
def test_a_trade_or_title_before_a_full_name_is_no_part_of_it(text: str, person: str) -> None:
    assert (person, "PER") in _names(text)


def test_the_first_name_of_a_person_is_kept() -> None:
    text = "Rose Ellen Byrne said she would stand again."
    assert not any(name == "Ellen Byrne" for name, _ in _names(text))


def test_a_road_number_after_the_is_a_place() -> None:
    text = "The crash closed the A614 near Ollerton and the M62 for two hours."
    assert ("A614", "LOC") in _names(text) and ("M62", "LOC") in _names(text)


def test_a_paper_size_is_no_road() -> None:
    assert _forms("Print it on A4 paper.", {}) == []


def test_a_fire_and_rescue_service_is_one_body_with_its_places() -> None:
    text = "Crews from Hereford and Worcester Fire and Rescue Service were called."
    tokens = tokenize(text, "en")
    tags = {tokens.words.index("Hereford"): "B-LOC", tokens.words.index("Worcester"): "B-LOC"}
    assert _forms(text, tags) == [("Hereford and Worcester Fire and Rescue Service", "ORG")]


def test_a_compass_word_opening_a_sentence_belongs_to_the_force_after_it() -> None:
    text = "North Wales Police said the road had reopened."
    tokens = tokenize(text, "en")
    tags = {tokens.words.index("Wales"): "B-LOC"}
    assert _forms(text, tags, frozenset({0})) == [("North Wales Police", "ORG")]


def test_a_chamber_of_commerce_of_two_places_is_one_body() -> None:
    text = "The Bath and Wells Chamber of Commerce said sales had fallen."
    tokens = tokenize(text, "en")
    words = tokens.words
    k = words.index("Wells")
    tags = {words.index("Bath"): "B-LOC", k: "B-LOC", k + 1: "I-LOC", k + 2: "I-LOC", k + 3: "I-LOC"}
    assert _forms(text, tags) == [("Bath and Wells Chamber of Commerce", "ORG")]


def test_a_club_last_word_and_the_health_service_make_bodies() -> None:
    text = "Tadcaster Rovers thanked NHS Wales for the kit."
    tokens = tokenize(text, "en")
    words = tokens.words
    tags = {0: "B-LOC", 1: "I-LOC", words.index("NHS"): "B-LOC", words.index("NHS") + 1: "I-LOC"}
    assert _forms(text, tags) == [("Tadcaster Rovers", "ORG"), ("NHS Wales", "ORG")]
