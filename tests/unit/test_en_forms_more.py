"""More English names by how they are written (en_forms), in sentences of our own: a saint's "'s"
as a token of its own, a title opening a sentence, a nationality before a body, more company and
authority words, a dateline with a possessive."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

CASES = [
    ("Two nurses were hurt when they left St Oswin's Lea Hospital with a patient.", ("St Oswin's Lea Hospital", "ORG")),
    ("Volunteers at St Kenelm's Centre in Exmouth served 300 meals.", ("St Kenelm's Centre", "ORG")),
    ("Councillor Priyanka Oduya said the road would reopen in May.", ("Priyanka Oduya", "PER")),
    ("The British Veterinary Association said members were worried.", ("British Veterinary Association", "ORG")),
    ("The plan was approved by the Wessex Regional Executive on Monday.", ("Wessex Regional Executive", "ORG")),
    ("A spokesman for Harcombe Recycling said the fire was out.", ("Harcombe Recycling", "ORG")),
    ("BISHOP'S STORTHAM — The market square will be closed all week.", ("BISHOP'S STORTHAM", "LOC")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_more_english_forms(text: str, expected: tuple[str, str]) -> None:
    found = {(e.text, e.label.value) for e in analyze(text, "en").entities}
    assert expected in found, found
