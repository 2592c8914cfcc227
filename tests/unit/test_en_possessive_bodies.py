"""A body whose name holds a plural for people with an apostrophe is one organisation (lead, stop
42; issue 16: "a possessive inside the name cut off")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.en_possessive_bodies import bodies


def test_the_tagger_cut_is_mended() -> None:
    text = "The Atlantic Fishermen's Guild said its boats would stay in port until Friday."
    found = {(e.text, e.label.value) for e in analyze(text, "en").entities}
    assert ("Atlantic Fishermen's Guild", "ORG") in found
    assert not any(name in ("Guild", "Atlantic Fishermen") for name, _ in found)


@pytest.mark.parametrize(("text", "body"), [
    ("The Royal Women's Hospital said the ward would reopen.", "Royal Women's Hospital"),
    ("A spokesman for the Carpenters' Guild said no.", "Carpenters' Guild"),
    ("He joined the Workers' Party in May.", "Workers' Party"),
    ("The Dorset Beekeepers' Association meets on Sundays.", "Dorset Beekeepers' Association"),
])
def test_body_with_a_plural_possessive(text: str, body: str) -> None:
    assert [text[s:e] for s, e, _ in bodies(text, [])] == [body]


@pytest.mark.parametrize("text", [
    "Tom's Club met on Friday.",  # one person's, no plural for people
    "The children's hospital was full.",  # no name: lower case
    "She thanked the Walkers' neighbours.",  # no body's head word
])
def test_no_body(text: str) -> None:
    assert bodies(text, []) == []
