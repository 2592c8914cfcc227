"""Quote errors a blind probe of new wire stories found (probe8), checked in sentences of our own:
the medium a Danish body speaks in is no part of its description, and an English phrase quoted after
a copula far into reported speech is still a partial quote."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end].strip("»«\"“” ,."), q.speaker) for q in analyze(text, language).quotes]


@pytest.mark.parametrize("text, speaker", [
    ("»Vi har aldrig set så meget regn på én nat,« skriver forsyningen i en pressemeddelelse.", "forsyningen"),
    ("- Vi åbner igen mandag, siger talspersonen i en skriftlig kommentar.", "talspersonen"),
    ("»Tak for støtten,« skriver foreningen på Instagram.", "foreningen"),
])
def test_the_medium_is_no_part_of_a_danish_description(text: str, speaker: str) -> None:
    assert [who for _, who in _quotes(text, "da")] == [speaker]


def test_a_description_with_a_place_keeps_it() -> None:
    text = "»Jeg så det hele,« siger manden i den gule jakke."
    assert [who for _, who in _quotes(text, "da")] == ["manden i den gule jakke"]


def test_a_phrase_after_a_copula_far_into_reported_speech_is_a_partial_quote() -> None:
    text = ("His solicitor, Ben Okoro, said his client had lost his job in the spring and was "
            "\"truly sorry\" for the harm he had caused.")
    assert _quotes(text, "en") == [("truly sorry", "Ben Okoro")]


def test_a_term_two_clauses_after_the_verb_stays_no_quote() -> None:
    text = ("The mayor said the budget was tight, and then criticised the council for spending its "
            "\"rainy day fund\" on consultants.")
    assert _quotes(text, "en") == []
