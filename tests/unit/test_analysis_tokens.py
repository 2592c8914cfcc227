"""Tokens: words with letters beyond the quick set (a-z, æøå) are read whole, as before."""

from __future__ import annotations

from reader.analysis.tokens import tokenize

TEXT = "Zoë og Łódź' café. Ærø-færgen, naïve_x Ǆemal 3,5 A/S Müller’s don't Øster"


def test_words_with_other_letters_are_whole_and_in_place() -> None:
    da = tokenize(TEXT, "da")
    assert da.words == (
        "Zoë", "og", "Łódź", "'", "café", ".", "Ærø-færgen", ",", "naïve_x", "Ǆemal", "3,5", "A/S", "Müller’s",
        "don't", "Øster",
    )
    en = tokenize(TEXT, "en")
    assert en.words[11:18] == ("A", "/", "S", "Müller", "’s", "do", "n't")
    for tokens in (da, en):
        assert all(TEXT[s:e] == w for s, e, w in zip(tokens.starts, tokens.ends, tokens.words))
