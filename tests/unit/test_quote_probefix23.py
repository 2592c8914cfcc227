"""Quotes: '"...," they wrote' after "Analysts at X ..." in the paragraph is the firm X, not the
person named before nor a pair (probefix23, ``reader.analysis.quote_they_firm``). The team's own
sentences."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize("text, speaker", [
    ("Brindle Homes cut its forecast on Monday, its chief executive, Mark Dunn, said.\n\n"
     "Analysts at Hollis Grant cut their target price. \"We see no quick recovery this year,\" they wrote in a note.",
     "Hollis Grant"),
    ("Analysts at Carver Lyle were gloomy. \"Margins will fall again,\" they wrote.", "Carver Lyle"),
    ("Paula Kerr, the firm's finance chief, said costs were up.\n\n"
     "Economists at Denby Marsh disagreed. \"Costs are already falling,\" they said.", "Denby Marsh"),
])
def test_they_after_analysts_at_a_firm(text: str, speaker: str) -> None:
    quotes = analyze(text, "en").quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("text, language, speaker", [
    ("Socialrådgiver Hanne Bech Lund har travlt i december. Hun har fået dobbelt så mange henvendelser.\n\n"
     "Også Dansk Folkehjælp mærker presset. En 41-årig far til to, der ikke vil nævnes ved navn, fortæller, "
     "at han har søgt hjælp for første gang.\n\n- Det er flovt at skulle bede om hjælp, siger han.",
     "da", "en 41-årig far"),
    ("Borgmester Finn Aagaard Holm vil lukke skolen i Ulstrup. Han mener, at der er for få elever.\n\n"
     "En ældre kvinde fra Langå havde taget sit barnebarn med.\n\n- Jeg har selv gået her i fem år, siger hun.",
     "da", "en ældre kvinde"),
    ("Councillor Tom Rees said the rise was unavoidable.\n\nDozens of residents protested outside the town hall. "
     "One of them, a retired nurse from Penryn, said: \"My rent went up again. I cannot pay this.\"",
     "en", "a retired nurse"),
])
def test_speaker_brought_in_by_a_description(text: str, language: str, speaker: str) -> None:
    """A speaker brought in only by a description (an indefinite subject of the paragraph before a
    dash quote; "One of them, a ..., said:") is that description, not a person named earlier."""
    quotes = analyze(text, language).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_the_teenager_is_the_young_player_named_before() -> None:
    """'"...," the teenager said' with no one called "the teenager" before: the person the
    paragraph before is about ("Ellis Tranter, 17, ..."), not the words themselves."""
    text = ("Ossett Rovers beat Glasshoughton 2-1 on Saturday.\n\nManager Kev Darby said: \"We were poor for an hour.\"\n\n"
            "Ellis Tranter, 17, who came through the club's academy, scored both goals.\n\n"
            "\"I still can't believe it. My dad was crying,\" the teenager said.")
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Kev Darby", "Ellis Tranter"]
