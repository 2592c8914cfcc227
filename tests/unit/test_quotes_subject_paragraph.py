"""A pronoun's speaker: the subject of the quote's own paragraph goes before a person named in the
paragraph before, even when only the earlier name shows its sex ("Douglas" is a first name too)."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_the_subject_of_this_paragraph_speaks_before_a_name_of_the_paragraph_before() -> None:
    text = ('Lincoln met Douglas in Ottawa. Douglas spoke first.\n\n'
            'Lincoln remembers the day well. "It was cold and wet," he recalls.\n')
    assert _speakers(text) == ["Lincoln"]


def test_a_name_whose_sex_fits_still_goes_first_within_one_paragraph() -> None:
    text = ('Ngozi Okafor said she would stay. Tumelo Dube agreed. "We are not leaving," she said.\n')
    assert _speakers(text) == ["Ngozi Okafor"]
