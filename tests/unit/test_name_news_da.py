"""Danish name errors a reporter met in our news stories (issue 16), fixed as patterns and checked
in sentences of our own: a definite noun opening a sentence, an initial's full stop, a regional
channel after its number."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.name_digits import digit_names
from reader.analysis.name_rules import common_openers, initial_stops
from reader.analysis.tokens import tokenize
from name_helpers import tagged_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")]


def test_a_definite_noun_opening_a_sentence_is_no_name_when_the_text_writes_it_small() -> None:
    text = "Nævnet har set på klagerne fra Ringsted. Det oplyser nævnet i en mail."
    tokens = tokenize(text, "da")
    tags = {0: "B-ORG", tokens.words.index("Ringsted"): "B-LOC"}
    common_openers(tokens.words, tags, {0, tokens.words.index("Det")})
    assert [name for name, _ in tagged_names(text, tokens, tags)] == ["Ringsted"]


@pytest.mark.parametrize("text", [
    "Folketinget vedtog loven i går, og folketingets udvalg er enige.",  # not the same word written small
    "Karen har talt med karen på kontoret.",  # a given name stays a person
    "Kommunen og Vejdirektoratet har talt sammen.",  # the text never writes "kommunen" small
])
def test_a_name_opening_a_sentence_stays_unless_the_text_writes_it_small(text: str) -> None:
    tokens = tokenize(text, "da")
    tags = {0: "B-ORG"}
    common_openers(tokens.words, tags, {0})
    assert tags == {0: "B-ORG"}


def test_the_council_of_a_report_is_no_organisation_in_the_analysis() -> None:
    text = ("Patienter venter for længe, viser en rapport fra Statens Sundhedsråd.\n\n"
            "Rådet peger også på, at scannerne står stille om aftenen.\n\n"
            "»Det er patienterne, der betaler prisen,« skriver rådet.")
    found = _names(text)
    assert ("Statens Sundhedsråd", "ORG") in found
    assert all(name != "Rådet" for name, _ in found), found


def test_a_name_ending_in_an_initial_keeps_its_full_stop() -> None:
    text = "Det siger Inger P. fra Vejle, mens Jens Holm tier."
    tokens = tokenize(text, "da")
    first = tokens.words.index("Inger")
    holm = tokens.words.index("Jens")
    tags = {first: "B-PER", first + 1: "I-PER", holm: "B-PER", holm + 1: "I-PER"}
    initial_stops(tokens, tags)
    assert [name for name, _ in tagged_names(text, tokens, tags)] == ["Inger P.", "Jens Holm"]
    assert ("Inger P.", "PER") in _names(text)


def test_a_letter_in_brackets_keeps_its_brackets() -> None:
    tokens = tokenize("Han hedder Bo (V).", "da")
    tags = {2: "B-PER", 4: "B-ORG"}
    initial_stops(tokens, tags)
    assert tags == {2: "B-PER", 4: "B-ORG"}


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("Det siger træneren til TV 2 Nord efter kampen.", {"TV": "ORG", "Nord": "PER"}, ["TV 2 Nord"]),
    ("Kampen sendes på TV 2 Sport og DR.", {"TV": "ORG", "DR": "ORG"}, ["TV 2 Sport", "DR"]),
    ("Det sagde han til TV 2 Anders Holm.", {"TV": "ORG", "Anders": "PER", "Holm": "PER"}, ["TV 2", "Anders", "Holm"]),
    ("Han sagde til TV 2 Nord Vest noget.", {"TV": "ORG"}, ["TV 2"]),  # more capitals after: not taken
    ("Han sagde det til TV 2 Søndag aften.", {"TV": "ORG"}, ["TV 2"]),  # a day is when, not a region
    ("He told Radio 4 Tuesday that it would fail.", {"Radio": "ORG"}, ["Radio 4"]),
])
def test_a_channel_keeps_its_region_after_the_number(text: str, found: dict[str, str], expected: list[str]) -> None:
    tokens = tokenize(text, "da")
    tags = {k: "B-" + found[w] for k, w in enumerate(tokens.words) if w in found}
    digit_names(tokens, tags)
    assert [name for name, _ in tagged_names(text, tokens, tags)] == expected


def test_a_regional_channel_is_one_organisation_in_the_analysis() -> None:
    assert ("TV 2 Nord", "ORG") in _names("- Vi var ikke skarpe nok, siger træner Bo Dam til TV 2 Nord.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Danske Fiskeauktioner oplyser, at priserne er faldet.", "Danske Fiskeauktioner"),
    ("Hede & Hav vil ikke kommentere sagen.", "Hede & Hav"),
    ("Solsikke Energi A/S har fyret 40 ansatte.", "Solsikke Energi A/S"),
    ("Vejle. Grejsdal Håndbold tabte søndag stort.", "Grejsdal Håndbold"),
])
def test_a_body_opening_a_sentence_is_found(text: str, expected: str) -> None:
    assert (expected, "ORG") in _names(text)


def test_capitals_opening_a_sentence_without_a_body_s_form_are_left_to_the_tagger() -> None:
    from reader.analysis.name_patterns import opening_bodies

    text = "Hvis Lars Hansen kommer. Store Heddinge ligger øst for Køge."
    words = tokenize(text, "da").words
    put_calls: list[tuple[int, int, str]] = []
    opening_bodies(words, {}, frozenset(), lambda k, j, label: put_calls.append((k, j, label)))
    assert put_calls == []
