"""Speakers and their roles where review15 found them missing on articles the team had not seen:
an age given in an apposition ("En 62-årig fisker, Poul Erik Sand"), a role opening a sentence with
a long phrase before the name ("The prosecutor in a separate case ..., Jane Whitcombe,"), a title
before a surname opening a sentence ("Councillor Hammond called"), a role and an organisation from
the sentence that brought the person in ("Pressechef hos Vestkraft Maja Rindom oplyser ..."), and a
Danish organisation's genitive before a role ("Dansk Sygeplejeråds kredsformand")."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str, language: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.role, q.affiliation) for q in analyze(text, language).quotes]


def test_an_age_in_an_apposition_is_that_persons_age() -> None:
    text = ("Hvide Sande. Havnen får en ny mole.\n\n"
            "En 58-årig skipper, Henning Bro Thomsen, har sejlet herfra i 30 år.\n\n"
            "- Det er på tide, siger den 58-årige.")
    assert [q[0] for q in _quotes(text, "da")] == ["Henning Bro Thomsen"]


def test_a_role_opening_a_sentence_with_a_long_phrase_before_the_name() -> None:
    text = ("A trial over the sale of a marina opened on Monday.\n\n"
            "The prosecutor in the case against the marina's former owners, Olivia Brandt, "
            "told the court that the accounts were false.\n\n"
            '"The jury will see every page," the prosecutor said.')
    assert [q[0] for q in _quotes(text, "en")] == ["Olivia Brandt"]


def test_a_role_opening_a_sentence_is_not_taken_from_a_clause() -> None:
    text = ("A trial over the sale of a marina opened on Monday.\n\n"
            "The prosecutor in the case called a witness, Olivia Brandt, to speak first.\n\n"
            '"The jury will see every page," the prosecutor said.')
    assert [q[0] for q in _quotes(text, "en")] != ["Olivia Brandt"]


def test_a_title_before_a_surname_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = ("The council voted on the plan on Tuesday.\n\n"
            'Its chair, Councillor Megan Lowry, said the vote was close. "It was a hard night," she said.\n\n'
            'Councillor Lowry called the result "a fair one".')
    result = analyze(text, "en")
    people = {e.canonical for e in result.entities if e.label.value == "PER"}
    assert people == {"Megan Lowry"}
    assert [q.speaker for q in result.quotes] == ["Megan Lowry", "Megan Lowry"]


def test_a_role_and_organisation_come_from_the_sentence_that_brought_the_speaker_in() -> None:
    text = ("Aabenraa. Et fjernvarmeværk vil bygge en varmepumpe.\n\n"
            "Driftschef hos Sønderværket Lasse Brink oplyser, at pumpen skal stå færdig til vinter.\n\n"
            "- Vi sparer 4000 ton CO2 om året, siger Lasse Brink.")
    assert _quotes(text, "da") == [("Lasse Brink", "driftschef", "Sønderværket")]


def test_a_clause_before_the_name_gives_no_role() -> None:
    text = ("Aabenraa. Et fjernvarmeværk vil bygge en varmepumpe.\n\n"
            "I går var formanden for bestyrelsen Lasse Brink på besøg.\n\n"
            "- Vi sparer 4000 ton CO2 om året, siger Lasse Brink.")
    assert _quotes(text, "da") == [("Lasse Brink", "", "")]


def test_a_sentences_capital_is_no_organisation() -> None:
    text = ("Aabenraa. Et fjernvarmeværk vil bygge en varmepumpe.\n\n"
            "Værkets direktør, Lasse Brink, er ikke i tvivl:\n\n"
            "- Vi sparer 4000 ton CO2 om året, siger han.")
    assert _quotes(text, "da") == [("Lasse Brink", "direktør", "")]


def test_a_danish_organisations_genitive_before_a_role_is_cut() -> None:
    text = ("Vejle. Sygeplejersker på akutmodtagelsen siger op.\n\n"
            "- Lønnen rækker ikke, siger Dansk Sygeplejeråds kredsformand, Tove Riis.")
    assert _quotes(text, "da") == [("Tove Riis", "kredsformand", "Dansk Sygeplejeråd")]


def test_a_title_before_the_name_is_no_organisation() -> None:
    text = ('"We listened to every objection," said the council\'s housing chair, Councillor Megan Lowry.')
    assert _quotes(text, "en") == [("Megan Lowry", "housing chair", "")]
