"""Names by how they are written: organisation forms, firm words, courts, towns, datelines."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

CASES = [
    ("Rådgivningsfirmaet Krogh & Bisgaard har fået opgaven af kommunen.", "da", ("Krogh & Bisgaard", "ORG")),
    ("Sagen blev efterforsket af Midt- og Vestjyllands Politi i to år.", "da", ("Midt- og Vestjyllands Politi", "ORG")),
    ("Han blev idømt fire måneders fængsel ved Retten i Svendborg i går.", "da", ("Retten i Svendborg", "ORG")),
    ("Om natten rykkede Sydfyns Brandvæsen ud til en brand i en lade.", "da", ("Sydfyns Brandvæsen", "ORG")),
    ("Borgerne i Nørre Snede har fået en ny skole.", "da", ("Nørre Snede", "LOC")),
    ("Han bor nu i Gamle Skovby med sin kone og to børn.", "da", ("Gamle Skovby", "LOC")),
    ("Byggeriet er overdraget til Thomsen & Kjær ApS efter udbuddet.", "da", ("Thomsen & Kjær ApS", "ORG")),
    ("AABENRAA. En mand er død efter en ulykke på motorvejen.", "da", ("AABENRAA", "LOC")),
    ("Skolen er tegnet af arkitekterne Vang & Lerche i 2019.", "da", ("Vang & Lerche", "ORG")),
    ("LEEDS. A bus company has been fined after a crash on the ring road.", "en", ("LEEDS", "LOC")),
    ("The inquiry was led by Thames Valley Police last year.", "en", ("Thames Valley Police", "ORG")),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_written_patterns(text: str, language: str, expected: tuple[str, str]) -> None:
    found = {(e.text, e.label.value) for e in analyze(text, language).entities}
    assert expected in found, found
