"""A turn given to a voice whose only turn was itself given to the other voice earlier in the
run (an exchange of two, of broken quotations) once ended the analysis with StopIteration:
found by fuzzing joined paragraphs (fuzz23); the text below is the team's own, of the same shape."""

from __future__ import annotations

from reader.analysis import analyze

EXCHANGE = ('Rosa Winther, the club secretary, replied: “”\n\n'
            '"Really? the Harriers\' captain, Winther, answered.\n\n'
            'In the view of the treasurer the matter is closed. "We shall think about it."\n\n'
            '"The vote was wrong, and we are sorry." treasurer, Paul Okafor-Brandt, replied. '
            '"Never." said the treasurer.\n\n'
            '"Really? the goalkeeper, Simon Lark, added.')


def test_an_exchange_whose_voice_was_given_away_is_analysed() -> None:
    quotes = analyze(EXCHANGE, "en").quotes
    assert quotes
    speakers = {q.speaker for q in quotes}
    assert speakers <= {"Rosa Winther", "Paul Okafor-Brandt", "Simon Lark", None}
    for quote in quotes:  # a speaker without a place in the text has neither end
        assert (quote.speaker_start is None) == (quote.speaker_end is None)


def test_the_same_exchange_with_its_language_detected() -> None:
    assert analyze(EXCHANGE, None).sentences
