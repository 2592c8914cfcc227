"""Danish (namesda18): a one-word name found in a text is a name at its other lone mentions there
(``da_again18``): after a dash, in a headline, at a sentence's start, in the genitive; not next to
another capitalised word, not when found with two types, and not an ordinary word opening a
sentence. A lone unknown word in capitals inside a sentence is an organisation (``da_acronyms18``)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.da_again18 import named_again
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize


def _names(text: str) -> list[tuple[str, str]]:
    return sorted((e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC"))


@pytest.mark.parametrize("text, name, count", [
    ("Firmaet Zelvox har åbnet et lager i Vejle.\n\n- Zelvox ansætter 40 nye folk, siger direktøren.",
     ("Zelvox", "ORG"), 2),
    ("Måling: Grønborgerne går tilbage\n\nPartiet Grønborgerne står til 3,1 procent i en ny måling.",
     ("Grønborgerne", "ORG"), 2),
    ("Rederiet Fjordlinjen aflyste i går to afgange. På Kattegat blev Fjordlinjens afgang flyttet.",
     ("Fjordlinjens", "ORG"), 1),
    ("Vi kørte til Hjortlund i går. Også Hjortlund har fået ny skole, siger Ib Lund fra Hjortlund.",
     ("Hjortlund", "LOC"), 3),
])
def test_a_name_found_once_is_found_at_its_other_mentions(text: str, name: tuple[str, str], count: int) -> None:
    assert _names(text).count(name) == count, _names(text)


def _again(text: str, spans: list, vocab: dict | None = None) -> list[str]:
    tokens = tokenize(text, "da")
    return [text[s:e] + "/" + label for s, e, label in named_again(text, tokens, split_sentences(text), spans, vocab)]


def test_not_next_to_a_capitalised_word() -> None:
    text = "Zelvox åbner i dag. Senere køber Zelvox Holding et lager."
    assert _again(text, [(0, 6, "ORG")]) == ["Zelvox/ORG"]


def test_not_a_word_found_with_two_types() -> None:
    text = "Zelvox åbner. Han så Zelvox i går. Det sagde Zelvox."
    spans = [(0, 6, "ORG"), (21, 27, "LOC")]
    assert _again(text, spans) == ["Zelvox/ORG", "Zelvox/LOC"]


def test_an_ordinary_word_opening_a_sentence_is_left() -> None:
    text = "Vejen er lukket. Bilen kørte ned ad Vejen i går."
    spans = [(36, 41, "LOC")]
    assert _again(text, spans, {"vej": "L"}) == ["Vejen/LOC"]
    assert _again(text, spans, {}) == ["Vejen/LOC", "Vejen/LOC"]  # (the vocabulary decides it)


@pytest.mark.parametrize("text, wanted", [
    ("Prisen blev omregnet til en XKU ved årsskiftet.", {("XKU", "ORG")}),
    ("I sidste uge mødtes DGLO med tre lærere fra skolen.", {("DGLO", "ORG")}),
    ("Eleverne kan kombinere VUK med ATK, også fordi målgrupperne ligner hinanden.", {("VUK", "ORG"), ("ATK", "ORG")}),
    ("Reglerne står i kapitel XXIII om skatter.", set()),  # a Roman numeral (a body without the guard)
])
def test_a_lone_unknown_word_in_capitals_is_a_body(text: str, wanted: set) -> None:
    assert set(_names(text)) == wanted, _names(text)
