"""English sources named through someone else ("Tom Reed's lawyer", "a lawyer for Tom Reed") and
quotation paragraphs without an attribution of their own, in sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will appeal,\u201d said Tom Reed\u2019s lawyer, Ann Lee.",
        "Tom Reed\u2019s lawyer, Ann Lee, said: \u201cWe will appeal.\u201d",
        "Ann Lee, Tom Reed\u2019s lawyer, said: \u201cWe will appeal.\u201d",
    ],
)
def test_the_owner_of_a_role_is_not_the_speaker_the_name_in_apposition_is(text: str) -> None:
    result = analyze(text, "en")
    assert [(q.text.rstrip("."), q.speaker) for q in result.quotes] == [("We will appeal", "Ann Lee")]


@pytest.mark.parametrize(
    "text, who",
    [
        ("\u201cWe will appeal,\u201d said Tom Reed\u2019s lawyer on Monday.", "Tom Reed\u2019s lawyer"),
        ("Tom Reed's lawyer said: \"We will appeal.\"", "Tom Reed's lawyer"),
        ("\u201cWe will appeal,\u201d said a lawyer for Tom Reed.", "a lawyer for Tom Reed"),
        ("A lawyer for Tom Reed told reporters: \u201cWe will appeal.\u201d", "A lawyer for Tom Reed"),
        ("\u201cWe will appeal,\u201d an adviser to Tom Reed said.", "an adviser to Tom Reed"),
    ],
)
def test_a_source_described_through_a_named_person_is_the_description(text: str, who: str) -> None:
    assert [speaker for _, speaker in _quotes(text)] == [who]


def test_a_source_named_with_the_person_they_work_for_keeps_their_own_name() -> None:
    text = "\u201cWe will appeal,\u201d said Ann Lee, a lawyer for Tom Reed."
    assert _quotes(text) == [("We will appeal", "Ann Lee")]
