"""English quotations in exchanges of dialogue (news features, court reports, interviews written up
as scenes): more verbs of speaking after a quotation, a quoted sentence standing on its own, a
reporting clause whose speaker is nobody to name, and runs of quotes that a new subject ends. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize("verb", ["snapped", "cried", "muttered", "murmured", "yelled", "retorted", "mumbles"])
def test_a_verb_of_speaking_right_after_a_quotation_attributes_it(verb: str) -> None:
    assert _quotes(f"\u201cIt is far too late,\u201d Ann Lee {verb}.") == [("It is far too late", "Ann Lee")]


def test_a_verb_of_speaking_before_a_quotation_does_not_make_a_term_a_partial_quote() -> None:
    text = "Ann Lee cried when she heard the \u201cgood news\u201d on Monday."
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text, quote, who",
    [
        ("Ann Lee sighed. \u201cFine.\u201d", "Fine.", "Ann Lee"),
        ("Tom Reed was blunt. \u201cNo deal.\u201d", "No deal.", "Tom Reed"),
        ("\u201cWhy?\u201d Ann Lee asked.", "Why?", "Ann Lee"),
    ],
)
def test_a_short_quoted_sentence_standing_on_its_own_is_a_quote(text: str, quote: str, who: str) -> None:
    assert _quotes(text) == [(quote, who)]


def test_a_title_in_a_reference_list_stays_no_quote() -> None:
    text = "Ann Lee. \u201cNeeded: A Harbour Strategy.\u201d Port Weekly, 12(3), 10."
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text, quote, who",
    [
        ("\u201cExcuse me,\u201d someone said.", "Excuse me", None),
        ("\u201cStop,\u201d came a voice from the back of the hall.", "Stop", "a voice"),  # the description speaks
    ],
)
def test_a_short_quotation_with_a_reporting_clause_of_its_own_is_a_quote_without_a_name(text: str, quote: str, who) -> None:
    assert _quotes(text) == [(quote, who)]


def test_a_relative_clause_between_the_speaker_and_the_verb_keeps_the_speaker() -> None:
    text = '"We are close," Finch, who has led the union since 2015, said on Tuesday.'
    assert _quotes(text) == [("We are close", "Finch")]


def test_a_question_alone_in_its_paragraph_does_not_borrow_the_answers_speaker() -> None:
    text = "\u201cWhy?\u201d\n\n\u201cBecause the tide turns at six,\u201d Tom Reed said."
    assert _quotes(text) == [("Why?", None), ("Because the tide turns at six", "Tom Reed")]


def test_a_sentence_about_someone_else_between_two_quotes_ends_the_run() -> None:
    text = "\u201cWe will win,\u201d Ann Lee said. Tom Reed shook his head. \u201cNot this year.\u201d"
    assert _quotes(text) == [("We will win", "Ann Lee"), ("Not this year.", "Tom Reed")]
    same = "\u201cWe will win,\u201d Ann Lee said. \u201cNot this year, but next.\u201d"
    assert _quotes(same) == [("We will win", "Ann Lee"), ("Not this year, but next.", "Ann Lee")]


def test_she_is_never_a_source_described_as_a_man() -> None:
    text = (
        "\u201cYou are late again,\u201d Ann Lee said.\n\n"
        "\u201cSorry,\u201d her brother said. \u201cThe bus broke down.\u201d\n\n"
        "\u201cIt always does,\u201d she said."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ann Lee", "her brother", "her brother", "Ann Lee"]


def test_he_is_never_a_source_described_as_a_woman() -> None:
    text = "A police spokeswoman said the road was closed.\n\n\u201cIt will open tonight,\u201d he said."
    assert [speaker for _, speaker in _quotes(text)] == [None]


def test_she_after_a_mother_named_through_her_son_is_the_mother() -> None:
    text = "Reed\u2019s mother said he was a kind boy.\n\n\u201cHe loved the sea,\u201d she said."
    assert _quotes(text) == [("He loved the sea", "Reed\u2019s mother")]


def test_a_name_a_reporting_clause_gives_is_that_person_wherever_the_text_writes_it() -> None:
    text = (
        "Tumelo put down the cup and looked at the harbour.\n\n"
        "\u201cWe leave at dawn,\u201d he said.\n\n"
        "\u201cNot before the storm passes,\u201d said Tumelo."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Tumelo", "Tumelo"]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The fire spread fast when Tom Reed yelled, \u201cThey are inside!\u201d", "They are inside!"),
        ("Then Tom Reed whispered, \u201cStay.\u201d", "Stay."),
    ],
)
def test_a_verb_of_speaking_with_a_comma_right_before_a_quotation_attributes_it(text: str, quote: str) -> None:
    assert _quotes(text) == [(quote, "Tom Reed")]


def test_the_subject_of_the_first_of_two_joined_verbs_speaks() -> None:
    text = "The nurse cleans the cut and says, \u201cThis will sting.\u201d"
    assert _quotes(text) == [("This will sting.", "The nurse")]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("A neighbour was in tears. \u201cI cannot believe it,\u201d she said.", "I cannot believe it"),
        ("A neighbour was in tears.\n\n\u201cI cannot believe it,\u201d she said.", "I cannot believe it"),
        ("A neighbour was in tears. \u201cI cannot believe it.\u201d", "I cannot believe it."),
    ],
)
def test_a_description_opening_the_sentence_before_a_quotation_speaks(text: str, quote: str) -> None:
    assert _quotes(text) == [(quote, "A neighbour")]


def test_a_description_of_the_other_sex_before_a_quotation_does_not_take_the_pronoun() -> None:
    text = "Her husband was in tears. \u201cI cannot believe it,\u201d she said."
    assert _quotes(text) == [("I cannot believe it", None)]


@pytest.mark.parametrize(
    "text, who",
    [
        ("Ngozi Okafor said she would stay. Tumelo Dube agreed.\n\n\u201cI have a family here,\u201d she said.", "Ngozi Okafor"),
        ("Tumelo Dube said he would go. Ngozi Okafor agreed.\n\n\u201cThere is no work,\u201d he said.", "Tumelo Dube"),
        ("Mr Okafor runs the shop.\n\n\u201cIt is hard,\u201d she said.", None),
    ],
)
def test_he_and_she_follow_the_sex_the_text_shows_for_names_the_gazetteer_does_not_know(text: str, who: str | None) -> None:
    assert [speaker for _, speaker in _quotes(text)] == [who]


def test_a_possessive_in_reported_speech_shows_no_sex_of_the_speaker() -> None:
    text = (
        "Tom Reed has run the bakery since 2009. His wife Ann Lee says the shop is his life.\n\n"
        "\u201cHe never stops,\u201d she said."
    )
    assert _quotes(text) == [("He never stops", "Ann Lee")]


@pytest.mark.parametrize(
    "heading, who",
    [
        ("Speech by Ann Lee on the Tom Reed Act", "Ann Lee"),
        ("Lee Floor Speech in Support of the Tom Reed Harbour Act", "Lee"),
    ],
)
def test_i_in_a_speech_is_the_one_next_to_the_heading_word_of_two_people_named(heading: str, who: str) -> None:
    text = f"{heading}\n\nThank you. Last year a fisherman told me his boat was gone. I said, \u2018Then we will change the law.\u2019"
    assert _quotes(text) == [("Then we will change the law.", who)]


def test_questions_and_answers_between_two_people_take_turns() -> None:
    text = (
        "\u201cWhere were you on Friday?\u201d Ann Ruiz asked.\n\n\u201cAt home,\u201d Tom Dunn said.\n\n"
        "\u201cAlone?\u201d\n\n\u201cYes.\u201d"
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ann Ruiz", "Tom Dunn", "Ann Ruiz", "Tom Dunn"]


def test_a_quotation_paragraph_after_one_speaker_without_a_question_goes_on_with_them() -> None:
    text = "\u201cWe lost everything,\u201d Tom Reed said.\n\n\u201cThe water came in at night.\u201d\n\n\u201cNobody warned us.\u201d"
    assert [speaker for _, speaker in _quotes(text)] == ["Tom Reed", "Tom Reed", "Tom Reed"]


@pytest.mark.parametrize(
    "text, quote, who",
    [
        ("\u201cOh no,\u201d Kofi groaned.", "Oh no", "Kofi"),
        ("\u201cFine,\u201d Ann Lee shrugged, and left the room.", "Fine", "Ann Lee"),
    ],
)
def test_a_comma_closing_a_quotation_before_a_name_and_its_verb_makes_a_dialogue_tag(text: str, quote: str, who: str) -> None:
    assert _quotes(text) == [(quote, who)]


@pytest.mark.parametrize(
    "text",
    [
        "After \u201cHamlet,\u201d Burbage retired.",
        "The vote on \u201cBrexit,\u201d Parliament decided, would wait.",
        "Words like \u201cbad,\u201d \u201cworse,\u201d and \u201cworst\u201d are common.",
    ],
)
def test_a_title_or_word_before_a_comma_and_a_name_stays_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_a_thing_opening_the_sentence_before_a_quotation_never_speaks() -> None:
    text = (
        "\u201cYou are late,\u201d Ann Lee said.\n\n\u201cThe bus,\u201d Tom Reed said. \u201cIt broke down.\u201d\n\n"
        "She looked at the clock. The kettle boiled.\n\n\u201cIt always does,\u201d she said.\n\n\u201cNot always,\u201d he said."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ann Lee", "Tom Reed", "Tom Reed", "Ann Lee", "Tom Reed"]


def test_she_with_nobody_near_is_the_last_speaker_the_text_shows_to_be_a_woman() -> None:
    text = (
        "\u201cYou are late,\u201d said Ngozi Okafor. She was angry.\n\n\u201cThe bus,\u201d said Tumelo. He shrugged.\n\n"
        "The kettle boiled. Nobody moved.\n\n\u201cIt always does,\u201d she said."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ngozi Okafor", "Tumelo", "Ngozi Okafor"]
