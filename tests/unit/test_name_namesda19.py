"""Danish (namesda19): a lone capitalised word joined by "og"/"eller" to a found name is a name of
that name's type (``da_pairs19``); not opening a sentence, not touching another capitalised word,
not a word known in lower case, and beside a person only a person of one word."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.da_pairs19 import joined_partners


def _names(text: str) -> list[tuple[str, str]]:
    return sorted((e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC"))


@pytest.mark.parametrize("text, name", [
    ("Fabrikken skal bygge vinger til både Vestas og Nordex i år.", ("Nordex", "ORG")),
    ("Sara Holm har spillet for Ajax og Vålerenga i otte år.", ("Vålerenga", "ORG")),
    ("Lørdag spillede Gnags og Tøsedrengene på pladsen foran teatret.", ("Tøsedrengene", "ORG")),
])
def test_the_partner_of_a_found_name_is_found(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text), _names(text)


def _partners(text: str, spans: list, vocab: dict | None = None) -> list[str]:
    return [text[s:e] + "/" + label for s, e, label in joined_partners(text, spans, vocab)]


def _at(text: str, word: str, label: str) -> tuple[int, int, str]:
    start = text.index(word)
    return start, start + len(word), label


def test_the_word_after_and_the_word_before() -> None:
    text = "Osten sælges hos Zelvo og Brask, og hos Kimla eller Zelvo."
    spans = [_at(text, "Zelvo", "ORG"), (text.rindex("Zelvo"), text.rindex("Zelvo") + 5, "ORG")]
    assert _partners(text, spans) == ["Zelvo/ORG", "Brask/ORG", "Kimla/ORG", "Zelvo/ORG"]


@pytest.mark.parametrize("text", [
    "Brask og Zelvo har fusioneret.",  # opening a sentence
    "Det sagde Zelvo og Brask Holding i går.",  # a capitalised word after it
    "Det sagde Zelvo og Brask's direktør i går.",  # an apostrophe after it
    "Det sagde Zelvo og Brask 2 i går.",  # a digit after it
    "Det sagde Zelvo og De andre.",  # a word known in lower case ("de")
])
def test_no_partner(text: str) -> None:
    assert _partners(text, [_at(text, "Zelvo", "ORG")], {"de": "L"}) == ["Zelvo/ORG"]


def test_beside_a_person_only_a_person_of_one_word() -> None:
    text = "Det sagde Jens Holm og Brask i går."
    assert _partners(text, [_at(text, "Jens Holm", "PER")]) == ["Jens Holm/PER"]
    text = "Det sagde Ane og Brask i går."
    assert _partners(text, [_at(text, "Ane", "PER")]) == ["Ane/PER", "Brask/PER"]


def test_a_word_between_two_names_of_two_types_is_left() -> None:
    text = "Det sagde Zelvo og Brask og Vejle i går."
    spans = [_at(text, "Zelvo", "ORG"), _at(text, "Vejle", "LOC")]
    assert _partners(text, spans) == ["Zelvo/ORG", "Vejle/LOC"]


def test_a_partner_is_found_again_at_its_other_mentions() -> None:
    text = "Han har spillet for Ajax og Vålerenga. I Vålerenga blev han kaptajn, og nu vender han hjem."
    assert _names(text).count(("Vålerenga", "ORG")) == 2, _names(text)
