"""English dialogue (issue 15): bare turns between two attributed turns of one exchange, and the
second half of a split quotation whose first half names the one spoken to. The sentences are
written for these tests."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in sorted(analyze(text, "en").quotes, key=lambda q: q.start)]


_EXCHANGE = (
    "The ferry was late again, and the harbour was empty.\n\n"
    "\"Where is everyone?\" asked Tomas Vidal.\n\n"
    "\"At the fair, I expect. The whole town goes.\"\n\n"
    "\"Then we have the pier to ourselves.\"\n\n"
    "\"For an hour, perhaps. The boats come back at six.\"\n\n"
    "\"That is long enough for me.\"\n\n"
    "\"You always say that,\" said Greta Holm.\n\n"
    "The gulls settled on the rail."
)


def test_bare_turns_between_two_tagged_turns_take_turns_when_the_count_fits() -> None:
    assert _speakers(_EXCHANGE) == ["Tomas Vidal", "Greta Holm", "Tomas Vidal", "Greta Holm", "Tomas Vidal", "Greta Holm"]


def test_a_name_inside_the_first_half_is_the_one_spoken_to() -> None:
    text = (
        "Rain had kept them indoors all week.\n\n"
        "\"My dear Mr. Okafor,\" said his landlady to him, \"have you seen the state of the roof?\""
    )
    assert _speakers(text) == ["his landlady", "his landlady"]


def test_an_adverb_of_manner_after_a_description_is_no_part_of_it() -> None:
    text = "The bus had gone without them.\n\n\"We will have to walk,\" said her brother crossly."
    assert _speakers(text) == ["her brother"]



def test_returned_and_thought_attribute_the_quotation_before_them() -> None:
    text = (
        "Pia Lund looked up from the ledger.\n\n"
        "\"Is it done?\" asked Bo Karlsen.\n\n"
        "\"Not yet,\" returned she; \"the figures for May are missing.\"\n\n"
        "\"What a strange little shop,\" thought Bo Karlsen, and he sat down to wait."
    )
    assert _speakers(text) == ["Bo Karlsen", "Pia Lund", "Pia Lund", "Bo Karlsen"]


def test_after_the_writers_own_turn_a_bare_turn_is_the_one_other_voice() -> None:
    text = (
        "I found Rosa Mendel in the greenhouse, as I had expected. I sat down on an upturned crate and "
        "I waited.\n\n"
        "\"You are late,\" Rosa Mendel said.\n\n"
        "\"Ten minutes,\" I answered.\n\n"
        "\"Twenty. The tomatoes noticed.\"\n\n"
        "\"Then I apologise to them.\"\n\n"
        "The old woman laughed."
    )
    assert _speakers(text)[:3] == ["Rosa Mendel", None, "Rosa Mendel"]


def test_a_closing_she_after_a_man_named_as_subject_speaks_next() -> None:
    text = (
        "Marta Kowalski had wrapped the gift in newspaper.\n\n"
        "David Berg had not yet opened it. She pushed it across the table towards him.\n\n"
        "\"Go on, David. It will not bite.\""
    )
    assert _speakers(text) == ["Marta Kowalski"]


def test_a_closed_turn_does_not_borrow_the_speaker_of_the_next_paragraph() -> None:
    text = (
        "The storm had passed.\n\n"
        "Tom Reed was blunt.\n\n"
        "\"Stop that noise, Kitty. My head aches.\"\n\n"
        "\"I cannot help it,\" said Kitty."
    )
    assert _speakers(text) == ["Tom Reed", "Kitty"]


def test_a_pronoun_that_addressed_someone_before_a_colon_speaks() -> None:
    text = (
        "Tom Hale came home late that evening.\n\n"
        "Seeing his daughter at the window, he suddenly addressed her with:\n\n"
        "\"Is the rain over, Anna?\""
    )
    assert _speakers(text) == ["Tom Hale"]


def test_a_short_turn_broken_off_with_a_dash_is_a_quote() -> None:
    text = (
        "\"We leave at dawn,\" said Tom Reed.\n\n"
        "\"But the horses--\"\n\n"
        "\"The horses will manage,\" said Tom Reed."
    )
    assert [q.text for q in sorted(analyze(text, "en").quotes, key=lambda q: q.start)][1].startswith("But the horses")


def test_the_answer_to_a_question_is_the_person_the_paragraph_before_opened_with() -> None:
    text = (
        "\"It is late,\" said Anna Holt.\n\n"
        "Tom Reed made no answer.\n\n"
        "\"Do you not want to know who called?\" cried Anna Holt.\n\n"
        "\"You want to tell me, and I will listen.\"\n\n"
        "The clock struck nine.\n\n"
        "\"Fine. It was the bank.\""
    )
    assert _speakers(text)[:3] == ["Anna Holt", "Anna Holt", "Tom Reed"]
