"""A name before its acronym in brackets where a Danish compound spells two of its letters
("Dansk Kommunalt Analyseinstitut (DKAI)"), found also where the tagger saw no name after a quote
(lead, stop 42: the sample da-01 listed only "DKAI")."""

from __future__ import annotations

from reader.analysis import analyze

QUOTE_BEFORE = "- Vi har ventet længe nok på svar fra ministeriet, siger hun.\n\n"


def _orgs(text: str) -> set[str]:
    return {e.text for e in analyze(text, "da").entities if e.label.value == "ORG"}


def test_compound_spells_two_letters_after_a_quote() -> None:
    text = QUOTE_BEFORE + "Nordisk Trafiksikkerhedsråd (NTR) oplyste tirsdag, at ulykkerne faldt."
    assert "Nordisk Trafiksikkerhedsråd" in _orgs(text)


def test_compound_spells_two_letters() -> None:
    text = "Tallene kommer fra Dansk Kommunalt Analyseinstitut (DKAI), der udgav dem i går."
    assert "Dansk Kommunalt Analyseinstitut" in _orgs(text)


def test_words_that_do_not_spell_it_stay_apart() -> None:
    text = QUOTE_BEFORE + "Nordisk Trafiksikkerhedsråd (DKAI) oplyste tirsdag, at ulykkerne faldt."
    assert "Nordisk Trafiksikkerhedsråd" not in _orgs(text)
