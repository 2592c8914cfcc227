"""Danish name errors a second blind probe of new stories found (probe9: regional and DR-style news,
results, business), fixed as patterns and checked in sentences of our own: a probate or bailiff's
court named by its town, a club's letters after its town, a sport or a museum's word last, a
restaurant or hotel after its kind."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.name_clubs import club_names
from reader.analysis.tokens import tokenize
from name_helpers import tagged_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")]


def _clubs(text: str, tags: dict[int, str], vocab: dict[str, str] | None = None) -> list[tuple[str, str]]:
    tokens = tokenize(text, "da")

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label

    club_names(tokens.words, tags, put, vocab)
    return tagged_names(text, tokens, tags)


@pytest.mark.parametrize("text, court", [
    ("Firmaet blev onsdag taget under konkursbehandling af Skifteretten i Holstebro.", "Skifteretten i Holstebro"),
    ("Sagen skal nu for Fogedretten i Svendborg.", "Fogedretten i Svendborg"),
])
def test_a_probate_or_bailiffs_court_is_named_by_its_town(text: str, court: str) -> None:
    assert (court, "ORG") in _names(text)


def test_a_clubs_letters_after_its_town_make_a_club() -> None:
    assert _clubs("Kampen mellem Tarm HK og Ølgod IF endte uafgjort.", {}) == [("Tarm HK", "ORG"), ("Ølgod IF", "ORG")]


def test_a_unions_branch_and_a_word_before_the_letters_are_no_club() -> None:
    assert _clubs("Fagforeningen HK Midt er utilfreds.", {}, {"fagforeningen": "L"}) == []


def test_fc_before_a_town_is_a_club() -> None:
    assert _clubs("Han skifter til FC Thyholm i sommer.", {}) == [("FC Thyholm", "ORG")]


@pytest.mark.parametrize("text, tags, name", [
    ("Det blev 30-27 til Vestkyst Håndbold i går.", {6: "B-PER", 7: "I-PER"}, "Vestkyst Håndbold"),
    ("Et rødt kort til Vestkyst Håndbolds stregspiller.", {4: "B-PER", 5: "I-PER"}, "Vestkyst Håndbolds"),
    ("Billederne vises senere på Vejle Kunstmuseum.", {4: "B-LOC", 5: "I-LOC"}, "Vejle Kunstmuseum"),
])
def test_a_sport_or_a_museum_last_makes_a_body(text: str, tags: dict[int, str], name: str) -> None:
    assert _clubs(text, tags) == [(name, "ORG")]


def test_a_restaurant_after_its_kind_is_a_firm() -> None:
    assert ("Fiskehuset", "ORG") in _names("Ejeren af restauranten Fiskehuset i Hvide Sande har solgt.")


def test_a_museum_the_tagger_passed_over_is_a_body() -> None:
    assert _clubs("Flere af billederne skal senere vises på Skagen Kunstmuseum.", {}) == [("Skagen Kunstmuseum", "ORG")]


def test_a_name_after_its_kind_is_found_again_alone() -> None:
    text = "Styrelsen har givet plejecentret Egelunden et påbud. Egelunden skal sende en plan inden oktober."
    assert _names(text).count(("Egelunden", "ORG")) == 2


def test_a_body_opening_a_sentence_before_a_relative_clause() -> None:
    text = "Priserne stiger. Dansk Varmeforsyning, der samler selskaberne, venter et fald om ti år."
    assert ("Dansk Varmeforsyning", "ORG") in _names(text)
