"""Patterns a new English tuning part (tune9, texts written by the team) showed, in sentences
written for the test (quotes13)."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_bare_turns_alternate_with_the_one_other_person_the_scene_names() -> None:
    text = ('The Boathouse\n\n'
            'Kirsten waited by the slipway until Anders came down with the oars.\n\n'
            '"You are late," she said.\n\n'
            '"The gate was locked."\n\n'
            '"Since when?"\n\n'
            '"Since last night. Somebody changed the padlock."\n')
    assert _speakers(text) == ["Kirsten", "Anders", "Kirsten", "Anders"]


def test_bare_turns_keep_the_one_voice_when_the_scene_names_two_others() -> None:
    text = ('The Boathouse\n\n'
            'Kirsten waited by the slipway with Anders and Pieter.\n\n'
            '"You are late," she said.\n\n'
            '"The gate was locked."\n\n'
            '"Since when?"\n')
    assert "Anders" not in _speakers(text) and "Pieter" not in _speakers(text)


def test_a_lone_bare_turn_after_the_second_tagged_turn_goes_on_with_it() -> None:
    text = ('Kirsten waited by the slipway until Anders came down with the oars.\n\n'
            '"You are late," she said. She did not look up from the rope.\n\n'
            '"Why?"\n\n'
            '"The tide turned an hour ago," she said.\n\n'
            '"But nobody else is here either."\n')
    assert _speakers(text) == ["Kirsten", "Anders", "Kirsten", "Kirsten"]


def test_a_quotation_after_a_paragraph_naming_nobody_is_the_subject_before_it() -> None:
    text = ('Time on Mill Street\n\n'
            'Ines Carvalho has repaired clocks on Mill Street since 1987.\n\n'
            'The shop smells of oil and old wood, and the door sticks in wet weather.\n\n'
            '"Every clock that comes in here has a story. Most of them are sad ones."\n')
    assert _speakers(text) == ["Ines Carvalho"]


def test_no_running_speaker_when_the_paragraph_before_names_two_people() -> None:
    text = ('Time on Mill Street\n\n'
            'Maria Santos and Peter Holm have repaired clocks on Mill Street since 1987.\n\n'
            'The shop smells of oil and old wood, and the door sticks in wet weather.\n\n'
            '"Every clock that comes in here has a story. Most of them are sad ones."\n')
    assert _speakers(text) == [None]


def test_he_added_after_a_paragraph_about_another_man_is_the_last_speaker() -> None:
    text = ('Harbour dues to rise\n\n'
            'Harbour master Neil Sutherland said the increase was the first in a decade. '
            '"We have held the dues for ten years," he said.\n\n'
            'His predecessor, Robert Mackay, froze the dues in 2014 and retired the next year.\n\n'
            '"The new pontoons have to be paid for somehow," he added.\n')
    assert _speakers(text) == ["Neil Sutherland", "Neil Sutherland"]


def test_she_went_on_attributes_the_quotation_before_it() -> None:
    text = ('Library extends its hours\n\n'
            'Head librarian Fiona Reid said the late openings were a trial. "We will see who comes," she said.\n\n'
            'The extra hours are funded by a grant secured by councillor Martin Hale.\n\n'
            '"Students have asked for this for years," she went on. "Now they have it."\n')
    assert _speakers(text) == ["Fiona Reid", "Fiona Reid", "Fiona Reid"]


def test_he_added_after_a_name_in_its_own_paragraph_is_that_person() -> None:
    text = ('"We were lucky," said Robert Mackay.\n\n'
            'Mr Sutherland said he would repaint the boat. "And I will keep the old sail," he added.\n')
    assert _speakers(text)[-1] == "Sutherland"


def test_the_interviewee_is_the_person_the_introduction_names_most() -> None:
    text = ('Five questions for potter Lena Holmgren\n\n'
            'Lena Holmgren has fired her own kiln since 2001. She trained under Maria Olsen.\n\n'
            'What do you make most?\n\n'
            '"Mugs. People break mugs, so they always need more."\n')
    assert _speakers(text) == ["Lena Holmgren"]


def test_a_bare_plural_of_people_after_a_quotation_speaks() -> None:
    text = ('Bridge closed after crash\n\n'
            '"It will stay shut until the engineers have been," police said.\n\n'
            '"We heard a bang and then nothing," witnesses said on Monday.\n')
    assert _speakers(text) == ["police", "witnesses"]


def test_a_bare_plural_of_things_is_no_speaker() -> None:
    text = '"It will stay shut until the engineers have been," reports said.\n'
    assert _speakers(text) == [None]



def test_chanted_after_a_quotation_attributes_it() -> None:
    text = ('About 200 people gathered at noon.\n\n'
            '"Not one more tree! Not one more tree!" the walkers chanted as they crossed the square.\n')
    assert _speakers(text) == ["the walkers"]


def test_a_pronoun_after_phrases_of_time_and_place_with_commas_speaks() -> None:
    text = ('Oskar Lund left the band in 1994. Years later, in a radio interview, he was asked about it. '
            '"We were tired of each other."\n')
    assert _speakers(text) == ["Oskar Lund"]


def test_a_described_subject_closing_the_paragraph_before_beats_the_named_one() -> None:
    text = ('The queue at the ticket office had not moved for ten minutes.\n\n'
            '"Is anyone working today?" Ruben Alcott asked the woman behind him.\n\n'
            'Ruben Alcott checked his watch again. The clerk behind the glass did not look up.\n\n'
            '"The machine is broken. Use the app."\n')
    assert _speakers(text)[-1] == "The clerk"


def test_the_running_speaker_may_be_the_one_person_named_in_any_part() -> None:
    text = ('The boat nobody wants to lose\n\n'
            'Every morning at 7.10, the Skerrabay ferry leaves Howmore with a few cars, a fuel tanker and '
            'Agnes Moffat, who has made the crossing to her job at the fish plant for thirty years.\n\n'
            'The service has run since 1958. The council, which pays about £300,000 a year for it, says it '
            'can no longer afford to.\n\n'
            '"If the boat goes, I go. There is no other way off the island in winter."\n')
    assert _speakers(text) == ["Agnes Moffat"]


def test_the_letter_said_is_whoever_the_sentence_before_wrote_it() -> None:
    text = ('Pay talks stall at the depot\n\n'
            'Northway Logistics wrote to the drivers on Monday. "We cannot go beyond three per cent," '
            'the letter said.\n')
    assert _speakers(text) == ["Northway Logistics"]


def test_as_a_person_said_after_a_quotation_attributes_it() -> None:
    text = ('Remarks by Mayor Lise Brandt at the harbour opening\n\n'
            'Friends, the sun came out for us. "Plan for the storm," as Harald Voss wrote in 1921. '
            '"And then plan for the next one," as I told the council last spring.\n')
    assert _speakers(text) == ["Harald Voss", "Lise Brandt"]
