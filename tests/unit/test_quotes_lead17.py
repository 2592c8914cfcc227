"""A role carried from the sentence that brought the speaker in, when a modifier or an article opens
it ("Managing director Claire Whitfield said ...", "The company's finance director, Tom Lyle, ...")."""

from __future__ import annotations

from reader.analysis import analyze


def _roles(text: str, language: str = "en") -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.role, q.affiliation) for q in analyze(text, language).quotes]


def test_a_modifier_opening_the_introducing_sentence_gives_the_whole_role():
    text = ("HALIFAX (Wire) - A bus firm will cut routes.\n\n"
            "Managing director Claire Whitfield said the firm had tried to hire drivers.\n\n"
            "\"We are sorry for the disruption,\" Ms Whitfield said.\n")
    assert _roles(text) == [("Claire Whitfield", "managing director", "")]


def test_an_article_and_a_common_genitive_opening_it_give_the_role_with_its_owner():
    text = ("A bakery chain made a loss.\n\n"
            "The company's finance director, Tom Lyle, said sales had fallen.\n\n"
            "\"It has been a hard year,\" Lyle said.\n")
    assert _roles(text) == [("Tom Lyle", "company's finance director", "")]  # as test_role_after keeps it


def test_a_danish_modifier_opening_it():
    text = ("Virksomheden lukker en fabrik.\n\n"
            "Administrerende direktør Jens Holt oplyser, at 40 mister jobbet.\n\n"
            "- Det er en svær dag, siger Jens Holt.\n")
    assert _roles(text, "da") == [("Jens Holt", "administrerende direktør", "")]


def test_an_organisation_opening_it_stays_the_affiliation():
    text = ("A mill will close.\n\n"
            "Northwind Energy chief executive Ann Berg said the mill had lost its orders.\n\n"
            "\"We tried everything,\" Ms Berg said.\n")
    speaker, role, affiliation = _roles(text)[0]
    assert (speaker, role) == ("Ann Berg", "chief executive") and affiliation == "Northwind Energy"


def test_a_clause_before_the_name_carries_nothing():
    text = ("A mill will close.\n\n"
            "Yesterday the board told workers Ann Berg would leave.\n\n"
            "\"We tried everything,\" Ms Berg said.\n")
    assert _roles(text) == [("Ann Berg", "", "")]
