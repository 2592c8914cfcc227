"""attack19: speakers review19 saw written wrong. Each sentence written for this test."""

from __future__ import annotations

from reader.analysis import analyze


def test_a_role_in_an_organisation_whose_name_opens_with_a_digit_stays_out_of_the_speaker():
    text = "- Vi venter på et svar i dag, siger næstformand i 3F Holstebro, Bente Krogh.\n"
    quote = analyze(text, "da").quotes[0]
    assert (quote.speaker, quote.role, quote.affiliation) == ("Bente Krogh", "næstformand", "3F Holstebro")


def test_a_capitalised_title_before_an_unknown_name_is_the_role():
    text = '"Nobody asked the people who live here," said Councillor Idris Vaughan-Lloyd.\n'
    quote = analyze(text, "en").quotes[0]
    assert (quote.speaker, quote.role) == ("Idris Vaughan-Lloyd", "Councillor")


def test_a_title_of_two_words_before_an_unknown_name_is_the_role():
    text = '"The scene was secured within minutes," said Detective Inspector Alun Pryce.\n'
    quote = analyze(text, "en").quotes[0]
    assert (quote.speaker, quote.role) == ("Alun Pryce", "Detective Inspector")


def test_an_organisation_as_the_speaker_is_left_whole():
    text = '"The road will reopen on Monday," said Police Scotland.\n'
    assert analyze(text, "en").quotes[0].speaker == "Police Scotland"


def _da_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "da").quotes]


def test_siger_han_after_a_paragraph_about_an_organisation_is_not_the_organisation():
    text = ("Den lokale roklub meddelte i går, at bådehuset lukker til foråret.\n\n"
            "- Det er en trist dag for os alle, siger han.\n")
    assert _da_speakers(text) == [None]


def test_siger_han_after_a_paragraph_about_a_firm_is_not_the_firm():
    text = ("Et tysk firma købte i sommer den gamle mølle ved åen.\n\n"
            "- Vi vil bevare bygningen, siger han.\n")
    assert _da_speakers(text) == [None]


def test_siger_hun_after_an_unnamed_person_still_finds_the_person():
    text = ("En nabo, der bor lige over for værkstedet, ringede efter brandvæsenet.\n\n"
            "- Der kom tyk sort røg ud af taget, siger hun.\n")
    assert _da_speakers(text) == ["en nabo"]


def test_a_commentary_label_over_a_headline_quotation_is_no_role():
    text = ("Kommentar: »Byrådet har glemt landsbyerne«\n\n"
            "Af Henrik Lund, lokalredaktør\n\n"
            "Borgmester Inge Vad sagde mandag, at der er råd til en ny hal.\n\n"
            "- Vi har en sund økonomi, sagde hun.\n\n"
            "- Og hallen er en god investering, sagde hun.\n")
    assert _da_speakers(text)[0] is None


def test_a_role_label_over_a_headline_quotation_still_finds_the_person():
    text = ("Skolebetjent: »Jeg har fejet den samme gård i 30 år«\n\n"
            "Poul Ebbesen blev skolebetjent på Vestre Skole i 1994.\n\n"
            "- Børnene er de samme, siger han.\n\n"
            "- Det er forældrene, der har ændret sig, siger han.\n")
    assert _da_speakers(text)[0] == "Poul Ebbesen"


def test_the_company_is_the_employer_of_the_workers_not_a_word_taken_for_a_name():
    text = ("Bus drivers at Kestrel Coaches have voted to strike, the Transport and Road Union said on Monday.\n\n"
            'The company said it was "saddened" by the vote.\n')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Kestrel Coaches"]


def test_a_headline_without_a_full_stop_does_not_type_the_first_name_of_the_body():
    body = "Hilde Marsh ran a pottery outside Hexham until last spring, when she smashed her stock.\n"
    names = {e.text: e.label.value for e in analyze(body, "en", title="The potter who sold her kiln to a food bank").entities}
    assert names.get("Hilde Marsh") == "PER"
