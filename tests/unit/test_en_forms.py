"""English names by how they are written (reader.analysis.en_forms), in sentences of our own."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

CASES = [
    ("The appeal was backed by Friends of Brackenfield Common last spring.", ("Friends of Brackenfield Common", "ORG")),
    ("Nurses at St Agnes's Vale Hospital voted to strike on Friday.", ("St Agnes's Vale Hospital", "ORG")),
    ("The Welsh Government will pay for the new bridge, officials said.", ("Welsh Government", "ORG")),
    ("Solicitors Pringle & Dunmore lodged the appeal in March.", ("Pringle & Dunmore", "ORG")),
    ("Customers of Marshland Valley Water were told to boil their water.", ("Marshland Valley Water", "ORG")),
    ("GRIMSBY. Two trawlers collided outside the harbour on Sunday night.", ("GRIMSBY", "LOC")),
    ("GULL POINT. Kestrel Buses will cut three routes on the headland.", ("GULL POINT", "LOC")),
    ("PORT TALWYN - The ferry was cancelled for a third day.", ("PORT TALWYN", "LOC")),
    ("HARTLEPOOL (PA) - Hartlepool United were beaten 2-0 at home.", ("HARTLEPOOL", "LOC")),  # stop 44
    ("KINGS BARROW (PA) - The ferry was cancelled for a third day.", ("KINGS BARROW", "LOC")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_forms(text: str, expected: tuple[str, str]) -> None:
    found = {(e.text, e.label.value) for e in analyze(text, "en").entities}
    assert expected in found, found


def test_a_citation_with_a_year_is_two_authors_not_a_firm() -> None:
    from reader.analysis.en_forms import english_forms
    from reader.analysis.tokens import tokenize

    for text, merged in (("As Pringle & Dunmore (2004) showed", False), ("As Pringle & Dunmore showed", True),
                         ("As Pringle & Dunmore 's study showed", False), ("As (Pringle & Dunmore) showed", False)):
        tokens = tokenize(text)
        first = tokens.words.index("Pringle")
        tags = {first: "B-PER"}  # the tagger took the first author alone
        english_forms(tokens, tags, ())
        assert (tags.get(first + 2) == "I-ORG") is merged, (text, tags)


def test_a_heading_in_capitals_is_not_a_dateline() -> None:
    text = "UPDATE. The road has now reopened after the crash."
    assert not any(e.text == "UPDATE" for e in analyze(text, "en").entities)


def test_one_type_for_every_mention_a_form_decided() -> None:
    text = ("Marshland Valley Water raised its prices. Later Marshland Valley Water said the rise was needed, "
            "and customers of Marshland Valley Water complained.")
    labels = {e.label.value for e in analyze(text, "en").entities if e.text == "Marshland Valley Water"}
    assert labels == {"ORG"}
