"""A Danish body named with its kind word before it ("Fagforbundet 3F mener, at ... »...«") is the
speaker of a partial quote in its reported speech (review28: the quote was lost, as the kind word
opening the sentence was read as a name of its own)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(("text", "speaker"), [
    ("Fagforbundet 3F mener, at overenskomsten er »et skridt i den rigtige retning«.", "3F"),
    ("Forbundet HK mener, at forslaget er »helt ude af trit med virkeligheden«.", "HK"),  # (found before too)
    ("Selskabet Nordvand skriver, at prisen er »helt urimelig«.", "Nordvand"),
])
def test_kind_word_and_body(text: str, speaker: str) -> None:
    quotes = analyze(text, "da").quotes
    assert [q.kind for q in quotes] == ["partial"] and quotes[0].speaker.endswith(speaker)


def test_a_person_opening_the_sentence_still_speaks() -> None:
    quotes = analyze("Lise Holm mener, at aftalen er »et skridt i den rigtige retning«.", "da").quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("Lise Holm", "partial")]
