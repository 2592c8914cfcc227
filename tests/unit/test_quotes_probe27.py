"""A pronoun after a paragraph that names one new person (not after a pronoun) is that person, not
the subject of the paragraph before (a blind probe's round-up item, probe27; sentences written for
this test)."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text, language).quotes]


def test_a_new_hire_named_as_an_object_is_the_next_pronoun() -> None:
    text = (
        "Strejke i Vejle: Omkring 40 rengøringsassistenter nedlagde tirsdag arbejdet. "
        "Tillidsrepræsentant Bim Aagesen siger: »Vi er trætte af at vente.«\n\n"
        "Ny leder af bibliotek: Vejle Bibliotekerne har ansat Jens T. Brøndsted som ny leder. Han kommer "
        "fra en stilling i Kolding. Han skriver i en mail, at han »glæder sig til at komme i gang«."
    )
    assert _speakers(text, "da") == [("Vi er trætte af at vente.", "Bim Aagesen"),
                                     ("glæder sig til at komme i gang", "Jens T. Brøndsted")]


def test_a_paragraph_that_goes_on_with_a_pronoun_keeps_the_subject_before() -> None:
    text = (
        "Dapo Ogunsanya beat the fourth seed Niklas Wendt 7-5 6-2 to reach his first final at Nottingham.\n\n"
        "\"He was the better player in the big moments,\" Wendt said.\n\n"
        "Ogunsanya, 20, from Lewisham, hit nine aces.\n\n"
        "He will play the American Brad Keller on Sunday. Asked whether he could win the title, he smiled.\n\n"
        "\"Ask me on Sunday night. Tonight I am having a curry.\""
    )
    (_first, last) = _speakers(text, "en")
    assert last[1] is not None and last[1].endswith("Ogunsanya")
