"""English: a month in a phrase of time and an interview's Q:/A: labels are no names (our words)."""

from __future__ import annotations

from reader.analysis import analyze


def _names(text: str) -> list[str]:
    return [e.text for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


def test_a_month_of_time_is_no_person() -> None:
    text = "Routes run by Kestrel Buses will be cut from June, and two more by March 2027, Gwen Morrow said."
    assert "June" not in _names(text) and "March" not in _names(text)
    assert _names(text) == ["Kestrel Buses", "Gwen Morrow"]


def test_interview_labels_are_no_places() -> None:
    text = "Interview with Marjorie Quaile.\n\nQ: What will you miss most?\n\nA: The quiet."
    assert _names(text) == ["Marjorie Quaile"]
