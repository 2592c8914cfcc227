"""English name errors a second blind probe of new stories found (probe9: online news, results,
press releases, blogs), fixed as patterns (en_news) and checked in sentences of our own."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.en_news import news_forms


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


def _span(text: str, name: str, label: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), label)


def _forms(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    spans = [_span(text, name, label) for name, label in names]
    return [(text[s:e], label) for s, e, label in news_forms(text, spans)]


def test_both_sides_of_a_football_result_are_teams() -> None:
    text = "Oakridge Town beat Pelham Rovers 2-0 on Saturday."
    found = _forms(text, ("Oakridge Town", "LOC"), ("Pelham Rovers", "PER"))
    assert found == [("Oakridge Town", "ORG"), ("Pelham Rovers", "ORG")]


def test_a_team_after_drew_or_lost_and_the_score_is_found_and_typed() -> None:
    text = "Marsh Lane drew 1-1 with Crofton Reserves and Holme Quay lost 3-2 at home to Tilbury Mill."
    found = dict(_forms(text, ("Marsh Lane", "LOC"), ("Holme Quay", "LOC"), ("Tilbury Mill", "PER")))
    assert found == {"Marsh Lane": "ORG", "Crofton Reserves": "ORG", "Holme Quay": "ORG", "Tilbury Mill": "ORG"}


def test_players_in_a_result_stay_people() -> None:
    text = "Dominic Thiel beat Karol Wisniak 6-3 in the final."
    found = _forms(text, ("Dominic Thiel", "PER"), ("Karol Wisniak", "PER"))
    assert found == [("Dominic Thiel", "PER"), ("Karol Wisniak", "PER")]


def test_beat_without_a_score_names_no_team() -> None:
    text = "The council beat Hallam Homes in court last year."
    assert _forms(text, ("Hallam Homes", "PER")) == [("Hallam Homes", "PER")]


@pytest.mark.parametrize("text, place", [
    ("Buses will no longer run to the market town of Brackwold.", "Brackwold"),
    ("She grew up in the fishing village of Porthcarrow in Cornwall.", "Porthcarrow"),
])
def test_a_place_after_the_word_for_its_kind(text: str, place: str) -> None:
    assert (place, "LOC") in _forms(text)


def test_a_legal_form_in_lower_case_belongs_to_the_firm() -> None:
    text = "Shares in Dunmore Pryce plc fell on Monday."
    assert _forms(text, ("Dunmore Pryce", "LOC")) == [("Dunmore Pryce plc", "ORG")]


def test_police_and_a_country_is_a_force() -> None:
    text = "Police Scotland said the road was closed."
    assert _forms(text, ("Scotland", "LOC")) == [("Police Scotland", "ORG")]


def test_an_office_after_a_bodys_possessive_is_one_name() -> None:
    text = "The Pensions Regulator's Office said it would look at the case."
    found = _forms(text, ("Pensions Regulator", "ORG"), ("Office", "ORG"))
    assert found == [("Pensions Regulator's Office", "ORG")]


def test_a_place_before_based_is_a_place() -> None:
    text = "The Leicester-based company said payments were not affected."
    assert _forms(text) == [("Leicester", "LOC")]


def test_a_lower_case_brand_after_its_kind_is_found_at_every_mention() -> None:
    text = "The fitness app runlio has lost data. A spokesperson for runlio said sorry, and runlio users were told."
    assert _forms(text) == [("runlio", "ORG")] * 3


def test_a_word_after_a_kind_said_once_is_no_brand() -> None:
    text = "The company recently said it had sold the site."
    assert _forms(text) == []


def test_a_day_and_a_month_are_a_date_not_a_person() -> None:
    text = "A funeral will be held at the church in Alnwick on 3 June."
    assert ("June", "PER") not in _names(text)


@pytest.mark.parametrize("text", [
    "From: Mark Heddle\nSent: Tuesday 10:02\nSubject: Bins\n\nDear Editor,\n\nThe bins were not emptied again.",
    "Yours sincerely,\n\nMark Heddle\nHeddle & Sons Butchers, Ludlow\n",
])
def test_no_name_runs_across_the_end_of_a_short_line(text: str) -> None:
    assert all("\n" not in name for name, _ in _names(text))
    assert ("Mark Heddle", "PER") in _names(text)


@pytest.mark.parametrize("name, label", [("Met Office", "PER"), ("Dublin Stock Exchange", "LOC")])
def test_an_office_or_an_exchange_last_makes_a_body(name: str, label: str) -> None:
    text = f"The {name} said the figures were wrong."
    assert _forms(text, (name, label)) == [(name, "ORG")]


def test_the_body_after_a_spokesperson_for_is_found() -> None:
    text = "A spokesperson for Aslef said the union would ballot its members."
    assert _forms(text) == [("Aslef", "ORG")]


def test_a_person_after_a_spokesman_for_stays_a_person() -> None:
    text = "A spokesman for Harriet Vane said she would appeal."
    assert _forms(text, ("Harriet Vane", "PER")) == [("Harriet Vane", "PER")]


def test_police_and_a_country_found_as_one_place_is_a_force() -> None:
    text = "Anyone with information can contact Police Scotland on 101."
    assert _forms(text, ("Police Scotland", "LOC")) == [("Police Scotland", "ORG")]


def test_a_firm_after_the_broker_is_a_firm() -> None:
    assert ("Pellow Stanton", "ORG") in _names("Helen Marsh, an analyst at the broker Pellow Stanton, said the news was bad.")


def test_a_place_named_by_its_kind_is_found_again() -> None:
    text = "She was born in the fishing village of Porthcarrow. The Porthcarrow lifeboat saved her father."
    assert _forms(text) == [("Porthcarrow", "LOC")] * 2


def test_a_mention_inside_a_longer_name_is_not_found_again() -> None:
    text = "He lives in the town of Brackwold, on Brackwold Road."
    assert _forms(text) == [("Brackwold", "LOC")]


def test_a_firm_in_apposition_to_its_kind() -> None:
    text = "The shop was fitted out by Tarrant Joinery, a family firm based in Bath."
    assert ("Tarrant Joinery", "ORG") in _forms(text)
    text = "The wool came from Calder Mill, a small dye works near Halifax."
    assert _forms(text, ("Calder Mill", "LOC")) == [("Calder Mill", "ORG")]


def test_a_person_in_apposition_to_a_firm_stays_a_person() -> None:
    text = "The shop belongs to Sarah Tarrant, a family firm's owner."
    assert _forms(text, ("Sarah Tarrant", "PER")) == [("Sarah Tarrant", "PER")]


def test_a_hard_wrapped_paragraph_has_no_short_line_ends() -> None:
    from reader.analysis.name_lines import short_line_ends

    wrapped = ("The council said on Monday that the bus would stop at the end of\n"
               "March, and that talks with Moorline Buses had not found a way to keep\n"
               "it going.\n")
    assert short_line_ends(wrapped) == []
    letter = "From: Tom Hale\nSent: Monday\n\nYours,\n\nTom Hale\nHale & Daughter Books, Kendal\n"
    assert [letter[at:].split("\n")[0] for at in short_line_ends(letter)] == ["Sent: Monday", "Hale & Daughter Books, Kendal"]


def test_a_firm_opening_a_sentence_before_which() -> None:
    text = "The route will end in March. Fellside Coaches, which runs the service, said it lost money."
    assert ("Fellside Coaches", "ORG") in _names(text)
