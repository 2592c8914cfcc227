"""Danish names by how they are written, where the tagger took only part of them, in our own
sentences: an institution word opening a sentence, a club's founding year, the first word of a
two-word town (reader.analysis.name_patterns, name_digits)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jobcenter Vordingborg har tilbudt hjælp til de ansatte.", [("Jobcenter Vordingborg", "ORG")]),
    ("Huset er solgt til FC Lyngby 1921, som vil bruge det.", [("FC Lyngby 1921", "ORG")]),
    ("Nørre Lyngby. Det lokale bageri lukker ved udgangen af måneden.", [("Nørre Lyngby", "LOC")]),
    ("Klubben tabte penge. Fynske Idrætsforeningers Samråd (FIS) har siden anbefalet to underskrifter.",
     [("Fynske Idrætsforeningers Samråd", "ORG"), ("FIS", "ORG")]),  # the acronym spells the whole name
])
def test_the_whole_name_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


def test_a_club_keeps_no_amount_and_a_town_word_alone_is_no_town() -> None:
    assert ("FC Lyngby", "ORG") in _names("FC Lyngby 2000 kroner fattigere, skriver klubben.")
    assert _names("Store dele af Vordingborg var uden strøm i nat.") == [("Vordingborg", "LOC")]
