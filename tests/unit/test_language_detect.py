"""Danish or English, also for a short text (review26: "Odense. Byrådet mødes." read as English)."""

import pytest

from reader.language import detect_language


@pytest.mark.parametrize("text", ["Odense. Byrådet mødes.", "Færgen sejler igen", "Skolen får nyt tag"])
def test_a_short_danish_text_with_no_function_word_is_danish(text: str) -> None:
    assert detect_language(text) == "da"


@pytest.mark.parametrize("text, language", [
    ("The Øresund bridge was closed for an hour.", "en"),
    ("Broen over Øresund var lukket i en time, siger politiet.", "da"),
    ("The council said it would not raise the rent.", "en"),
])
def test_function_words_decide_before_letters(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_nothing_to_go_on_gives_the_default() -> None:
    assert detect_language("Odense 2026", default="en") == "en"
    assert detect_language("Odense 2026", default="da") == "da"
