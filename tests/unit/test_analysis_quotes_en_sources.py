"""English news sources: unnamed and anonymous sources, the outlet told, titles and honorifics,
British single quotes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.quotes import find_quotes
from reader.analysis.roles import speaker_roles
from reader.model import Entity, EntityLabel


def _quotes(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in result.quotes]


def _one(text: str):
    result = analyze(text, "en")
    assert len(result.quotes) == 1, result.quotes
    return result.quotes[0]


# 1. "a/one/another X" brings in someone new; an anonymous source is nobody named.

@pytest.mark.parametrize("who", ["a shopkeeper", "another shopkeeper", "one shopkeeper"])
def test_an_indefinite_description_is_a_new_source_not_the_person_named_with_that_role(who: str) -> None:
    text = (
        "Shopkeeper Paul Kerr, 58, said the street had been closed for a week.\n\n"
        f"\u201cTrade has collapsed,\u201d said {who}."
    )
    assert _quotes(text) == [("Trade has collapsed", who)]


def test_the_definite_description_still_resolves_to_the_person_named_with_it() -> None:
    text = (
        "Shopkeeper Paul Kerr, 58, said the street had been closed for a week.\n\n"
        "\u201cTrade has collapsed,\u201d the shopkeeper said."
    )
    assert _quotes(text) == [("Trade has collapsed", "Paul Kerr")]


def test_a_source_who_asked_not_to_be_named_is_never_a_named_person() -> None:
    text = (
        "Nurse Amy Cole, 31, said the ward was short of staff.\n\n"
        "One nurse, who did not want to give his name, said: \u201cWe are exhausted.\u201d\n\n"
        "The nurse, who asked not to be identified, added: \u201cSomething will break.\u201d"
    )
    quotes = _quotes(text)
    assert [speaker for _, speaker in quotes] == ["One nurse", "The nurse"]


def test_a_role_word_in_the_sentence_before_does_not_introduce_the_next_name() -> None:
    text = (
        "Protesters surrounded a driver. Councillor Ruth Pike said the road would reopen.\n\n"
        "The driver said: \u201cI was terrified for my children.\u201d"
    )
    quote = _one(text)
    assert (quote.speaker, quote.role) == ("The driver", "")


# 2. The one told is never the speaker.

@pytest.mark.parametrize("subject", ["Tom Reed", "Union leader Tom Reed", "Tom Reed, the union leader,"])
def test_the_outlet_a_person_told_is_not_the_speaker(subject: str) -> None:
    text = f"{subject} told Radio Humber: \u201cThe yard will not close this year.\u201d"
    assert _one(text).speaker == "Tom Reed"


def test_told_an_outlet_that_with_a_partial_quote() -> None:
    text = "Tom Reed told Radio Humber that the owners had been \u201cwholly dishonest\u201d."
    assert _quotes(text) == [("wholly dishonest", "Tom Reed")]


# 4. Attribution details.

def test_role_with_a_constituency_in_apposition_before_the_name() -> None:
    quote = _one("\u201cThe bypass is a scandal,\u201d said the Green MP for Stroud, Ivo Marsh.")
    assert (quote.speaker, quote.role) == ("Ivo Marsh", "Green MP for Stroud")


def test_organisation_role_and_name_before_the_verb_in_a_split_sentence() -> None:
    text = (
        "\u201cThe pumps ran all night,\u201d Network Rail engineer Lena Fox said, "
        "\u201cbut the line stays shut.\u201d"
    )
    assert _quotes(text) == [("The pumps ran all night", "Lena Fox"), ("but the line stays shut.", "Lena Fox")]


def test_a_surname_resolves_to_the_full_name_written_before_even_unlinked() -> None:
    text = (
        "Broker Anjali Varma of Halden Securities expects a fall.\n\n"
        "\u201cNobody is buying,\u201d Varma said.\n\n"
        "Farmer Rose Dunn, 66, lost her barn.\n\n"
        "\u2018We have nothing left,\u2019 Mrs Dunn said."
    )
    assert _quotes(text) == [("Nobody is buying", "Anjali Varma"), ("We have nothing left", "Rose Dunn")]


def test_a_one_word_answer_with_a_reporting_verb_is_a_quote_a_scare_word_is_not() -> None:
    text = "\u201cAbsolutely,\u201d said Ivo Marsh. He called the plan \u201cdreadful\u201d and left."
    assert _quotes(text) == [("Absolutely", "Ivo Marsh")]


def test_a_title_and_name_typed_as_an_organisation_is_still_the_person_a_pronoun_takes() -> None:
    text = (
        "Health Secretary Ruth Pike visited the ward on Monday. "
        "She said: \u201cNo patient should wait this long.\u201d"
    )
    whole = "Health Secretary Ruth Pike"
    slip = [Entity(0, len(whole), whole, EntityLabel.ORG, whole)]  # the name finder's slip, given
    quotes = find_quotes(text, "en", slip)
    assert [(q.text, q.speaker) for q in quotes] == [("No patient should wait this long.", "Ruth Pike")]


def test_a_document_by_an_organisation_is_the_organisation_speaking() -> None:
    quote = _one("\u201cThe ward was unsafe,\u201d said a review by the Royal College of Nursing.")
    assert quote.speaker == "Royal College of Nursing"


# 3. British single quotes.

@pytest.mark.parametrize("open_, close", [("\u2018", "\u2019"), ("'", "'")])
def test_single_quotes_around_a_double_quoted_phrase(open_: str, close: str) -> None:
    text = f"{open_}They said \"wait a year\", so we waited,{close} said grower Ann Lee."
    assert _quotes(text) == [('They said "wait a year", so we waited', "Ann Lee")]


@pytest.mark.parametrize("open_, close", [("\u2018", "\u2019"), ("'", "'")])
def test_single_quotes_left_open_run_on_into_the_next_paragraph(open_: str, close: str) -> None:
    text = (
        f"{open_}Nobody asked us,{close} said grower Ann Lee. {open_}The meeting was a sham.\n\n"
        f"{open_}We will take them to court.{close}"
    )
    assert _quotes(text) == [
        ("Nobody asked us", "Ann Lee"),
        ("The meeting was a sham.", "Ann Lee"),
        ("We will take them to court.", "Ann Lee"),
    ]


def test_single_quotes_after_double_ones_in_a_paragraph_run_on() -> None:
    text = (
        "\u201cNobody asked us,\u201d said grower Ann Lee. 'The meeting was a sham.\n\n"
        "'We will take them to court.'"
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ann Lee", "Ann Lee", "Ann Lee"]


# 5. Roles: honorifics are none, a title is taken whole.

def test_roles_take_the_whole_title_and_never_an_honorific() -> None:
    text = (
        "Chief Constable Mark Dale and Health Secretary Ruth Pike met Dr Amy Cole on Monday.\n\n"
        "\u201cWe are ready,\u201d Mr. Dale said. \u201cSo are we,\u201d said Dr Amy Cole."
    )
    result = analyze(text, "en")
    roles = speaker_roles(result)
    assert roles.get("Ruth Pike") == "Health Secretary"
    assert roles.get("Mark Dale") == "Chief Constable"
    assert "Amy Cole" not in roles
    for quote in result.quotes:
        assert quote.role not in ("Mr.", "Dr", "Secretary")
        assert quote.affiliation not in ("Mr.", "Dr")


def test_abbreviated_rank_is_the_role_and_the_force_after_the_name_the_affiliation() -> None:
    quote = _one("\u201cThe road is closed,\u201d said Insp Ruth Pike of Humber Police.")
    assert (quote.speaker, quote.role, quote.affiliation) == ("Ruth Pike", "Insp", "Humber Police")


def test_a_title_never_reaches_back_over_a_full_stop_and_an_occupation_opening_a_sentence_is_lower_case() -> None:
    text = (
        "The crowd jeered Ivo Marsh. Shopkeeper Amy Cole, 44, watched.\n\n"
        "\u201cIt was ugly,\u201d said Amy Cole."
    )
    roles = speaker_roles(analyze(text, "en"))
    assert roles.get("Amy Cole") == "shopkeeper"
    assert "Ivo Marsh" not in roles


def test_a_capitalised_word_opening_a_sentence_before_a_surname_is_no_given_name() -> None:
    text = "Yesterday Okonjo addressed the meeting.\n\n\u201cWe need answers,\u201d Okonjo said."
    assert [speaker for _, speaker in _quotes(text)] == ["Okonjo"]


def test_a_surname_s_given_name_is_the_same_found_once_per_text_or_per_quote() -> None:
    from reader.analysis.quote_resolve import given_name

    text = ("Yesterday Nair spoke. Analyst Priya Nair said the plan would fail. Later Nair said more, "
            "and Dr Omar Nair disagreed. \"No,\" Nair said.")
    cache: dict = {}
    for before in range(0, len(text) + 1, 7):
        assert given_name(text, "Nair", before, "en", cache) == given_name(text, "Nair", before, "en")
    assert given_name(text, "Nair", len(text), "en", cache) == "Priya Nair"
    assert given_name(text, "Nair", text.index("Priya"), "en", cache) is None  # "Yesterday" opens a sentence
