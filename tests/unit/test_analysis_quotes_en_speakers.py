"""English speakers that are descriptions, exchanges of two people, and reporting clauses that
name the speaker in the narration around a quotation. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _speakers(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    "text, who",
    [
        ("\u201cNot in here!\u201d came a voice from the cellar.", "a voice"),
        ("\u201cToo late,\u201d came the answer again.", "the answer"),
        ("\u201cWe are closed,\u201d said the clerk with a shrug.", "the clerk"),
    ],
)
def test_a_described_speaker_after_the_quotation_is_kept_as_the_description(text: str, who: str) -> None:
    assert [w for _, w in _speakers(text)] == [who]


def test_a_role_word_with_a_clause_before_a_name_does_not_introduce_that_name() -> None:
    text = (
        "Dad keeps Oliver Grant busy on Saturdays, so the boy rarely sees the sea.\n\n"
        "\u201cWe are going to the harbour,\u201d my dad says."
    )
    assert _speakers(text) == [("We are going to the harbour", "my dad")]
