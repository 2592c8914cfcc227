"""Danish quotes in lone newspaper sentences as DDT writes them (quotesda28). Each text written for
this test (not the sentences of tests/quote_sentences)."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str, language: str = "da") -> list[tuple[str, str | None, str]]:
    return [(text[q.start:q.end], q.speaker, q.kind) for q in analyze(text, language).quotes]


def test_a_sentence_opening_a_quotation_with_a_spaced_mark_is_a_quote():
    # DDT's spacing: the opening mark stands alone at the very start of the text.
    text = '" Når sneen kommer , står hele byen stille i flere dage .'
    assert [q[0] for q in _quotes(text)] == ["Når sneen kommer , står hele byen stille i flere dage ."]


def test_a_spaced_mark_after_the_first_character_keeps_its_reading():
    text = 'Vi ses i morgen, " siger han.'
    assert [q[0] for q in _quotes(text)] == ["Vi ses i morgen"]
