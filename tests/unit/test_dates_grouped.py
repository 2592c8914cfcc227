"""Dates written alike but for case (a sentence's start) are one date in the lists (review26)."""

from reader.analysis import analyze
from reader.model import EntityLabel


def _dates(text: str, language: str) -> dict[str, set[str]]:
    """Each date's written form and the canonical forms its mentions got."""
    seen: dict[str, set[str]] = {}
    for entity in analyze(text, language).entities:
        if entity.label is EntityLabel.DATE:
            seen.setdefault(entity.text, set()).add(entity.canonical)
    return seen


def test_a_danish_date_opening_a_sentence_is_grouped_with_its_lower_case_form() -> None:
    text = ("I dag åbner værftet i Frederikshavn igen. Direktøren siger, at i dag er en god dag "
            "for byen, og at ordrebogen er fuld til i dag om et år.")
    dates = _dates(text, "da")
    assert dates.get("I dag") == {"i dag"} and dates.get("i dag") == {"i dag"}


def test_the_form_written_most_often_names_the_group() -> None:
    text = ("Last week the ferry was late. Passengers said Last week was the worst. "
            "Last week, the operator apologised, and last week's timetable was withdrawn.")
    dates = _dates(text, "en")
    forms = {canonical for canonicals in dates.values() for canonical in canonicals if canonical.casefold() == "last week"}
    assert forms == {"Last week"}


def test_a_date_written_one_way_keeps_its_form() -> None:
    dates = _dates("The council met in March. In March the budget was cut.", "en")
    assert dates.get("March") == {"March"}
