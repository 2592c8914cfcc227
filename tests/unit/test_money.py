"""Amounts are taken whole with their currency, written before or after the number, so a reporter
checking a figure sees "40 euros", not "40" (lead, stop 42)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.numbers import find_dates_numbers


def _amounts(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e, label in find_dates_numbers(text, language) if label == "NUM"]


@pytest.mark.parametrize(("text", "language", "amount"), [
    ("The repair bill came to 40 euros in the end.", "en", "40 euros"),
    ("Tickets cost 12 Swiss francs at the door.", "en", "12 Swiss francs"),
    ("The fund holds 5 billion US dollars today.", "en", "5 billion US dollars"),
    ("A coffee there is 7 Hong Kong dollars.", "en", "7 Hong Kong dollars"),
    ("She was fined 2 pounds sterling for it.", "en", "2 pounds sterling"),
    ("Entry is US$5 for adults.", "en", "US$5"),
    ("The deal is worth USD 20 million, he said.", "en", "USD 20 million"),
    ("Chips rose by 9 cents a bag.", "en", "9 cents"),
    ("Billetten koster 300 svenske kroner.", "da", "300 svenske kroner"),
    ("Prisen er sat til kr. 450 for voksne.", "da", "kr. 450"),
    ("Aftalen lyder på DKK 1.200 om måneden.", "da", "DKK 1.200"),
    ("Mælken steg 50 øre på en uge.", "da", "50 øre"),
])
def test_currency_taken_with_the_amount(text: str, language: str, amount: str) -> None:
    assert amount in _amounts(text, language)


def test_currency_code_is_the_amounts_not_a_body() -> None:
    text = "Kontrakten er på DKK 1.200 om måneden, oplyser Vestkraft."
    found = {(e.text, e.label.value) for e in analyze(text, "da").entities}
    assert ("DKK 1.200", "NUM") in found
    assert not any(name == "DKK" for name, _ in found)


def test_plain_words_after_a_number_stay_out() -> None:
    text = "He scored 3 goals and 14 Swiss fans cheered."
    assert _amounts(text, "en") == ["3", "14"]
