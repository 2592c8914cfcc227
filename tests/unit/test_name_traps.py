"""Names written in ways the tagger alone gets wrong (issue 16's traps, in new words): initials,
a firm after the word for its kind, an institution's word before or after its place, one service of
two places, two towns joined by "og"/"and", names listed together (of one kind)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.name_patterns import name_patterns
from reader.analysis.tokens import tokenize
from name_helpers import tagged_names

CASES = [
    ("Det bekræfter økonomichef K.M. Sandholm i en mail.", "da", ("K.M. Sandholm", "PER")),
    ("Regningen blev sendt til murerfirmaet Brdr. Lykkegaard ApS i sidste uge.", "da", ("Brdr. Lykkegaard ApS", "ORG")),
    ("Ejendomsselskabet Krusholm har købt grunden.", "da", ("Krusholm", "ORG")),
    ("Han er medlem af foreningen Venner af Kløvermosen.", "da", ("Venner af Kløvermosen", "ORG")),
    ("Beredskab Sydvest rykkede ud med tre vogne.", "da", ("Beredskab Sydvest", "ORG")),
    ("Sagen ligger hos Vestfyns og Langelands Politi i dag.", "da", ("Vestfyns og Langelands Politi", "ORG")),
    ("Vejen fra Øster Hurup til Neder Torsted er spærret.", "da", ("Neder Torsted", "LOC")),
    ("Der kører busser mellem Lille Tarnby og Kirke Egeslev hver time.", "da", ("Kirke Egeslev", "LOC")),
    ("Der er nye cykelstier i Lemvig, Struer, Thyholm, Hurup og Vestervig.", "da", ("Thyholm", "LOC")),
    ("Sognets Ungdomsfond og kommunen deler udgiften.", "da", ("Sognets Ungdomsfond", "ORG")),
    ("Det mener konsulent hos foreningen Henrik Maagaard ikke.", "da", ("Henrik Maagaard", "PER")),
    ("The case was passed to Dorset and Wiltshire Police on Monday.", "en", ("Dorset and Wiltshire Police", "ORG")),
    ("Voters in Market Ashby and Long Whitton were angry.", "en", ("Long Whitton", "LOC")),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_the_name_is_whole_and_typed(text: str, language: str, expected: tuple[str, str]) -> None:
    found = {(e.text, e.label.value) for e in analyze(text, language).entities}
    assert expected in found, found


def test_a_middle_initial_starts_no_second_name() -> None:
    found = {e.text for e in analyze("The prize went to Helen R. T. Marchbank last year.", "en").entities}
    assert "T. Marchbank" not in found and "R. T. Marchbank" not in found


def _patterned(text: str, tags: dict[int, str], language: str = "da") -> list[tuple[str, str]]:
    """The names after the patterns, given the tagger's ``tags``, as (text, label)."""
    tokens = tokenize(text, language)
    name_patterns(tokens, tags, frozenset(), language)
    return tagged_names(text, tokens, tags)


def test_the_place_before_a_lone_institution_word_is_part_of_it() -> None:
    # The tagger found "Kommune" but left out "Skive" (an ordinary word opening a sentence).
    assert _patterned("Skive Kommune regner med det.", {1: "B-ORG"}) == [("Skive Kommune", "ORG")]


def test_other_first_words_of_two_word_towns() -> None:
    assert _patterned("Han bor i Neder Hvolris nu.", {3: "B-ORG", 4: "I-ORG"}) == [("Neder Hvolris", "LOC")]
    assert _patterned("Han bor i Kirke Stenløse nu.", {3: "B-PER", 4: "I-PER"}) == [("Kirke Stenløse", "LOC")]


def test_more_words_for_the_kind_of_firm_before_its_name() -> None:
    found = _patterned("Tegnestuen Vinge & Munk tegner skolen.", {0: "B-ORG", 1: "I-ORG", 2: "I-ORG", 3: "I-ORG"})
    assert found == [("Vinge & Munk", "ORG")]


def test_a_firm_after_its_kind_joins_the_pieces_the_tagger_cut_it_into() -> None:
    # The tagger took "Brdr" alone and "Hvidberg ApS" for two organisations, cut at the stop.
    tags = {4: "B-ORG", 6: "B-ORG", 7: "I-ORG"}
    assert _patterned("Sagen gik til vognmandsfirmaet Brdr. Hvidberg ApS i går.", tags) == [("Brdr. Hvidberg ApS", "ORG")]


def test_a_firm_after_its_kind_leaves_a_person_the_tagger_found_after_an_organisation() -> None:
    tags = {4: "B-ORG", 5: "B-PER", 6: "I-PER"}
    found = _patterned("Han sagde til selskabet Nordvind Ole Brask i går.", tags)
    assert ("Ole Brask", "PER") in found, found


@pytest.mark.parametrize("text", [
    "Nordhavn Fjernvarmes kunder får en regning. Nordhavn Fjernvarme forklarer det med prisen på flis.",
    "Prisen stiger. Vestmose Varme hæver prisen i år. Kunderne hos Vestmose Varme er vrede.",
])
def test_a_name_found_once_is_found_at_every_mention(text: str) -> None:
    found = [(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value == "ORG"]
    assert len(found) == 2 and found[1][1] == "ORG", found


def test_a_name_that_owns_what_only_a_firm_has_is_a_firm_at_every_mention() -> None:
    text = "Marlow Pennick opened a new store. Marlow Pennick's shareholders were pleased."
    found = [(e.text, e.label.value) for e in analyze(text, "en").entities if e.text == "Marlow Pennick"]
    assert found == [("Marlow Pennick", "ORG")] * 2, found


@pytest.mark.parametrize("text, language", [
    ("Kabelproducenten Sydkyst Rør A/S har fået en ordre.\n\nAktien i Sydkyst Rør steg torsdag med 14 procent."
     "\n\nSydkyst Rør har tidligere overvejet at flytte.", "da"),
    ("Shares in Northshore Cable Ltd rose on Monday.\n\nWorkers in Northshore Cable were pleased.\n\n"
     "Northshore Cable said the results were strong.", "en"),
])
def test_a_firm_written_with_its_legal_form_is_a_firm_at_every_mention(text, language):
    """The mention with "A/S" or "Ltd" decides: "i Sydkyst Rør" is not a place for the others' votes."""
    result = analyze(text, language=language)
    labels = {(e.text, e.label.value) for e in result.entities if e.text.split()[0] in ("Sydkyst", "Northshore")}
    assert labels and {label for _text, label in labels} == {"ORG"}, labels
