"""English described speakers (quotesen17): a definite description pointing back to the same
description brought in with "a/an" and no name ("A spokeswoman for Stanmoor Borough Council said
... / "...," the spokeswoman said")."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_the_spokeswoman_is_the_spokeswoman_brought_in_before() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            "Club coach Harriet Voss said her swimmers would have to travel to Dunmere.\n\n"
            "A spokeswoman for Stanmoor Borough Council said the roof could not wait. "
            '"We know this is hard for the clubs and we are sorry," the spokeswoman said.')
    assert _speakers(text) == ["a spokeswoman for Stanmoor Borough Council"]


def test_a_spokesman_named_in_apposition_stays_that_person() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            "A spokesman for Stanmoor Borough Council, Anil Chaudry, said the roof could not wait. "
            '"We are sorry," the spokesman said.')
    assert _speakers(text) == ["Anil Chaudry"]


def test_a_description_with_another_noun_is_not_taken() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            "A spokesman for Stanmoor Borough Council said the roof could not wait. "
            '"We will miss it," the lifeguard said.')
    assert _speakers(text) == ["the lifeguard"]


def test_an_indefinite_description_inside_a_quotation_is_not_taken() -> None:
    text = ("The swimming baths in Stanmoor will shut for a year from March.\n\n"
            '"A spokesman for the council said we could use the school pool instead," one swimmer said.\n\n'
            '"We will get through it," the spokesman said.')
    assert _speakers(text)[-1] == "the spokesman"


def test_she_after_a_woman_the_speaker_of_a_speech_met_is_that_woman() -> None:
    text = ("Speech by Priya Lindqvist to the Rural Nurses Congress\n\n"
            "Friends, thank you for coming.\n\n"
            "In October I visited the clinic in Hollow End and spoke to a midwife there. "
            'She laughed when I asked about her rota. "What rota? I go when the phone rings."')
    assert _speakers(text) == ["a midwife"]


def test_a_second_description_in_apposition_is_the_same_person() -> None:
    text = ("Remarks by Owen Tarrant at the Fenland Farming Show\n\n"
            "Last spring I met a farmer near Wisby, a man who has ploughed the same fields for forty years. "
            'He told me, "The soil is tired and so am I."')
    assert _speakers(text) == ["a farmer"]


def test_a_person_someone_else_met_is_not_taken() -> None:
    text = ("Speech by Priya Lindqvist to the Rural Nurses Congress\n\n"
            "Friends, thank you for coming.\n\n"
            "Bridget Kane met a midwife in Hollow End last year. "
            'She laughed about it afterwards. "What rota? I go when the phone rings."')
    assert _speakers(text) != ["a midwife"]


def test_a_spokesman_for_a_body_is_no_she() -> None:
    text = ("Ferries from Carrow were cancelled on Friday.\n\n"
            '"The forecast left us no choice," said a spokesman for Carrow Harbour Board.\n\n'
            "Passenger Ellen Brack was stranded with her two children.\n\n"
            "She had booked the crossing months ago. "
            '"Nobody told us anything until we got to the pier," she said.')
    assert _speakers(text)[-1] == "Ellen Brack"


def test_the_head_of_a_description_stands_before_for() -> None:
    from reader.analysis.descriptions import description_fits
    assert not description_fits("a spokesman for Carrow Harbour Board", True, False)
    assert description_fits("a spokeswoman for Carrow Harbour Board", True, False)


def test_she_does_not_go_on_with_a_spokesman_for_a_body() -> None:
    text = ("Ferries from Carrow were cancelled on Friday.\n\n"
            '"The forecast left us no choice," said a spokesman for Carrow Harbour Board.\n\n'
            '"We hope to sail again on Sunday," she added.')
    assert _speakers(text)[-1] != "a spokesman for Carrow Harbour Board"


def test_a_description_with_an_owner_opening_the_sentence_before_speaks() -> None:
    text = ("Two hikers were found safe on Sunday after a night on Crag Fell.\n\n"
            '"They did everything right," said mountain rescue leader Colin Bray.\n\n'
            "The younger hiker's mother wept at the news. "
            '"I have not slept for two days," she said.')
    assert _speakers(text)[-1] == "The younger hiker's mother"


def test_a_thing_with_an_owner_opening_the_sentence_before_does_not_speak() -> None:
    text = ("Two hikers were found safe on Sunday after a night on Crag Fell.\n\n"
            '"They did everything right," said mountain rescue leader Colin Bray.\n\n'
            "The team's radio failed twice in the night. "
            '"We had to use the old handsets," he said.')
    assert _speakers(text)[-1] == "Colin Bray"


def test_a_description_with_a_clause_without_who_opening_the_sentence_before_speaks() -> None:
    text = ("Edith Marlowe (1890-1971) ran a field kitchen in Flanders for three winters.\n\n"
            "A soldier she fed every night wrote to her in 1930. "
            '"I owe you my life and most of my weight."')
    assert _speakers(text) == ["A soldier"]


def test_a_description_with_an_age_opening_the_sentence_before_speaks() -> None:
    text = ("The new playground in Bramley opened on Saturday.\n\n"
            '"It cost less than we feared," said councillor Ruth Obi.\n\n'
            "A girl of about eight was first down the slide. "
            '"It is faster than the old one!"')
    assert _speakers(text)[-1] == "A girl"


def test_a_thing_with_a_clause_without_who_does_not_speak() -> None:
    text = ("Edith Marlowe (1890-1971) ran a field kitchen in Flanders for three winters.\n\n"
            "The stove she cooked on every night is now in a museum. "
            '"Handle with care."')
    assert _speakers(text) != ["The stove"]


def test_she_after_someone_the_writer_met_whatever_the_noun() -> None:
    text = ("Remarks by Tessa Quayle at the Small Business Awards\n\n"
            "Last week I met a young glazier in Corby on her first day with her own van. "
            'She told me, "I was scared of the tax forms, not the glass."')
    assert _speakers(text) == ["a young glazier"]


def test_a_thing_the_writer_asked_for_is_no_speaker() -> None:
    text = ("Remarks by Tessa Quayle at the Small Business Awards\n\n"
            "Last week I asked a question of the judging panel in Corby. "
            'She told me, "Nobody has ever asked that."')
    assert _speakers(text) != ["a question"]


def test_a_spokesman_for_a_body_with_a_long_name_and_a_clause_after_it() -> None:
    text = ("A new cancer ward opened in Tolworth on Monday.\n\n"
            "A spokesman for Tolworth and District Community Health NHS Foundation Trust, which runs the ward, "
            'said: "Patients will no longer travel to London for treatment."')
    assert _speakers(text) == ["A spokesman for Tolworth and District Community Health NHS Foundation Trust"]


def test_a_spokesperson_for_two_names_joined_and_an_apposition() -> None:
    text = ("Two wards at Ember Hospital were closed to visitors on Friday.\n\n"
            "A spokesperson for NHS Ember and West Dunmore, the local health board, said: "
            '"Please stay away if you have been unwell."')
    assert _speakers(text) == ["A spokesperson for NHS Ember and West Dunmore"]


def test_a_lawyer_for_a_firm_and_a_person_is_not_run_together() -> None:
    from reader.analysis.speakers import phrase
    from reader.analysis.attribution import Context
    text = "A lawyer for Harwell Foods and Ann Lee said nothing."
    ctx = Context(text, "en", list(analyze(text, "en").entities))
    found = phrase(text, 0, text.index(" said"), ctx.people, "en")
    assert found is None or "Ann Lee" not in text[found.start:found.end]


def test_a_spokeswoman_for_the_company_is_for_the_company_named_before() -> None:
    text = ("Orbel Dairies Ltd said on Tuesday it would close its creamery in Wrenford.\n\n"
            "About 140 people work at the site. "
            '"We have looked at every other option," a spokeswoman for the company said.')
    assert _speakers(text) == ["a spokeswoman for Orbel Dairies Ltd"]


def test_a_spokeswoman_for_the_company_with_no_company_named_stays_as_written() -> None:
    text = ("The creamery in Wrenford will close in the spring.\n\n"
            "About 140 people work at the site. "
            '"We have looked at every other option," a spokeswoman for the company said.')
    assert _speakers(text) == ["a spokeswoman for the company"]
