"""English clock times with am/pm run into them ("2.10am", "9am", "5.30pm") are one date span, not a
bare number "2" or nothing at all."""

from __future__ import annotations

import pytest

from reader.analysis.numbers import find_dates_numbers


def _spans(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in find_dates_numbers(text, language)]


@pytest.mark.parametrize("text, time", [
    ("The last bus left at 2.10am on Friday.", "2.10am"),
    ("Doors open at 9am.", "9am"),
    ("The road was closed until 5.30pm.", "5.30pm"),
    ("Officers were called at 11.45PM.", "11.45PM"),
    ("The shop shuts at 10:30pm.", "10:30pm"),
])
def test_am_pm_time_is_one_date(text: str, time: str) -> None:
    assert (time, "DATE") in _spans(text)
    assert not [s for s, label in _spans(text) if label == "NUM"]


@pytest.mark.parametrize("text", [
    "The ward has 24 beds and 3 amps.",   # a number before a word that starts with "am"
    "Room 3.4 pmt levels were normal.",
    "She scored 13pm points.",  # no clock has hour 13
])
def test_no_time_without_a_clock(text: str) -> None:
    assert not [s for s, label in _spans(text) if label == "DATE"]
