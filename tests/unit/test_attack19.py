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
