"""English (namesen19): a name only the rules found, whose every capitalised word the document also
writes in lower case, is no name (``en_written_low19``); a word in capitals is left out of the test."""

from __future__ import annotations

from reader.analysis import en_doc, en_written_low19, english, names
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize

TEXT = "She wrote on Atomic Theory and Quellin Labs. The atomic theory of matter is old."


def _span(text: str, name: str, label: str) -> tuple[int, int, str]:
    start = text.index(name)
    return start, start + len(name), label


def test_a_name_written_in_lower_case_elsewhere_is_dropped() -> None:
    spans = [_span(TEXT, "Atomic Theory", "LOC"), _span(TEXT, "Quellin Labs", "ORG")]
    words = tokenize(TEXT, "en").words
    assert en_written_low19.written_low(TEXT, spans, words) == spans[1:]


def test_every_word_must_be_written_low_and_capitals_are_left_out(monkeypatch) -> None:
    text = "We met at Atomic Quellin. The atomic age. IT staff fixed it."
    spans = [_span(text, "Atomic Quellin", "LOC"), _span(text, "IT", "ORG")]
    words = tokenize(text, "en").words
    assert en_written_low19.written_low(text, spans, words) == spans
    monkeypatch.setattr(en_written_low19, "CAPS", False)
    assert en_written_low19.written_low(text, spans, words) == spans[:1]


def test_the_document_being_evaluated_decides() -> None:
    sentence = "She wrote on Atomic Theory ."
    spans = [_span(sentence, "Atomic Theory", "LOC")]
    words = tokenize(sentence, "en").words
    assert en_written_low19.written_low(sentence, spans, words) == spans  # (alone: no lower case)
    with en_doc.document([sentence.split(), "The atomic theory is old .".split()]):
        assert en_written_low19.written_low(sentence, spans, words) == []


def test_find_names_drops_only_the_rules_own_names(monkeypatch) -> None:
    def tagger(tokens, sentences, breaks, language, evidence=None):
        return [_span(TEXT, "Quellin Labs", "ORG")]

    def rules(tokens, opening, text, lone=None):
        return [_span(TEXT, "Atomic Theory", "LOC"), _span(TEXT, "Quellin Labs", "ORG")]

    monkeypatch.setattr(names, "model_names", tagger)
    monkeypatch.setattr(english, "english_names", rules)

    def found() -> list[str]:
        return [TEXT[s:e] for s, e, _ in names.find_names(TEXT, tokenize(TEXT, "en"), split_sentences(TEXT), "en")]

    assert found() == ["Quellin Labs"]
    monkeypatch.setattr(en_written_low19, "ON", False)
    assert found() == ["Atomic Theory", "Quellin Labs"]  # (before)


def test_a_name_the_lists_or_its_form_know_stays_and_a_long_text_is_left(monkeypatch) -> None:
    text = "Loans from the British Business Bank rose. The bank is british in business."
    spans = [_span(text, "British Business Bank", "ORG")]
    words = tokenize(text, "en").words
    assert en_written_low19.written_low(text, spans, words) == spans  # ("Bank": a firm's form)
    monkeypatch.setattr(en_written_low19, "KNOWN", False)
    assert en_written_low19.written_low(text, spans, words) == []
    monkeypatch.setattr(en_written_low19, "LIMIT", 5)
    assert en_written_low19.written_low(text, spans, words) == spans  # (a text over the limit)
