"""English web text of the second blind web probe (tests/ner_articles/en_web2.txt, web28): typed
F1 of its names must not fall below a floor; and the web forms it showed missing hold on sentences
written for this test: a month written short by a day's number is no name, a shop or employer
after a buying or working cue is a body, a signature's role line is no person, a "-- " signature's
lines are apart, businesses named with more trade words, numbered streets in lower case, given
names after a word for getting in touch, names in capitals without a trailing "ON", a person's name
ending in a common noun a body.

The 20 texts were written and marked blind (main scored them 0.647 typed F1); the floor is the
score with web28's forms less 0.01. They are never used to choose rules (GUM CV chose them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.analysis.evaluate import score
from reader.analysis.iob import read_marked

HERE = Path(__file__).resolve().parents[1] / "ner_articles"
FLOOR = 0.805


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


def test_second_web_texts_score_above_floor() -> None:
    articles = read_marked(HERE / "en_web2.txt")
    assert len(articles) == 20
    assert all(article.spans for article in articles)
    typed, _untyped = score(articles, "en")
    f1 = typed.prf()[2]
    assert f1 >= FLOOR, f"en_web2 typed F1 {f1:.3f} fell below {FLOOR}"


@pytest.mark.parametrize("text", [
    "Sent on Mon 14 Sep, Harriet Cole wrote:",
    "On Fri 2 Oct, Dominic Fenn wrote:",
])
def test_a_short_month_by_a_day_is_no_name(text: str) -> None:
    names = _names(text)
    assert not [n for n in names if n[0] in ("Sep", "Oct")], names
    assert [n for n in names if n[1] == "PER"], names


@pytest.mark.parametrize(("text", "shop"), [
    ("I ordered new curtains from Dunelm and they came torn.", "Dunelm"),
    ("Then I bought a kettle from Argos for ten quid.", "Argos"),
    ("My brother got a job at Wickes last spring.", "Wickes"),
])
def test_a_shop_after_buying_or_working_is_a_body(text: str, shop: str) -> None:
    assert (shop, "ORG") in _names(text)


@pytest.mark.parametrize(("text", "place"), [
    ("We bought the rug from a market stall in Marrakesh.", "Marrakesh"),
    ("My cousin bought a scooter from Italy last year.", "Italy"),
])
def test_a_known_place_after_buying_stays_a_place(text: str, place: str) -> None:
    assert (place, "LOC") in _names(text)


def test_a_role_line_under_a_signature_is_no_person() -> None:
    text = "Thanks, all sorted.\n\nCheers,\nPriya Shah\nOffice Manager | Ashdown Dental\nKendal\n"
    names = _names(text)
    assert ("Priya Shah", "PER") in names
    assert not [n for n in names if "Manager" in n[0]], names


def test_a_long_role_line_under_a_closing_ends_the_names() -> None:
    text = ("Hi Tess,\n\nThe forms are attached, sorry for the wait.\n\nCheers,\nNoel Ambrose\n"
            "Office Manager | Harlow & Penn Solicitors\nMacclesfield\n")
    names = _names(text)
    assert ("Harlow & Penn Solicitors", "ORG") in names
    assert not [n for n in names if "\n" in n[0] or "Manager" in n[0]], names


@pytest.mark.parametrize(("signature", "person", "town"), [
    ("Pieter Claes\nGhent, Belgium", "Pieter Claes", "Ghent"),
    ("Lukas Brandt\nKassel, Germany", "Lukas Brandt", "Kassel"),
])
def test_a_dash_signature_keeps_its_lines_apart(signature: str, person: str, town: str) -> None:
    text = "> Does the patch build on ARM?\n\nIt does once the toolchain is bumped.\n\n-- \n" + signature + "\n"
    names = _names(text)
    assert (person, "PER") in names
    assert (town, "LOC") in names
    assert not [n for n in names if "\n" in n[0]], names


@pytest.mark.parametrize(("text", "firm"), [
    ("We had the boiler fixed by Penrose Heating last winter.", "Penrose Heating"),
    ("Got the new tyres at Halden Tyres, half the price of the dealer.", "Halden Tyres"),
    ("Stay away from Coldharbour Glazing, the windows leaked within a month.", "Coldharbour Glazing"),
    ("Ask at Grange Hardware, they cut keys while you wait.", "Grange Hardware"),
    ("Went with Nettlebed Kitchens for the units.", "Nettlebed Kitchens"),
])
def test_a_business_named_with_its_trade_is_a_body(text: str, firm: str) -> None:
    assert (firm, "ORG") in _names(text)


@pytest.mark.parametrize(("text", "street"), [
    ("we met at the bar on 5th ave around 9.", "5th ave"),
    ("meet me at 3rd st and pine at noon", "3rd st"),
])
def test_a_numbered_street_in_lower_case_is_a_place(text: str, street: str) -> None:
    assert (street, "LOC") in _names(text)


def test_a_given_name_after_a_word_for_getting_in_touch_is_a_person() -> None:
    assert ("Mavis", "PER") in _names("Spare tickets available. Ring Mavis on 01632 960111.")


def test_a_name_in_capitals_loses_a_short_word_after_it() -> None:
    names = _names("Any problems CALL BRENDA ON 07700 900222.")
    assert ("BRENDA", "PER") in names
    assert not [n for n in names if "ON" in n[0].split()], names


def test_a_person_named_with_a_common_noun_last_is_a_body() -> None:
    names = _names("Passed first time with Smooth Shift, ask for the older instructor.")
    assert ("Smooth Shift", "ORG") in names


@pytest.mark.parametrize(("text", "person"), [
    ("We hired Marcus Green to do the garden.", "Marcus Green"),
    ("The vet, Helen Stone, saw him the same day.", "Helen Stone"),
])
def test_a_person_with_a_given_name_first_stays_a_person(text: str, person: str) -> None:
    assert (person, "PER") in _names(text)


def test_an_employer_after_years_at_is_a_body() -> None:
    assert ("Tillbrook Mutual", "ORG") in _names("After nine years at Tillbrook Mutual I handed my notice in.")


def test_an_airport_after_years_at_stays_a_place() -> None:
    assert ("Heathrow Airport", "LOC") in _names("She spent twenty years at Heathrow Airport as a cleaner.")


@pytest.mark.parametrize(("text", "name"), [
    ("We went through the agency (Brackley Staff) and they never paid on time.", ("Brackley Staff", "ORG")),
    ("Rang our insurer (Hallam Mutual) and they sent someone out.", ("Hallam Mutual", "ORG")),
    ("The fitter (Zak) had it done by lunch.", ("Zak", "PER")),
    ("The installer (Ossie) was rude and left a mess.", ("Ossie", "PER")),
])
def test_a_name_in_brackets_after_a_noun_for_a_body_or_person(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text)


def test_a_name_in_brackets_after_another_noun_is_left_alone() -> None:
    names = _names("The second test (Optional) can be skipped.")
    assert ("Optional", "ORG") not in names and ("Optional", "PER") not in names


@pytest.mark.parametrize(("text", "towns"), [
    ("We cover Wantage, Faringdon and nearby villages.", ["Wantage", "Faringdon"]),
    ("DOG WALKING. COVERING WANTAGE, FARINGDON AND GROVE. CALL PAULA.", ["WANTAGE", "FARINGDON", "GROVE"]),
    ("Mobile mechanic serving Didcot, Abingdon & Wallingford.", ["Didcot", "Abingdon", "Wallingford"]),
    ("Covering Oxford and the Cotswolds.", ["Oxford"]),
])
def test_the_towns_a_trade_covers_are_places(text: str, towns: list[str]) -> None:
    names = _names(text)
    for town in towns:
        assert (town, "LOC") in names, names
    assert not [n for n in names if n[0].lower().startswith(("covering", "serving"))], names
