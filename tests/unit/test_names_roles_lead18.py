"""A job noun opening an English sentence before a person's name ("Driver Lesley Okafor knows")
leaves the person found (quotesen18's night-bus story lost three speakers to it)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str) -> dict[str, str]:
    return {text[e.start:e.end]: e.label.value for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("text, name", [
    ("The night bus is half empty. Driver Lesley Okafor knows most of her passengers.", "Lesley Okafor"),
    ("The gig was called off. Singer Esme Marlowe posted a short video.", "Esme Marlowe"),
    ("The school is closing. Teacher Maren Quist has taught there for years.", "Maren Quist"),
])
def test_person_after_an_opening_job_noun(text: str, name: str) -> None:
    assert _names(text).get(name) == "PER"


@pytest.mark.parametrize("text, absent", [
    # a longer run of capitals is a title or a body, not a person after a job noun
    ("It closes soon. Driver Training Centre Ltd has lost its contract.", "Training Centre"),
    # words the training text writes in lower case are no name
    ("It is late. Driver Fatigue Rules apply to every shift.", "Fatigue Rules"),
])
def test_no_person_from_ordinary_capitals(text: str, absent: str) -> None:
    assert _names(text).get(absent) != "PER"
