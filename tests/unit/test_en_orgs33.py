"""English organisations chosen on GUM cross-validation (namesen33, issue 16): texts of mine, invented names."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.joined_places43 import joined_places


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, "en").entities}


@pytest.mark.parametrize("text, body", [
    ("He taught at the Wexley Institute and Bristol for ten years.", "Wexley Institute"),
    ("Funding came from the Halden Foundation and Norway.", "Halden Foundation"),
])
def test_a_body_by_its_head_stays_a_body_beside_a_place(text: str, body: str) -> None:
    assert (body, "ORG") in _names(text)


def test_the_joined_types_leave_a_body_by_its_head_alone() -> None:
    text = "the University of Carrow and Leeds"
    spans = [(4, 24, "ORG"), (29, 34, "LOC")]
    evidence = {(4, 24): (0.0, 1.0, 3.0), (29, 34): (0.0, 0.0, 4.0)}
    assert joined_places(text, spans, evidence) == spans
    # without a head word the summed scores still decide: "Carrow Trust" is no head of mine, "Carrow Works" is none
    other = "the Carrow Works and Leeds"
    assert joined_places(other, [(4, 16, "ORG"), (21, 26, "LOC")], {(4, 16): (0.0, 1.0, 3.0), (21, 26): (0.0, 0.0, 4.0)}) == [
        (4, 16, "LOC"), (21, 26, "LOC")]


@pytest.mark.parametrize("text, paper", [
    ("The story was first reported by the Wexley Sentinel on Tuesday.", "Wexley Sentinel"),
    ("Owen Falk, a reporter for the Brackley Echo, asked the mayor.", "Brackley Echo"),
    ("The Halden Courier said the mill would close.", "Halden Courier"),
    ("She told the Brackley Reporter she had woken at four.", "Brackley Reporter"),
])
def test_a_paper_named_by_its_last_word_is_a_body(text: str, paper: str) -> None:
    assert (paper, "ORG") in _names(text)


@pytest.mark.parametrize("text, person", [
    ("Senator Forbes and Mayor Norton met on Friday.", "Forbes"),
    ("Senator Forbes and Mayor Norton met on Friday.", "Norton"),
    ("Ms Ford said the plan was sound.", "Ford"),
])
def test_a_surname_that_names_a_firm_is_a_person_after_a_title(text: str, person: str) -> None:
    assert (person, "PER") in _names(text)


def test_a_titled_name_with_a_body_head_or_known_only_as_a_body_stays_a_body() -> None:
    from reader.analysis.en_orgs33 import persons

    text = "Mr Holt met Dr Carrow Holdings and Mr John Lewis."
    spans = [(3, 7, "ORG"), (15, 30, "ORG"), (38, 48, "ORG")]
    assert persons(text, spans) == [(3, 7, "PER"), (15, 30, "ORG"), (38, 48, "ORG")]


def test_two_bodies_joined_by_and_are_two_names() -> None:
    names = _names("She lectured at the University of Carrow and Wexley University for a decade.")
    assert ("University of Carrow", "ORG") in names and ("Wexley University", "ORG") in names


def test_a_body_whose_second_part_has_no_name_of_its_own_stays_whole() -> None:
    from reader.analysis.en_orgs33 import split_joined

    text = "the Ministry of Housing and Local Government"
    spans = [(4, 44, "ORG")]
    vocab = {"local": "B", "government": "B", "housing": "B"}
    assert split_joined(text, spans, vocab) == spans
    other = "the University of Carrow and Wexley University"
    assert split_joined(other, [(4, 46, "ORG")], vocab) == [(4, 24, "ORG"), (29, 46, "ORG")]


def test_a_lone_body_head_inside_a_longer_name_is_not_found_alone() -> None:
    names = _names("Members of the Wexley Student Government voted on Friday.")
    assert ("Government", "ORG") not in names
    names = _names("It was a bill before Congress, and The Government said no; the Albanian Government agreed.")
    assert [n for n in names if n == ("Government", "ORG")] and ("Congress", "ORG") in names


def test_a_hyphened_papers_name_is_read_by_its_last_part() -> None:
    from reader.analysis.en_orgs import names_body

    assert names_body(["Wexley", "Times-Tribune"]) and names_body(["Brackley", "Echo"])
    assert not names_body(["Wexley", "Anglo-Saxon"])


def test_a_body_of_ordinary_words_and_a_country_is_a_body() -> None:
    from reader.analysis.en_orgs33 import nation_bodies

    text = "Sport England, Northern Ireland, Visiting Russia, New Zealand and Creative Wales"
    spans = [(0, 13, "LOC"), (15, 31, "LOC"), (33, 48, "LOC"), (50, 61, "LOC"), (66, 80, "LOC")]
    vocab = {"sport": "B", "northern": "L", "visiting": "L", "new": "B", "creative": "B"}
    assert [label for _s, _e, label in nation_bodies(text, spans, vocab)] == ["ORG", "LOC", "LOC", "LOC", "ORG"]


def test_every_list_joined_into_a_set_keeps_its_first_and_last_word() -> None:
    from reader.analysis import gaz_da, gaz_orgs, gaz_people, gaz_places, gazetteer

    joined = {
        "ORG_WORDS": (gaz_orgs.DA_BODIES, gaz_orgs.DA_COMPANIES, gaz_orgs.WORLD_ORGS, gaz_orgs.CLUBS, gaz_da.DA_ORGS,
                      gaz_orgs.NEWS_BODIES),
        "CITIES": (gaz_places.DA_TOWNS, gaz_places.WORLD_CITIES, gaz_places.US_STATES, gaz_places.REGIONS,
                   gaz_places.OCEANS_RIVERS, gaz_da.DA_PLACES),
        "COUNTRIES": (gaz_places.WORLD_COUNTRIES, gaz_places.DA_COUNTRIES),
        "FIRST_NAMES": (gaz_people.MALE, gaz_people.FEMALE),
    }
    for name, lists in joined.items():
        words = getattr(gazetteer, name)
        for text in lists:
            first, last = text.split()[0], text.split()[-1]
            for word in (first, last):
                assert word.replace("_", " ").lower() in words, (name, word)
    assert "nhs" in gazetteer.ORG_WORDS and "kurt" in gazetteer.FIRST_NAMES
