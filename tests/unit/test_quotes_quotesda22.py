"""Danish news conventions (quotesda22): "hun" is never a house the name finder took for a woman
("... leder Grete Holm Teatret"), a headline "Label: - ..." with a dash quote, or with a label of
a sentence, is the story's quoted person. Each text written for this test."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "da").quotes]


def test_she_is_not_a_theatre_named_after_a_woman():
    text = (
        "Ny chef for Odense Teater\n\n"
        "Odense Teater har ansat en ny direktør. Det bliver den 52-årige skuespiller Lise Brandt, som i dag leder "
        "Grete Holm Teatret.\n\n"
        "»Jeg har spillet på Odense Teater som ung. Nu kommer jeg hjem,« siger hun i en pressemeddelelse.\n"
    )
    assert _speakers(text) == ["Lise Brandt"]


def test_a_theatre_is_no_he_either():
    text = (
        "Han skal lede Lars Bo Teatret\n\n"
        "Det bliver instruktøren Peter Lund, som i ti år har ledet Lars Bo Teatret.\n\n"
        "»Det er et hus med masser af sjæl,« siger han.\n"
    )
    assert _speakers(text) == ["Peter Lund"]


def test_a_headline_dash_quote_after_a_name_label():
    text = (
        "Mikkel Storm efter EM-bronze: - Jeg havde håbet på mere\n\n"
        "Mikkel Storm vandt søndag bronze ved EM i roning.\n\n"
        "»Jeg havde håbet på mere. Men bronze er ikke dårligt,« siger han.\n\n"
        "»Nu skal jeg holde fri i en uge,« siger Mikkel Storm.\n"
    )
    assert _speakers(text)[0] == "Mikkel Storm"


def test_a_headline_dash_quote_after_a_sentence_label():
    text = (
        "Han har været postbud i 38 år: - Hundene er blevet flinkere\n\n"
        "I morgen går Erik Vang på pension. Han har båret post ud i Ribe siden 1987.\n\n"
        "Hvad vil du savne?\n\n"
        "- Folkene på ruten. Jeg kender dem alle sammen.\n\n"
        "Hvad har ændret sig?\n\n"
        "- Der er færre breve og flere pakker, siger Erik Vang.\n"
    )
    assert _speakers(text)[0] == "Erik Vang"


def test_a_long_label_does_not_look_up_its_words_in_the_body():
    # "seks" in the label is no role; the headline is the interviewee's, the one quoted most
    text = (
        "Fem spørgsmål til den nye præst: »Kirken skal være åben«\n\n"
        "Hanne Lyng, 39 år, bliver 1. marts præst i Skærbæk.\n\n"
        "Hvorfor Skærbæk?\n\n"
        "- Min mand er herfra, og jeg har altid holdt af byen.\n\n"
        "Hvad vil du ændre?\n\n"
        "- Jeg har lovet menighedsrådets formand, Bo Krag, at vente fem måneder med at ændre noget.\n\n"
        "Hvad med kirkens dør?\n\n"
        "- Den skal stå åben hver dag.\n"
    )
    assert _speakers(text)[0] == "Hanne Lyng"


def test_an_age_never_given_is_the_person_named_before_not_one_inside_the_quote():
    text = (
        "Tusinder så kongen i Ribe\n\n"
        "Pensionisten Grethe Bay havde taget bussen fra Bramming klokken seks.\n\n"
        "»Jeg har hilst på kong Frederik én gang før,« siger den 83-årige.\n"
    )
    assert _speakers(text) == ["Grethe Bay"]


def test_an_age_after_a_paragraph_that_describes_her_by_age():
    text = (
        "Hun bor i et hus af genbrug\n\n"
        "Det tog Anne Lykke fire år at bygge huset ved Mariager Fjord.\n\n"
        "Den 37-årige smed har altid samlet på gamle vinduer.\n\n"
        "»Hvert eneste vindue har en historie,« siger den 37-årige.\n"
    )
    assert _speakers(text) == ["Anne Lykke"]


def test_a_colon_lead_opened_by_an_age():
    text = (
        "Fisker vil ikke flytte\n\n"
        "Poul Hedegaard har boet i huset på havnen i Hvide Sande i 50 år.\n\n"
        "Den 74-årige er ikke i tvivl:\n\n"
        "»Jeg bliver boende, til de bærer mig ud.«\n"
    )
    assert _speakers(text) == ["Poul Hedegaard"]


def test_an_age_brought_in_unnamed_stays_the_description():
    text = (
        "Bilist kørte i grøften\n\n"
        "En 45-årig mand kørte natten til søndag i grøften ved Vejen. Vagtchef Ole Bak fra Syd- og "
        "Sønderjyllands Politi kom til stedet.\n\n"
        "»Jeg så ikke svinget,« siger den 45-årige.\n"
    )
    assert _speakers(text) == ["den 45-årige"]


def test_a_compound_role_joined_by_og_before_the_name():
    text = "»Vi skal have flere lærere,« siger børne- og undervisningsminister Ida Kjær (S) til DR."
    quote = analyze(text, "da").quotes[0]
    assert (quote.speaker, quote.role) == ("Ida Kjær", "børne- og undervisningsminister")


def test_a_witness_answers_the_defence_question_the_narrative_gave_the_asker():
    text = (
        "Nabo vidnede i sag om brand\n\n"
        "Naboen Rasmus Dyhr blev spurgt af anklageren, hvad han så.\n\n"
        "- Jeg så røg fra taget og en bil, der kørte væk, forklarede han.\n\n"
        "Forsvarer Mette Krogh spurgte ind til bilen.\n\n"
        "- Hvilken farve havde bilen, De så?\n\n"
        "- Den var mørkeblå.\n"
    )
    assert _speakers(text) == ["Rasmus Dyhr", "Mette Krogh", "Rasmus Dyhr"]


def test_a_turn_with_its_own_attribution_keeps_it():
    text = (
        "Forsvarer Mette Krogh spurgte ind til bilen.\n\n"
        "- Hvilken farve havde bilen, De så?\n\n"
        "- Det ved jeg ikke, sagde Rasmus Dyhr.\n\n"
        "- Kan De huske mærket?\n\n"
        "- Nej, sagde Mette Krogh.\n"
    )
    assert _speakers(text)[-1] == "Mette Krogh"


def test_the_organisation_writes_is_the_one_named_before():
    text = (
        "Advarsel mod falske sms'er\n\n"
        "Også Dansk Erhverv advarer nu sine medlemmer.\n\n"
        "»Svindlerne kopierer logoer og tone helt perfekt,« skriver organisationen i en mail.\n"
    )
    assert _speakers(text) == ["Dansk Erhverv"]


def test_the_municipality_takes_only_a_name_of_that_kind():
    text = (
        "Ny skolevej\n\n"
        "Skive Kommune og Vejdirektoratet har indgået en aftale om stien.\n\n"
        "»Stien står færdig til sommer,« skriver kommunen.\n"
    )
    assert _speakers(text) == ["Skive Kommune"]



def test_a_bare_role_after_lyder_det_fra_is_the_one_introduced_with_it():
    text = (
        "Koncert aflyst\n\n"
        "Det bekræfter kurator, advokat Helle Borch, over for Fyens Stiftstidende.\n\n"
        "»Der er ikke penge til at betale kunstnerne,« lyder det fra kurator.\n"
    )
    assert _speakers(text) == ["Helle Borch"]


def test_a_bare_role_nobody_was_introduced_with_stays_unresolved():
    text = (
        "Koncert aflyst\n\n"
        "Koncerten i Odeon er aflyst.\n\n"
        "»Der er ikke penge til at betale kunstnerne,« siger kurator.\n"
    )
    assert _speakers(text) == [None]


def test_an_organisation_named_with_for_opening_reported_speech():
    text = "Rådet for Sikker Trafik skriver i en kommentar, at tallene er »et wake-up call for politikerne«."
    assert _speakers(text) == ["Rådet for Sikker Trafik"]


def test_an_organisation_with_its_own_predicate_joined_by_og():
    text = "Rådet for Sikker Trafik hilser loven velkommen og skriver, at den er »et vigtigt første skridt«."
    assert _speakers(text) == ["Rådet for Sikker Trafik"]


def test_she_after_a_paragraph_opened_by_an_unnamed_age():
    text = (
        "Sygeplejerske dømt for tyveri af medicin\n\n"
        "En 52-årig sygeplejerske fra Randers blev tirsdag idømt 30 dages betinget fængsel. Dommer Lise Fog "
        "lagde vægt på, at hun havde tilstået.\n\n"
        "Den 52-årige tog imod dommen.\n\n"
        "- Jeg skammer mig over det, jeg har gjort, sagde hun efter retsmødet.\n"
    )
    assert _speakers(text) == ["den 52-årige"]


def test_the_spokesman_is_the_one_brought_in_for_an_organisation():
    text = (
        "Flere søger ind\n\n"
        "En talsmand for Danske Regioner siger, at regionerne mangler penge.\n\n"
        "- Vi kan ikke ansætte flere uden flere midler, siger talsmanden.\n"
    )
    assert _speakers(text) == ["en talsmand for Danske Regioner"]
