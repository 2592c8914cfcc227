"""English laws, holidays and festivals are no person, organisation or place (en_events)."""

import pytest

from reader.analysis import analyze
from reader.analysis.en_events import not_names


def _kept(text: str, name: str, label: str = "PER") -> bool:
    start = text.index(name)
    return bool(not_names(text, [(start, start + len(name), label)]))


@pytest.mark.parametrize("text, name, label", [
    ("He voted for the George Floyd Justice in Policing Act in 2021.", "George Floyd Justice", "PER"),
    ("He voted for the George Floyd Justice in Policing Act in 2021.", "Policing Act", "LOC"),
    ("The Clean Water Act was passed in 1972.", "Clean Water Act", "ORG"),
    ("We spent Christmas Eve at home.", "Christmas Eve", "PER"),
    ("Shops close on Easter Sunday.", "Easter Sunday", "PER"),
    ("She chaired the Berlin International Film Festival jury.", "Berlin International Film Festival", "LOC"),
])
def test_laws_holidays_and_festivals_are_dropped(text: str, name: str, label: str) -> None:
    assert not _kept(text, name, label)


@pytest.mark.parametrize("text, name, label", [
    ("Eve Sweetser wrote the book.", "Eve Sweetser", "PER"),
    ("Doris Day sang it.", "Doris Day", "PER"),
    ("They flew to Christmas Island.", "Christmas Island", "LOC"),
    ("John Smith acted in the play.", "John Smith", "PER"),
    ("Mary Jones and Act Now met.", "Mary Jones", "PER"),
])
def test_other_names_stay(text: str, name: str, label: str) -> None:
    assert _kept(text, name, label)


def test_in_the_analysis() -> None:
    text = "Congress passed the Inflation Reduction Act, and Mary Jones spent Christmas Eve in Leeds."
    found = {(text[e.start:e.end], e.label.value) for e in analyze(text, "en").entities}
    assert ("Mary Jones", "PER") in found and ("Leeds", "LOC") in found
    assert not any(name in ("Inflation Reduction Act", "Inflation Reduction", "Christmas Eve") for name, _ in found)


@pytest.mark.parametrize("name, kept", [
    ("Valentine", True), ("Boxing Day", False), ("New Year's Eve", False), ("Anna Valentine", True),
    ("Easter", False), ("Thanksgiving Day", False),
])
def test_holidays_by_name(name: str, kept: bool) -> None:
    text = f"They met {name} there."
    assert _kept(text, name) is kept


@pytest.mark.parametrize("text, name, kept", [
    ("Speech by Ann Lee on the Tom Reed Act", "Ann Lee", True),
    ("Lee Floor Speech in Support of the Tom Reed Harbour Act", "Lee", True),
    ("She backed the Jane Roe Fairness in Lending Act.", "Jane Roe Fairness", False),
])
def test_a_name_before_a_law(text: str, name: str, kept: bool) -> None:
    assert _kept(text, name) is kept
