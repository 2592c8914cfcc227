"""English (namesen19): a one-word place or body found in a text is that name at its other lone
mentions there (``en_again19``); not a person, not a word in capitals, not a month, not next to
another capitalised word, and not an ordinary word opening a sentence."""

from __future__ import annotations

from reader.analysis import en_again19, names
from reader.analysis.en_again19 import named_again
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize


def _again(text: str, spans: list, vocab: dict | None = None) -> list[str]:
    tokens = tokenize(text, "en")
    return [text[s:e] + "/" + label for s, e, label in named_again(text, tokens, split_sentences(text), spans, vocab)]


def test_a_place_found_once_is_found_at_its_other_lone_mentions() -> None:
    text = "The plane is based in the Varrows. Ferries sail to the Varrows twice a week. Varrows is cold."
    spans = [(26, 33, "LOC")]
    assert _again(text, spans) == ["Varrows/LOC"] * 3


def test_not_a_person_nor_a_word_in_capitals_nor_a_month() -> None:
    text = "We met Quellin. We left QXR. It was June. Later Quellin saw QXR. It is June."
    spans = [(7, 14, "PER"), (24, 27, "ORG"), (36, 40, "LOC")]
    assert _again(text, spans) == ["Quellin/PER", "QXR/ORG", "June/LOC"]
    en_again19.TYPES = frozenset(("PER", "ORG", "LOC"))
    en_again19.TITLE = False
    try:
        assert _again(text, spans) == ["Quellin/PER", "QXR/ORG", "June/LOC", "Quellin/PER", "QXR/ORG"]
    finally:
        en_again19.TYPES = frozenset(("ORG", "LOC"))
        en_again19.TITLE = True


def test_a_person_only_by_the_last_word_of_a_full_name() -> None:
    text = "Dara Quellin spoke. Later Quellin left. Ottar came. We saw Ottar. I met Quellin."
    spans = [(0, 12, "PER"), (26, 33, "PER"), (40, 45, "PER")]
    assert _again(text, spans) == ["Dara Quellin/PER", "Quellin/PER", "Ottar/PER", "Quellin/PER"]
    en_again19.SURNAMES = False
    try:
        assert _again(text, spans) == ["Dara Quellin/PER", "Quellin/PER", "Ottar/PER"]
    finally:
        en_again19.SURNAMES = True


def test_no_piece_of_a_longer_title_counts() -> None:
    text = "We watched Ghost in the Shell again. Ghost was ahead of its time, and Ghost still is."
    spans = [(11, 16, "ORG")]
    assert _again(text, spans) == ["Ghost/ORG"]
    en_again19.SOURCE = "any"
    try:
        assert _again(text, spans) == ["Ghost/ORG"] * 3
    finally:
        en_again19.SOURCE = "alone"


def test_not_next_to_a_capitalised_word_nor_found_with_two_types() -> None:
    text = "Varrows grew. The Varrows Council met. We saw Varrows."
    assert _again(text, [(0, 7, "LOC")]) == ["Varrows/LOC", "Varrows/LOC"]
    assert _again(text, [(0, 7, "LOC"), (46, 53, "ORG")]) == ["Varrows/LOC", "Varrows/ORG"]


def test_an_ordinary_word_opening_a_sentence_is_left() -> None:
    text = "Nation is a word. They spoke to the Nation."
    spans = [(36, 42, "LOC")]
    assert _again(text, spans, {"nation": "B"}) == ["Nation/LOC"]
    assert _again(text, spans, {}) == ["Nation/LOC", "Nation/LOC"]


def test_find_names_finds_the_place_again(monkeypatch) -> None:
    text = "The plane is based in the Varrows. Ferries sail to the Varrows twice a week."
    first = text.index("Varrows")

    def tagger(tokens, sentences, breaks, language, evidence=None):
        return [(first, first + 7, "LOC")]  # (the tagger found the first mention only)

    monkeypatch.setattr(names, "model_names", tagger)
    found = [text[s:e] + "/" + label for s, e, label in names.find_names(
        text, tokenize(text, "en"), split_sentences(text), "en")]
    assert found == ["Varrows/LOC", "Varrows/LOC"]
    monkeypatch.setattr(en_again19, "ON", False)
    found = [text[s:e] + "/" + label for s, e, label in names.find_names(
        text, tokenize(text, "en"), split_sentences(text), "en")]
    assert found == ["Varrows/LOC"]  # (before)


def test_a_text_over_the_limit_is_left(monkeypatch) -> None:
    text = "The plane is based in the Varrows. Ferries sail to the Varrows twice a week."
    monkeypatch.setattr(en_again19, "LIMIT", 5)
    assert _again(text, [(26, 33, "LOC")]) == ["Varrows/LOC"]
