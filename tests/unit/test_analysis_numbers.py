"""Dates and numbers: one scan finds dates and number words as separate scans did."""

from __future__ import annotations

import pytest

from reader.analysis.numbers import find_dates_numbers

CASES = [
    (
        "Fredag den 3. maj 2018 kom fem-seks måneder og 3,5 % mere, cirka 1.000 kr. siden 1990.", "da",
        ["Fredag den 3. maj/DATE", "2018/NUM", "seks måneder/DATE", "3,5 %/NUM", "cirka 1.000 kr./NUM", "1990/DATE"],
    ),
    (
        "May I say that on May 3, 2018 two dozen people paid $5 million last week.", "en",
        ["May 3, 2018/DATE", "dozen people/NUM", "$5 million/NUM", "last week/DATE"],
    ),
    (
        "I går og i morgen, næste uge: 2018-08-01 og 3/5-2019 -5 grader.", "da",
        ["I går/DATE", "i morgen/DATE", "næste uge/DATE", "2018-08-01/DATE", "3/5-2019/DATE", "-5/NUM"],
    ),
    ("a-1 x1 1x majestæt fem", "da", ["1/NUM"]),
    ("Mødet klokken 14.30, kl. 9 og kl. 20:15.", "da", ["klokken 14.30/DATE", "kl. 9/DATE", "kl. 20:15/DATE"]),
    ("At 5 p.m. and 10:30am, not 14:00 sharp.", "en", ["5 p.m./DATE", "10:30am/DATE", "14:00/DATE"]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_dates_and_numbers(text: str, language: str, expected: list[str]) -> None:
    found = [f"{text[s:e]}/{label}" for s, e, label in find_dates_numbers(text, language)]
    assert found == expected
