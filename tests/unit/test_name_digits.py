"""Names with a number or glued letters kept whole (reader.analysis.name_digits), in our own words."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.name_digits import digit_names
from reader.analysis.tokens import tokenize
from name_helpers import tagged_names


def _widened(text: str, found: dict[str, str]) -> list[str]:
    """The names after digit_names, given the words the tagger found (word -> label)."""
    tokens = tokenize(text)
    tags = {k: "B-" + found[w] for k, w in enumerate(tokens.words) if w in found}
    digit_names(tokens, tags)
    return [name for name, _label in tagged_names(text, tokens, tags)]


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("Nyheden kom først på TV 2, siden i aviserne.", {"TV": "ORG"}, ["TV 2"]),
    ("Lytterne til Radio 4 og DR klagede.", {"Radio": "ORG", "DR": "ORG"}, ["Radio 4", "DR"]),
    ("Fagforeningen 3F har sagt nej.", {"F": "ORG"}, ["3F"]),
    ("Hun skiftede B&O ud med Samsung.", {"O": "ORG", "Samsung": "ORG"}, ["B&O", "Samsung"]),
    ("Arla 2 millioner kroner fattigere.", {"Arla": "ORG"}, ["Arla"]),  # a number that counts something
    ("Skriv til Vestergade 12, Vejle.", {"Vestergade": "LOC", "Vejle": "LOC"}, ["Vestergade", "Vejle"]),  # UNER: no house number
    ("Han hed Christian 4, og han byggede.", {"Christian": "PER"}, ["Christian"]),
])
def test_digit_names(text: str, found: dict[str, str], expected: list[str]) -> None:
    assert _widened(text, found) == expected


def test_a_channel_with_its_number_in_the_analysis() -> None:
    found = {(e.text, e.label.value) for e in analyze("Sagen blev vist på TV 2 i aftes, og 3F var med.", "da").entities}
    assert ("TV 2", "ORG") in found and ("3F", "ORG") in found, found
