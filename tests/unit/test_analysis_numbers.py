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
    # Amounts whole: a glued magnitude, ranges and comparisons, two-word approximators.
    ("It cost £2.7m, then $2bn; the vote was 42 to 17.", "en", ["£2.7m/NUM", "$2bn/NUM", "42 to 17/NUM"]),
    (
        "It took at least six weeks for more than 300 people, between 3 and 4 million in all.", "en",
        ["at least six weeks/DATE", "more than 300 people/NUM", "between 3 and 4 million/NUM"],
    ),
    (
        "Det koster 3,4 mia. kr. og 14.000 kroner, mellem 3 og 4 millioner, fra 3 til 5 år, 3-4 gange.", "da",
        ["3,4 mia. kr./NUM", "14.000 kroner/NUM", "mellem 3 og 4 millioner/NUM", "fra 3 til 5 år/DATE", "3-4/NUM"],
    ),
    ("Der kom 2 og 3, mere end 40 personer og op til 5 km.", "da", ["2/NUM", "3/NUM", "mere end 40 personer/NUM", "op til 5 km/NUM"]),
    # "to"/"til" alone after a verb is no approximator: the amount starts at its number.
    ("Lønnen steg til 14.000 kroner, prisen faldt til 900 kr.", "da", ["14.000 kroner/NUM", "900 kr./NUM"]),
    ("Turnout rose to 14,000 people, at most 20 more than last year.", "en", ["14,000 people/NUM", "at most 20/NUM", "last year/DATE"]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_dates_and_numbers(text: str, language: str, expected: list[str]) -> None:
    found = [f"{text[s:e]}/{label}" for s, e, label in find_dates_numbers(text, language)]
    assert found == expected
