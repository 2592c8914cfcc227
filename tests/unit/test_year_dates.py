"""Years and "May" read as dates by the words before them (review26: "udgangen af 2028" and "the
end of May" were a number and nothing)."""

import pytest

from reader.analysis.numbers import find_dates_numbers


def _found(text: str, language: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in find_dates_numbers(text, language)}


@pytest.mark.parametrize("text, language, year", [
    ("Fabrikken skal være færdig ved udgangen af 2028.", "da", "2028"),
    ("Broen åbner inden 2030, siger ministeren.", "da", "2030"),
    ("I 2027 flytter redaktionen.", "da", "2027"),
    ("The plant must close by the end of 2030.", "en", "2030"),
    ("In 2026, the council sold the land.", "en", "2026"),
    ("Prices will rise in early 2029.", "en", "2029"),
])
def test_a_year_after_a_time_word_is_a_date(text: str, language: str, year: str) -> None:
    assert _found(text, language).get(year) == "DATE"


def test_a_number_after_a_plain_of_is_not_a_year() -> None:
    found = _found("A rise of 2028 votes, and a fall of 1990 members.", "en")
    assert found.get("2028 votes") == "NUM" and found.get("1990") == "NUM"


@pytest.mark.parametrize("text", ["The museum reopens at the end of May.", "It was built in May.",
                                  "Work stops in mid-May."])
def test_may_after_a_time_word_is_the_month(text: str) -> None:
    assert _found(text, "en").get("May") == "DATE"


def test_may_opening_a_sentence_is_the_verb() -> None:
    assert "May" not in _found("May the best team win.", "en")
