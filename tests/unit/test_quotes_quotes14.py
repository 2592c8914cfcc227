"""Patterns a blind probe of new stories (da_110-da_121, en_123-en_134) showed, in sentences written
for the test (quotes14)."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in analyze(text, language).quotes]


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_a_definite_role_no_one_was_introduced_with_is_the_one_person_named_before() -> None:
    text = ("Hornsea Rovers won 3-1 on Saturday.\n\n"
            'Captain Mark Ellery, 31, said the win was "a long time coming".\n\n'
            '"We have waited all season for a day like this," the skipper said.\n')
    assert _speakers(text, "en")[-1] == "Mark Ellery"


def test_a_danish_definite_role_is_the_one_person_named_before() -> None:
    text = ("Flere unge føler sig ensomme.\n\n"
            "Psykolog Mikkel Vestergaard, der forsker i ensomhed, er ikke overrasket.\n\n"
            "»Unge sammenligner sig med andre hele tiden,« lyder det fra forskeren.\n")
    assert _speakers(text, "da") == ["Mikkel Vestergaard"]


def test_a_role_someone_else_was_described_with_after_the_name_stays_theirs() -> None:
    text = ("Pensioner Albert Wynn lost three bicycles.\n\n"
            'A spokeswoman for Fenbridge Council said lights would be put up. '
            '"We take these crimes very seriously," the spokeswoman said.\n')
    assert _speakers(text, "en")[-1] != "Albert Wynn"


def test_a_pair_is_the_two_people_named_together() -> None:
    text = ("Efter 74 dage nåede Inger og Bent Thorhauge frem til Rom.\n\n"
            "Undervejs har parret samlet penge ind.\n\n"
            "»Vi har fået så meget støtte hjemmefra,« siger parret.\n")
    assert _speakers(text, "da") in (["Inger og Bent Thorhauge"], ["Inger Thorhauge og Bent Thorhauge"])


def test_a_document_opening_the_sentence_is_the_source() -> None:
    text = ("Regeringen har fremlagt et udspil.\n\n"
            "I udspillet står der, at »alle elever skal have mindst én times bevægelse om dagen«.\n")
    assert _speakers(text, "da") == ["udspillet"]


def test_a_surname_in_the_genitive_is_the_person_named_in_full() -> None:
    text = ("Undervisningsminister Thomas Kjærsgaard forsvarer udspillet.\n\n"
            "Kjærsgaards svar til kritikerne er kort: »Kom med et bedre forslag.«\n")
    assert _speakers(text, "da") == ["Thomas Kjærsgaard"]


def test_a_page_after_a_possessive_is_no_speaker() -> None:
    text = ("Caféen lukker.\n\n"
            "Stamgæsten Birgitte Holm skrev lørdag på caféens Facebook-side: »Tak for alle de gode aftener.«\n")
    assert _speakers(text, "da") == ["Birgitte Holm"]


def test_a_name_after_a_role_cut_at_a_hyphen_is_the_speaker() -> None:
    text = ("Formand for Tarm Vandværk Poul Erik Damsgaard siger, at prisen stiger.\n\n"
            "»Vi tager det meget alvorligt,« siger formand for teknik- og miljøudvalget Jens Ole Bank (V).\n")
    assert _speakers(text, "da")[-1] == "Jens Ole Bank"


def test_tiltalte_opening_the_paragraph_before_is_han() -> None:
    text = ("Forsvarer Niels Bagge mente, at hans klient var provokeret.\n\n"
            "- Min klient var bange, sagde forsvareren.\n\n"
            "Tiltalte sagde selv i sit sidste ord, at han skammede sig.\n\n"
            "»Jeg vil gerne sige undskyld til ham,« sagde han.\n")
    assert _speakers(text, "da")[-1] == "tiltalte"


def test_dismissed_as_makes_a_partial_quote() -> None:
    text = 'The developer, James Corrigan, dismissed the objections as "the usual noise".\n'
    assert _quotes(text, "en") == [("the usual noise", "James Corrigan")]


def test_a_danish_headline_quotes_after_colon_and_dash() -> None:
    text = "FC Himmerland tabte på overtid: - Det gør ondt\n\nHoldet tabte 1-2 søndag.\n"
    assert [q for q, _ in _quotes(text, "da")] == ["Det gør ondt"]


def test_a_headline_case_title_is_no_interview_answer() -> None:
    text = ("Storm Edith Live: Trains Cancelled and Thousands Without Power\n\n"
            "Storm Edith is battering the north of England.\n")
    assert _quotes(text, "en") == []
