"""Speakers a reporter would see wrong (attack20): a name inside "X, whose wife Y ..., said" is not
the speaker; "she said" after "Ruth Adeyemi's father, Samuel, ..." is Ruth Adeyemi, not the
woman quoted in the paragraph before."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_a_name_in_a_whose_clause_is_not_the_speaker() -> None:
    text = ("Families speak out\n\n"
            'Keith Barlow, whose wife Anne has lived at Larkhill Lodge since 2023, said: "Nobody told us anything."')
    assert _speakers(text) == ["Keith Barlow"]


def test_a_role_before_the_name_survives_a_whose_clause() -> None:
    text = ("School to close early\n\n"
            'Parent Lucy Hart, whose son Tom is in Year 4, said: "We were told on Friday."')
    quote = analyze(text, "en").quotes[0]
    assert quote.speaker == "Lucy Hart" and quote.role == "parent"


def test_she_after_her_father_is_named_is_the_daughter() -> None:
    text = ("Care home inquiry\n\n"
            'Helen Carver, a nurse, gave evidence first. "We were always short," she said.\n\n'
            "Ruth Adeyemi's father, Samuel, lived at Elmfield House for two years.\n\n"
            '"He rang his bell for an hour and nobody came," she said.')
    assert _speakers(text) == ["Helen Carver", "Ruth Adeyemi"]


def test_he_after_his_mother_is_named_is_the_son() -> None:
    text = ("Care home inquiry\n\n"
            'Helen Carver, a nurse, gave evidence first. "We were always short," she said.\n\n'
            'Tom Reid\'s mother, Jean, lived there too. "She was never bathed," he said.')
    assert _speakers(text)[-1] == "Tom Reid"


def test_a_relative_of_the_same_sex_keeps_the_clause_subject() -> None:
    text = ("Care home inquiry\n\n"
            'Helen Carver, a nurse, gave evidence first. "We were always short," she said.\n\n'
            "Ruth Adeyemi's mother, Grace, lived at Elmfield House for two years.\n\n"
            '"It was the same every night," she said.')
    assert _speakers(text)[-1] == "Grace"  # the mother, subject of the sentence: not the owner


def test_a_headline_word_is_no_given_name_across_a_paragraph_break() -> None:
    text = ("Seed Potatoes\n\n"
            "Ray, Joan and Bill had shared the end plot for eleven years.\n\n"
            '"You will rot the lot of them," Ray said.')
    assert _speakers(text) == ["Ray"]
