"""attack18: false positives of this session's rules, found by writing sentences against them."""

from __future__ import annotations

from reader.library.frontmatter import parse_front_matter


def test_question_and_answer_between_rules_is_not_front_matter() -> None:
    """Invalid YAML without a tab is no spoilt front matter: an interview's "A: ...: ..." line made
    the block invalid YAML, and its Q&A lines were read as fields and dropped from the body."""
    text = "---\nQ: Hvorfor gik du af?\nA: Jeg var træt: det var nok.\n---\nResten af interviewet.\n"
    assert parse_front_matter(text) == ({}, text)


def test_tabbed_front_matter_still_gives_its_fields() -> None:
    """review18's case stays: a tab in the indentation, plain key: value lines."""
    fields, rest = parse_front_matter("---\ntitle:\tTabbed\n\tdate: 2026-01-02\n---\nBody.\n")
    assert fields == {"title": "Tabbed", "date": "2026-01-02"} and rest == "Body.\n"
