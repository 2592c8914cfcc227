"""A year after "for" ("et budget for 2025, der ...") and a year joined to a year ("i 2024 og 2025")
are dates, an amount after "for" stays an amount; "1,2 promille" is whole (lead, stop 42: the
sample da-01 listed "2025" as a number and "1,2" without its unit)."""

from __future__ import annotations

import pytest

from reader.analysis.numbers import find_dates_numbers


def _found(text: str, language: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in find_dates_numbers(text, language)]


@pytest.mark.parametrize(("text", "language", "year"), [
    ("Byrådet vedtog et budget for 2026, der sænker skatten.", "da", "2026"),
    ("Regnskabet for 2023 er godkendt af revisorerne.", "da", "2023"),
    ("The council set out its plan for 2031.", "en", "2031"),
    ("Tallene for 2022 og 2023 viser en stigning.", "da", "2023"),
    ("Sales fell in 2018 and 2019 across the region.", "en", "2019"),
])
def test_a_year(text: str, language: str, year: str) -> None:
    assert (year, "DATE") in _found(text, language)


@pytest.mark.parametrize(("text", "language", "amount"), [
    ("Hun købte huset for 1950 kroner om måneden.", "da", "1950 kroner"),
    ("He paid for 2000 tickets himself.", "en", "2000"),
    ("Grundskylden stiger med 1,2 promille.", "da", "1,2 promille"),
])
def test_an_amount(text: str, language: str, amount: str) -> None:
    assert (amount, "NUM") in _found(text, language)
