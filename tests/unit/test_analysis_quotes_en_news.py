"""English news attribution: constructions of wire and British copy, in sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize("open_, close", [("\u2018", "\u2019"), ("'", "'")])
def test_british_single_quotes_with_said_after(open_: str, close: str) -> None:
    text = f"{open_}We will not back down,{close} said Sara Finch, the union leader."
    assert _quotes(text) == [("We will not back down", "Sara Finch")]


def test_british_single_quotes_split_by_attribution_and_apostrophes_inside() -> None:
    text = (
        "Sara Finch leads the dockers\u2019 union.\n\n"
        "\u2018We won\u2019t back down,\u2019 she said. \u2018Not this time, not for the owners\u2019 sake.\u2019"
    )
    assert _quotes(text) == [
        ("We won\u2019t back down", "Sara Finch"),
        ("Not this time, not for the owners\u2019 sake.", "Sara Finch"),
    ]


def test_clipped_words_and_genitives_inside_single_quotes_do_not_end_them() -> None:
    text = (
        "'The '90s were hard and the workers' pay fell,' says Tom Reed. Rock 'n' roll 'em all, "
        "'cause we worked 'til dawn."
    )
    assert _quotes(text) == [("The '90s were hard and the workers' pay fell", "Tom Reed")]


def test_single_quotes_nested_in_double_quotes_stay_one_quote() -> None:
    text = (
        "\u201cThey told us \u2018wait a week\u2019 and then closed the yard,\u201d said Tom Reed.\n\n"
        "\u2018It is over,\u2019 said Ann Lee."
    )
    assert _quotes(text) == [
        ("They told us \u2018wait a week\u2019 and then closed the yard", "Tom Reed"),
        ("It is over", "Ann Lee"),
    ]


def test_according_to_after_the_quotation() -> None:
    text = "\u201cThe plan will cost two hundred jobs,\u201d according to union leader Sara Finch."
    assert _quotes(text) == [("The plan will cost two hundred jobs", "Sara Finch")]


def test_capitalised_title_at_sentence_start_is_not_part_of_the_speaker() -> None:
    text = "Tim Ong was arrested on Friday.\n\n\u201cHe will be charged today,\u201d Police Chief Anna Berg said."
    assert _quotes(text) == [("He will be charged today", "Anna Berg")]


def test_role_description_resolves_to_person_introduced_with_a_capitalised_title() -> None:
    text = (
        "Prosecutor Ann Malik opened the case on Monday.\n\n"
        "\u201cThe evidence is clear,\u201d the prosecutor told the jury."
    )
    assert _quotes(text) == [("The evidence is clear", "Ann Malik")]


def test_quotation_paragraph_continues_reported_speech_of_the_paragraph_before() -> None:
    text = (
        "Sara Finch leads the union.\n\n"
        "\u201cNobody here has been paid since March.\u201d\n\n"
        "Tom Reed owns the yard. He said the strike would end before the winter.\n\n"
        "\u201cWe will not back down. Not this time.\u201d"
    )
    assert _quotes(text) == [
        ("Nobody here has been paid since March.", "Sara Finch"),  # after a paragraph about her alone
        ("We will not back down. Not this time.", "Tom Reed"),
    ]


def test_pronoun_takes_the_subject_not_the_object_of_the_sentence_before() -> None:
    text = (
        "Tom Reed met Joe Platt at the council offices on Monday.\n\n"
        "\u201cIt went better than I feared,\u201d he said afterwards."
    )
    assert _quotes(text) == [("It went better than I feared", "Tom Reed")]


def test_surname_alone_before_a_reporting_verb_is_the_speaker_of_a_partial_quote() -> None:
    text = (
        "Finch described the offer as \u201can insult to every docker in this port\u201d.\n\n"
        "Reed warned that the yard would \u201cnot go quietly\u201d."
    )
    assert _quotes(text) == [("an insult to every docker in this port", "Finch"), ("not go quietly", "Reed")]


def test_age_between_commas_after_the_speaker() -> None:
    text = "\u201cWe got most of what we asked for,\u201d Finch, 48, told The Herald."
    assert _quotes(text) == [("We got most of what we asked for", "Finch")]


def test_a_description_with_a_preposition_before_said_and_a_colon() -> None:
    text = "A spokeswoman for the council said: \u201cWe are reviewing the decision.\u201d"
    assert _quotes(text) == [("We are reviewing the decision.", "A spokeswoman for the council")]


def test_quotation_running_on_into_the_next_paragraph_after_a_split_attribution() -> None:
    text = (
        "Sara Finch leads the union.\n\n"
        "\u201cWe will strike on Monday,\u201d she said. \u201cThe owners have left us no choice.\n\n"
        "\u201cNobody wants this, but we are ready.\u201d"
    )
    assert _quotes(text) == [
        ("We will strike on Monday", "Sara Finch"),
        ("The owners have left us no choice.", "Sara Finch"),
        ("Nobody wants this, but we are ready.", "Sara Finch"),
    ]


def test_lower_case_phrase_right_after_a_reporting_verb_is_a_quote() -> None:
    text = (
        "The docks were quiet for a week, with owners saying, \u201cwe will not pay a penny more\u201d "
        "to anyone who asked."
    )
    assert _quotes(text) == [("we will not pay a penny more", None)]


def test_danish_inverted_subject_before_at_names_the_partial_quote() -> None:
    text = "I sin tale sagde han, at forbundet vil lægge op til \u00bbnye og hårde forhandlinger\u00ab med Vestkraft."
    result = analyze(text, "da")
    assert [(q.text, q.kind) for q in result.quotes] == [("nye og hårde forhandlinger", "partial")]
    assert result.quotes[0].speaker_start == text.index("han")


def test_english_dash_lines_are_list_items_or_signatures_unless_attributed() -> None:
    text = (
        "Mayor Rosa Delgado listed the changes on Monday:\n\n"
        "\u2014 Harbour fees will rise by five percent from May.\n\n"
        "\u2014 ROSA DELGADO, Mayor of the United Harbours.\n\n"
        "\u2014 We will rebuild the old pier first, Delgado said."
    )
    assert _quotes(text) == [("We will rebuild the old pier first", "Rosa Delgado")]


def test_pronoun_after_a_described_speaker_takes_the_description() -> None:
    text = (
        "\u201cWe lost half our trade,\u201d said Priya Shah, who runs a caf\u00e9 near the port.\n\n"
        "A port spokeswoman said ships held at anchor would dock from Friday.\n\n"
        "\u201cIt will take a week to clear the backlog,\u201d she said."
    )
    assert _quotes(text) == [
        ("We lost half our trade", "Priya Shah"),
        ("It will take a week to clear the backlog", "A port spokeswoman"),
    ]


def test_subject_with_an_apposition_before_said_that() -> None:
    text = (
        "The owners, Hull Port Holdings, said in a statement that they were "
        "\u201cpleased to see the port working again\u201d."
    )
    assert _quotes(text) == [("pleased to see the port working again", "Hull Port Holdings")]  # the name, not "The owners"


def test_an_organisation_alone_as_the_subject_is_the_source() -> None:
    text = "In a statement, Hull City Council said: \u201cWe are reviewing the decision.\u201d"
    assert _quotes(text) == [("We are reviewing the decision.", "Hull City Council")]


@pytest.mark.parametrize("verb", ["vowed", "pledged", "tweeted", "countered", "reiterated", "quipped", "maintains"])
def test_more_reporting_verbs_of_news_copy(verb: str) -> None:
    text = f"Sara Finch leads the union.\n\n\u201cWe will not back down this time,\u201d she {verb}."
    assert _quotes(text) == [("We will not back down this time", "Sara Finch")]


def test_abbreviated_titles_and_party_state_in_the_subject() -> None:
    text = (
        "Ann Lee is a surgeon in Dallas.\n\n"
        "\u201cThis bill is dead,\u201d Rep. Jim Cole, R-Texas, said.\n\n"
        "\u201cIt was never alive,\u201d Dr. Lee told reporters."
    )
    assert _quotes(text) == [("This bill is dead", "Jim Cole"), ("It was never alive", "Ann Lee")]


def test_noun_phrase_right_before_the_verb_after_an_opening_phrase() -> None:
    text = (
        "Tom Reed watched from the gallery.\n\n"
        "After the vote the mayor said: \u201cWe will build the bridge.\u201d\n\n"
        "My neighbour says, \u201cIt is about time they did.\u201d\n\n"
        "Like other towns of the so-called \u201crust belt\u201d, Hull has struggled."
    )
    assert _quotes(text) == [
        ("We will build the bridge.", "the mayor"),
        ("It is about time they did.", "My neighbour"),
    ]


def test_a_name_after_an_indefinite_article_is_no_person() -> None:
    text = (
        "Tom Reed grew up in Leeds. He became a Christian at nineteen, when he told the choir he would "
        "\u201csing every Sunday for the rest of my life.\u201d"
    )
    assert _quotes(text) == [("sing every Sunday for the rest of my life.", "Tom Reed")]


def test_to_quote_put_it_quoted_as_saying_and_a_possessive_before_a_colon() -> None:
    text = (
        "Mary Hale led the council for ten years.\n\n"
        "To quote Hale, \u201cA town that stops building starts dying.\u201d\n\n"
        "\u201cWe built, and we kept living,\u201d as Hale put it.\n\n"
        "\u201cI never once regretted it,\u201d Hale is quoted as saying.\n\n"
        "Her advice to her successor was short: \u201cKeep building.\u201d"
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Mary Hale"] * 4


def test_ruled_reports_a_judge() -> None:
    text = "Judge Ann Lee heard the case.\n\n\u201cThe landlord knew of the danger,\u201d she ruled."
    assert _quotes(text) == [("The landlord knew of the danger", "Ann Lee")]


def test_she_never_goes_to_a_man_named_before() -> None:
    text = "Tom Reed runs the yard.\n\n\u201cIt is over for the yard,\u201d she said."
    assert _quotes(text) == [("It is over for the yard", None)]


def test_british_quotation_over_two_paragraphs_and_double_marks_nested_in_single() -> None:
    text = (
        "Sara Finch leads the union.\n\n"
        "\u2018We will strike on Monday. The owners have left us no choice.\n\n"
        "\u2018Nobody wants this, but we are ready,\u2019 she said.\n\n"
        "\u2018They told us \u201cwait a week\u201d and then closed the yard,\u2019 she added."
    )
    assert _quotes(text) == [
        ("We will strike on Monday. The owners have left us no choice.", "Sara Finch"),
        ("Nobody wants this, but we are ready", "Sara Finch"),
        ("They told us \u201cwait a week\u201d and then closed the yard", "Sara Finch"),
    ]


def test_transcript_labels_in_capitals_give_the_name_as_written_normally() -> None:
    text = "ROSA DELGADO: We owe it to the town.\n\nTIM ONG: I agree with the mayor."
    assert _quotes(text) == [("We owe it to the town.", "Rosa Delgado"), ("I agree with the mayor.", "Tim Ong")]


def test_honorific_and_surname_and_two_joint_speakers_in_full() -> None:
    text = (
        "Tom Reed and Ann Lee run the harbour.\n\n"
        "\u201cWe lost two boats,\u201d said Mr. Reed.\n\n"
        "\u201cWe will buy new ones,\u201d Reed and Lee said in a joint statement."
    )
    assert _quotes(text) == [("We lost two boats", "Tom Reed"), ("We will buy new ones", "Tom Reed and Ann Lee")]


def test_a_quotation_signed_with_a_dash_on_its_line_or_the_next() -> None:
    text = (
        "Tom Reed runs the harbour. Ann Lee runs the ferry.\n\n"
        "\u201cThe sea gives and the sea takes, and mostly it takes.\u201d \u2014 Tom Reed, on the storm\n\n"
        "\u201cWe sail again on Monday, weather or no weather.\u201d\n\u2014 Ann Lee (@annlee) May 3"
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Tom Reed", "Ann Lee"]
