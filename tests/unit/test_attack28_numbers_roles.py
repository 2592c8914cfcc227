"""attack28: harms of stop 42's amount, year and role rules on the team's own sentences: a Danish
"nok" or "sek." after a number is no currency, "kr." ending one amount does not open the next,
"for 2000 i alt" is a sum, and a sentence-opening role keeps a place's capital, takes no adverb and
no relation."""

from __future__ import annotations

import pytest

from reader.analysis.numbers import find_dates_numbers
from reader.analysis.pipeline import analyze
from reader.analysis.roles import speaker_roles


def _found(text: str, language: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in find_dates_numbers(text, language)]


@pytest.mark.parametrize(("text", "language", "number"), [
    ("Der kom 500 nok til mødet i forsamlingshuset.", "da", ("500", "NUM")),
    ("Billetten koster 75 kr. 200 børn deltog i løbet.", "da", ("200", "NUM")),
    ("Hun solgte bilen for 2000 i alt til en nabo.", "da", ("2000", "NUM")),
    ("The club sold the shirt for 2000 in cash last week.", "en", ("2000", "NUM")),
])
def test_numbers_kept_as_written(text: str, language: str, number: tuple[str, str]) -> None:
    assert number in _found(text, language)


def test_the_amounts_still_take_their_currency() -> None:
    found = _found("Prisen var 500 NOK, og en anden betalte kr. 450 for den.", "da")
    assert ("500 NOK", "NUM") in found and ("kr. 450", "NUM") in found


def _role(text: str, name: str) -> str | None:
    return speaker_roles(analyze(text, "en")).get(name)


def test_an_unknown_place_keeps_its_capital() -> None:
    text = 'Kettlewick resident Mary Dunmore said the bus had not come. "We are stranded," she said.'
    assert _role(text, "Mary Dunmore") == "Kettlewick resident"


@pytest.mark.parametrize(("text", "name"), [
    ('Now pensioner Harold Briggs says the cuts went too far. "I paid in," he said.', "Harold Briggs"),
    ('Grieving mother Ann Lowe said: "Nobody told us anything."', "Ann Lowe"),
])
def test_no_role_from_an_adverb_or_a_relation(text: str, name: str) -> None:
    assert _role(text, name) is None


def test_a_two_word_role_stays() -> None:
    text = 'Council member Isla Rendall said the vote was close. "It was tight," she said.'
    assert _role(text, "Isla Rendall") == "council member"


def test_a_us_dollar_amount_is_listed_whole() -> None:
    result = analyze("US$5 million was raised for the school. The fee rose to US$12 this year.", "en")
    found = {(e.text, e.label) for e in result.entities}
    assert ("US$5 million", "NUM") in found and ("US$12", "NUM") in found


def test_new_in_lower_case_is_no_new_zealand() -> None:
    found = _found("The 3 new euro coins were shown, and 20 New Zealand dollars were paid.", "en")
    assert ("3", "NUM") in found and ("20 New Zealand dollars", "NUM") in found


@pytest.mark.parametrize("text", [
    'Naomi Fairbanks, one of the best players in the league, said: "I love it here."',
    "Mette Holm, en af de bedste spillere i ligaen, siger: »Jeg elsker det her.«",
])
def test_praise_is_no_role(text: str) -> None:
    language = "da" if "siger" in text else "en"
    name = text.split(",")[0]
    assert speaker_roles(analyze(text, language)).get(name) is None
