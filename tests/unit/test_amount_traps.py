"""Amounts taken whole (issue 16): weights and areas, and "just under"/"lidt over" before a number."""

from __future__ import annotations

import pytest

from reader.analysis.numbers import find_dates_numbers

CASES = [
    ("The barn held about 900 tonnes of grain.", "en", "about 900 tonnes"),
    ("The estate covers 40 hectares of woodland.", "en", "40 hectares"),
    ("Support fell to just over 18 per cent.", "en", "just over 18 per cent"),
    ("Lageret er på 2.500 kvadratmeter.", "da", "2.500 kvadratmeter"),
    ("Tilslutningen var lidt under 40 procent.", "da", "lidt under 40 procent"),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_the_amount_is_one_span(text: str, language: str, expected: str) -> None:
    assert expected in [text[s:e] for s, e, _label in find_dates_numbers(text, language)]
