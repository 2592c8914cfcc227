"""English names typed by the words next to them (reader.analysis.en_kinds), in sentences of our own:
a kind of body before a name, a team before a player's role, an honorific alone, a title or a
trade opening a sentence, a firm opening a sentence."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.en_kinds import common_openers, kind_names, lone_honorifics, team_names
from reader.analysis.tokens import tokenize


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The housing charity Roofline Trust Cymru warned of more rough sleeping.", ("Roofline Trust Cymru", "ORG")),
    ("Last year the charity Help Norfolk Hear raised £40,000.", ("Help Norfolk Hear", "ORG")),
    ("The rail operator, Cotswold Link, said the strike was wrong.", ("Cotswold Link", "ORG")),
    ("The ferry operator Solway Sailings cancelled two crossings.", ("Solway Sailings", "ORG")),
    ("Neighbours formed a campaign group, Save Tarrow Meadow, in March.", ("Save Tarrow Meadow", "ORG")),
    ("Colbridge manager Peter Haines said his side were tired.", ("Colbridge", "ORG")),
    ("It was a bad night for Maltby striker Owen Reece.", ("Maltby", "ORG")),
    ("Ostle Water has said sorry.", ("Ostle Water", "ORG")),
    ("Hexford Heating will close its plant in May.", ("Hexford Heating", "ORG")),
])
def test_a_name_is_typed_by_the_words_next_to_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Local MP Harriet Lowe said the path was cleared.", ("Harriet Lowe", "PER")),
    ("Award-winning Tomas Berg opened the show.", ("Tomas Berg", "PER")),
    ("Newly-elected Walter Grey said the bus never came.", ("Walter Grey", "PER")),
])
def test_a_role_opening_a_sentence_is_no_part_of_the_name(text: str, expected: tuple[str, str]) -> None:
    found = _names(text)
    assert expected in found
    assert not any(name != expected[0] and name.endswith(expected[0]) for name, _ in found), found


@pytest.mark.parametrize(("text", "tags", "expected"), [
    ("The band Harriet Lowe joined split up.", {2: "B-PER", 3: "I-PER"}, {2: "B-PER", 3: "I-PER"}),  # a person stays
    ("The band I started played on.", {}, {}),  # a pronoun is no band
    ("His publisher, Marlow, wrote back.", {3: "B-PER"}, {3: "B-PER"}),  # a person's publisher
])
def test_a_kind_word_leaves_people_alone(text: str, tags: dict[int, str], expected: dict[int, str]) -> None:
    words = tokenize(text, "en").words

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label

    kind_names(words, tags, put)
    team_names(words, tags, put)
    assert tags == expected


def test_an_honorific_alone_and_a_trade_opening_a_sentence_are_no_names() -> None:
    text = "Dr Amal Rees led it. Paramedics from Ashby came. Council leader Ann Holt spoke."
    words = tokenize(text, "en").words
    tags = {0: "B-ORG", 1: "B-PER", 2: "I-PER", words.index("Paramedics"): "B-PER",
            words.index("Ashby"): "B-LOC", words.index("Council"): "B-ORG",
            words.index("Ann"): "B-PER", words.index("Holt"): "I-PER"}
    lone_honorifics(words, tags)
    ends = {0} | {k + 1 for k, w in enumerate(words) if w == "."}
    common_openers(words, tags, lambda k: k in ends)
    assert sorted(words[k] for k, t in tags.items() if t[0] == "B") == ["Amal", "Ann", "Ashby"]
    found = _names(text)
    assert ("Dr", "ORG") not in found and not any(name in ("Paramedics", "Council") for name, _ in found), found


def test_labour_and_a_given_name_opening_a_sentence_stay_names() -> None:
    words = tokenize("Labour has won. Mark and Julie Hensby came.", "en").words
    tags = {0: "B-ORG", 4: "B-PER"}
    common_openers(words, tags, lambda k: k in (0, 4))
    assert tags == {0: "B-ORG", 4: "B-PER"}


def test_ordinary_capitals_opening_a_sentence_are_no_firm() -> None:
    assert _names("Second Capital is near, and Fresh Water is scarce.") == set()
