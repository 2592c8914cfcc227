"""English dialogue (issue 15, quotes8): a speaker named through an owner ("said Brannigan's
cousin"), short adverbs of manner after a description, "repeated" as a tag. The sentences are
written for these tests."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in sorted(analyze(text, "en").quotes, key=lambda q: q.start)]


def test_an_owner_the_name_finder_missed_is_no_speaker() -> None:
    text = "The stall was closing.\n\n\"Two more crates, then we stop,\" said Grubbins's cousin."
    assert _speakers(text) == ["Grubbins's cousin"]


def test_a_relative_named_through_the_owner_is_not_the_owner() -> None:
    text = (
        "Peter Lund had locked the shop early. A cousin of Peter Lund's came up the hill in the rain, "
        "and this cousin of Peter Lund's was soaked through.\n\n"
        "\"You might have waited for me,\" said Peter Lund's cousin.\n\n"
        "\"I waited an hour,\" said Peter Lund.\n\n"
        "\"Then open it again,\" said the cousin."
    )
    assert _speakers(text) == ["Peter Lund's cousin", "Peter Lund", "the cousin"]


def test_a_short_adverb_of_manner_ends_the_description() -> None:
    text = "The tide was out.\n\n\"Shall we walk to the point?\" asked the cousin gaily."
    assert _speakers(text) == ["the cousin"]


def test_repeated_tags_the_quotation_before_it() -> None:
    text = (
        "The van would not start.\n\n"
        "\"Push it!\" said Nora Quist.\n\n"
        "\"Push it!\" repeated Ivo Brandt. \"In this rain?\""
    )
    assert _speakers(text) == ["Nora Quist", "Ivo Brandt", "Ivo Brandt"]
