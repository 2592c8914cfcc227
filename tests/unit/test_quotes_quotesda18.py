"""Danish news conventions for speakers (quotesda18): "Det siger X" after a quotation, dash dialogue
after a question, quoted interview answers, "Den tiltalte ...", "siger bageren", a fronted phrase
before an inverted description, "..., men mener, at", a party and a medium before ", at", "den
daværende rådmand", and a described person before a colon. Each sentence written for this test."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in analyze(text, "da").quotes]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "da").quotes]


def test_det_siger_in_the_next_paragraph_names_the_speaker():
    text = ("Færre rejser med færgen\n\n"
            "»Vi har mistet hver femte passager siden sommer.«\n\n"
            "Det siger driftschef Rikke Aagaard fra Ærøfærgerne.\n")
    assert _speakers(text) == ["Rikke Aagaard"]


def test_saadan_lyder_det_fra_in_the_same_paragraph():
    text = ("Skolen lukker\n\n"
            "»Vi er triste, men vi forstår det.« Sådan lyder det fra Bent Lyngby, formand for skolebestyrelsen.\n")
    assert _speakers(text) == ["Bent Lyngby"]


def test_det_siger_sig_selv_inside_the_next_quotation_names_nobody():
    text = ("Havnen\n\n"
            "Havnefoged Tove Ring er glad.\n\n"
            "»Vi fik 40 nye både i år.«\n\n"
            "»Det siger sig selv, at vi mangler plads,« siger hun.\n")
    assert _speakers(text) == ["Tove Ring", "Tove Ring"]


def test_a_dash_turn_after_a_question_put_to_someone_is_the_other_party():
    text = ("Retten i Herning\n\n"
            "Vidnet, Knud Ebbesen, havde set branden fra sin have.\n\n"
            "- Hvor stod De, da det begyndte? spurgte anklager Susanne Thing.\n\n"
            "- Ved drivhuset. Jeg kunne se røgen over taget.\n")
    assert _speakers(text) == ["Susanne Thing", "Knud Ebbesen"]


def test_a_rhetorical_question_goes_on_with_its_speaker():
    text = ("Vejen lukker\n\n"
            "Beboerne i Hvam er vrede.\n\n"
            "- Hvem skal betale for omvejen? spørger Lise Kokholm.\n\n"
            "- Det er os, der bor her, der betaler.\n")
    assert _speakers(text) == ["Lise Kokholm", "Lise Kokholm"]


def test_quoted_answers_under_question_paragraphs_are_the_interviewees():
    text = ("Fem spørgsmål til den nye præst\n\n"
            "Anne Mette Holst er ny sognepræst i Brande.\n\n"
            "Hvorfor blev du præst?\n\n"
            "»Fordi jeg ikke kunne lade være.«\n\n"
            "Hvad glæder du dig til?\n\n"
            "»Til konfirmanderne.«\n")
    assert _speakers(text) == ["Anne Mette Holst", "Anne Mette Holst"]


def test_den_tiltalte_opening_the_paragraph_before_is_han():
    text = ("Dom i Viborg\n\n"
            "Forsvarer Jens Kvist bad om frifindelse.\n\n"
            "Den tiltalte rejste sig til sidst.\n\n"
            "- Jeg fortryder det hele, sagde han.\n")
    assert _speakers(text)[-1] == "den tiltalte"


def test_kvinden_opening_the_paragraph_before_is_hun_when_no_woman_is_named():
    text = ("Bedrageri i Ringe\n\n"
            "En 61-årig kvinde er idømt fængsel.\n\n"
            "Kvinden erkendte sig skyldig.\n\n"
            "- Jeg skammer mig, forklarede hun.\n")
    assert _speakers(text) == ["kvinden"]


def test_bageren_with_a_manner_phrase_is_the_baker_quoted_just_before():
    text = ("Bageri i Lemvig fylder 100\n\n"
            "- Vi har bagt her siden 1925, siger Hans Peder Mørk.\n\n"
            "Han overtog forretningen efter sin far.\n\n"
            "- Ovnen er den samme, siger bageren med et smil.\n")
    assert _speakers(text) == ["Hans Peder Mørk", "Hans Peder Mørk"]


def test_a_description_introduced_in_between_is_someone_else():
    text = ("Butik i Haderslev\n\n"
            "- Vi tager det roligt, siger indehaver Per Bonde.\n\n"
            "En ekspedient stod bag disken.\n\n"
            "- Jeg blev meget bange, siger ekspedienten.\n")
    assert _speakers(text)[-1] == "ekspedienten"


def test_a_fronted_medium_before_an_inverted_description():
    text = ("Koncert aflyst\n\n"
            "På Instagram skriver en vred fan, at aflysningen er »en hån mod publikum«.\n")
    assert _speakers(text) == ["en vred fan"]


def test_a_joined_clause_takes_the_organisation_opening_the_sentence():
    text = ("Ny skolereform\n\n"
            "Danske Skoleelever roser forslaget, men mener, at det er »alt for sent«.\n")
    assert _speakers(text) == ["Danske Skoleelever"]


def test_a_party_and_a_medium_before_at():
    text = ("Ny bro\n\n"
            "I går skrev borgmester Karin Lund (V) på Facebook, at broen bliver »et vartegn for byen«.\n")
    assert _speakers(text) == ["Karin Lund"]


def test_den_administrerende_direktoer_ends_a_dash_quote():
    text = ("Fabrik lukker\n\n"
            "- Det er en meget trist dag, siger den administrerende direktør.\n")
    assert _quotes(text) == [("Det er en meget trist dag", "den administrerende direktør")]


def test_a_described_person_before_a_colon():
    text = ("Togbroen\n\n"
            "Hendes mand, der har kørt med toget i 30 år, siger det ligeud:\n\n"
            "»Det er en skandale.«\n")
    assert _speakers(text) == ["hendes mand"]


def test_a_colon_after_a_sentence_about_no_one_gives_no_speaker():
    text = ("Vejret\n\n"
            "Prognosen er klar:\n\n"
            "»Regn hele weekenden.«\n")
    assert _speakers(text) in ([], [None])
