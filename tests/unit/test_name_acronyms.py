"""A name followed by its acronym in brackets is one name of the acronym's type."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.name_acronyms import acronym_names


def _names(text: str, language: str) -> set[tuple[str, str]]:
    result = analyze(text, language)
    return {(text[e.start:e.end], e.label.value) for e in result.entities if e.label.value in ("PER", "ORG", "LOC")}


def _putter(tags: dict[int, str]):
    return lambda k, j, label: tags.update({m: ("B-" if m == k else "I-") + label for m in range(k, j)})


def test_a_danish_association_and_its_acronym_are_one_organisation():
    text = "Ifølge Sammenslutningen af Danske Vandværker (SDV) er prisen på vand steget."
    names = _names(text, "da")
    assert ("Sammenslutningen af Danske Vandværker", "ORG") in names
    assert not any(label != "ORG" and "Vandværker" in name for name, label in names)


def test_an_english_charity_spelled_over_small_words():
    text = ("The Royal Society for the Protection of Owls (RSPO) said the nesting sites were empty. "
            "The RSPO has counted owls on the estate since 1990.")
    assert ("Royal Society for the Protection of Owls", "ORG") in _names(text, "en")


def test_initials_that_do_not_spell_the_acronym_join_nothing():
    words = ("Mette", "Holm", "(", "SF", ")", "stemte", "imod")
    tags = {0: "B-PER", 1: "I-PER", 3: "B-ORG"}
    acronym_names(words, tags, _putter(tags))
    assert tags == {0: "B-PER", 1: "I-PER", 3: "B-ORG"}


def test_a_place_and_its_abbreviation_stay_a_place():
    words = ("i", "New", "York", "(", "NY", ")")
    tags = {1: "B-LOC", 2: "I-LOC", 4: "B-LOC"}
    acronym_names(words, tags, _putter(tags))
    assert tags[1] == "B-LOC" and tags[2] == "I-LOC"
