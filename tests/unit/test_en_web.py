"""English web text: addresses, handles, one-word headings and short dates are no names (en_web)."""

import pytest

from reader.analysis import analyze


def _names(text: str) -> list[str]:
    return [text[e.start:e.end] for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


@pytest.mark.parametrize("text", [
    "Email me at jane.doe@example.com or visit http://www.example.com/Page for details.",
    "Tips",
    "Warnings",
    "Ingredients",
    "Respectfully,",
    "Jan. 10",
    "Sept15,1946.",
])
def test_no_name(text: str) -> None:
    assert _names(text) == []


def test_names_beside_them_stay() -> None:
    text = "Thanks @Marek_K, Anna Berg flew to Phoenix on Jan. 10 (see www.example.org)."
    assert _names(text) == ["Anna Berg", "Phoenix"]


def test_a_name_alone_on_its_line_stays() -> None:
    assert _names("Thanks again,\nJohn") == ["John"]


@pytest.mark.parametrize("text", [
    "The letters of the alphabet: A, B, C, D, E.",
    "Look, the first time was OK, but no.",
    "We watched TV all night.",
    "It was opposed by the White community.",
])
def test_plain_words_no_names(text: str) -> None:
    assert _names(text) == []


def test_a_person_named_white_stays() -> None:
    assert _names("Mr. White met Anna Berg.") == ["White", "Anna Berg"]


def test_an_ordinary_word_after_in_is_no_place() -> None:
    assert _names("We took classes in Literature and in Films.") == []
    assert _names("She lives in Dulwich now.") == ["Dulwich"]


def test_a_title_is_no_part_of_the_name() -> None:
    text = "Dr. Alondra Nelson spoke after Speaker Pelosi and Mrs. Phillips."
    assert _names(text) == ["Alondra Nelson", "Pelosi", "Phillips"]


@pytest.mark.parametrize("text", ["Love always,\nBetty", "Goodbye, Ramon."])
def test_a_letters_closing_is_no_name(text: str) -> None:
    assert text.split(",")[0].split()[0] not in _names(text)


def test_addresses_are_found_as_the_whole_text_pattern_finds_them() -> None:
    from reader.analysis import en_web

    text = ("Mail jo.lund@post.dk or @Marek_K, see www.Example.com/Page, bbc.co.uk and x.io; "
            "Maria Odegard@NORTHWIND wrote.\n") * 3
    assert en_web.address_reaches(text) == [m.span() for m in en_web._ADDRESS.finditer(text)]


@pytest.mark.parametrize("text, body, person", [
    ("The plan was attacked by Labour MP Diane Abbott on Monday.", "Labour", "Diane Abbott"),
    ("Kirklees Councillor Ann Lee said the vote was close.", "Kirklees", "Ann Lee"),
])
def test_a_members_title_inside_a_name_parts_the_body_and_the_person(text, body, person):
    names = {(e.text, e.label.value) for e in analyze(text, language="en").entities}
    assert (body, "ORG") in names and (person, "PER") in names, names


def test_a_ministers_title_and_portfolio_are_no_part_of_the_person():
    result = analyze('"We will act," said Home Secretary Yvette Cooper.', language="en")
    assert {(e.text, e.label.value) for e in result.entities} == {("Yvette Cooper", "PER")}
    assert [(q.speaker, q.role) for q in result.quotes] == [("Yvette Cooper", "Home Secretary")]
    names = {(e.text, e.label.value) for e in analyze("The bill was backed by Health Minister Ann Lee Smith.",
                                                      language="en").entities}
    assert names == {("Ann Lee Smith", "PER")}
