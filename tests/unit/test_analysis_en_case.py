"""English sentences in capitals or title case are read with their words recased (en_case)."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.en_case import recased
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize


def _recased(text: str, vocab: dict[str, str]) -> list[str]:
    return list(recased(tokenize(text, "en"), split_sentences(text), vocab).words)


def test_a_shouted_sentence_is_read_as_text_writes_it() -> None:
    vocab = {"the": "B", "library": "B", "in": "L", "after": "L", "shuts": "L", "leeds": "C"}
    words = _recased("THE COUNCIL SHUTS THE LIBRARY IN LEEDS AFTER ROW.", vocab)
    # An ordinary word in lower case (the first capitalised), a known name capitalised, a word never
    # seen in training left in capitals (it may be an acronym).
    assert words == ["The", "COUNCIL", "shuts", "the", "library", "in", "Leeds", "after", "ROW", "."]


def test_a_title_case_sentence_keeps_its_names_and_its_first_word() -> None:
    vocab = {"shuts": "L", "library": "B", "after": "L", "complained": "L", "council": "B"}
    words = _recased("Council Shuts Library In Leeds After Smith Complained", vocab)
    assert words == ["Council", "shuts", "library", "In", "Leeds", "after", "Smith", "complained"]


def test_ordinary_sentences_and_short_lines_are_left_alone() -> None:
    vocab = {"was": "L", "received": "L", "award": "L", "association": "B"}
    text = "Fillmore received the Award of the Association for Computational Linguistics."
    tokens = tokenize(text, "en")
    assert recased(tokens, split_sentences(text), vocab) is tokens  # names, not a title
    tokens = tokenize("HULL. The council met.", "en")
    assert recased(tokens, split_sentences("HULL. The council met."), {"the": "B"}) is tokens


def test_names_in_shouted_and_title_case_sentences_keep_the_text_as_written() -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label.value) for e in analyze(text, "en").entities}

    assert ("Leeds", "LOC") in found("The Library In Leeds Should Remain Open, Says John Smith")
    shouted = found("COUNCIL SHUTS THE LIBRARY IN LEEDS AFTER JOHN SMITH COMPLAINED")
    assert ("LEEDS", "LOC") in shouted and ("JOHN SMITH", "PER") in shouted


def test_a_known_name_of_ordinary_words_is_capitalised_when_shouted() -> None:
    vocab = {"they": "B", "flew": "L", "to": "B", "new": "B", "york": "B", "on": "B", "friday": "C",
             "global": "B", "voices": "B", "\tglobal voices": "O", "from": "B", "the": "B", "and": "B"}
    words = _recased("THEY FLEW TO NEW YORK ON FRIDAY FROM GLOBAL VOICES AND THE NEW OFFICE.", vocab)
    # "new york" the gazetteer knows, "global voices" the training text had as a name.
    assert words[3:5] == ["New", "York"] and words[8:10] == ["Global", "Voices"]
    assert words[11:14] == ["the", "new", "OFFICE"]


def test_an_unknown_word_is_capitalised_when_shouted_if_the_text_writes_it_so() -> None:
    vocab = {"the": "B", "fights": "L", "puppet": "L", "master": "B", "again": "L", "is": "L", "back": "L",
             "then": "B", "with": "B"}
    words = _recased("THEN KUSANAGI FIGHTS THE PUPPET MASTER AGAIN WITH NEURALINK.\nKusanagi is back.", vocab)
    assert words[:3] == ["Then", "Kusanagi", "fights"] and words[8] == "NEURALINK"
