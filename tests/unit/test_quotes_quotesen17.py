"""English described speakers (quotesen17): a definite description pointing back to the same
description brought in with "a/an" and no name ("A spokeswoman for Stanmoor Borough Council said
... / "...," the spokeswoman said")."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_the_spokeswoman_is_the_spokeswoman_brought_in_before() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            "Club coach Harriet Voss said her swimmers would have to travel to Dunmere.\n\n"
            "A spokeswoman for Stanmoor Borough Council said the roof could not wait. "
            '"We know this is hard for the clubs and we are sorry," the spokeswoman said.')
    assert _speakers(text) == ["a spokeswoman for Stanmoor Borough Council"]


def test_a_spokesman_named_in_apposition_stays_that_person() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            "A spokesman for Stanmoor Borough Council, Anil Chaudry, said the roof could not wait. "
            '"We are sorry," the spokesman said.')
    assert _speakers(text) == ["Anil Chaudry"]


def test_a_description_with_another_noun_is_not_taken() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            "A spokesman for Stanmoor Borough Council said the roof could not wait. "
            '"We will miss it," the lifeguard said.')
    assert _speakers(text) == ["the lifeguard"]


def test_an_indefinite_description_inside_a_quotation_is_not_taken() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            '"A spokesman for the council said we could use the school pool instead," one swimmer said.\n\n'
            '"We will get through it," the spokesman said.')
    assert _speakers(text)[-1] == "the spokesman"
