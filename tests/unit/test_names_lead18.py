"""The lead's name rules of 2026-12-07. A Danish firm named after its owner and its trade
("Petersen Auto", "Holm VVS") is an organisation, not a person (issue 16: "a firm named like a
person"); a surname that is also a trade word stays a person. A job noun opening an English
sentence before a person's name ("Driver Lesley Okafor knows") leaves the person found
(quotesen18's night-bus story lost three speakers to it)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _types(text: str, language: str = "da") -> dict[str, str]:
    return {text[e.start:e.end]: e.label.value for e in analyze(text, language).entities}


@pytest.mark.parametrize("text, name", [
    ("Petersen Auto i Randers har solgt 300 biler i år.", "Petersen Auto"),
    ("Vi har ringet til Holm VVS om vandskaden.", "Holm VVS"),
    ("Kunderne står i kø hos Lindberg Isenkram hver lørdag.", "Lindberg Isenkram"),
])
def test_owner_and_trade_is_a_firm(text: str, name: str) -> None:
    assert _types(text).get(name) == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Hos Jens Smed er der travlt i værkstedet.", "Jens Smed"),
    ("Borgmester Karen Møller åbnede udstillingen.", "Karen Møller"),
])
def test_a_surname_that_is_a_trade_stays_a_person(text: str, name: str) -> None:
    assert _types(text).get(name) == "PER"


@pytest.mark.parametrize("text, name", [
    ("The night bus is half empty. Driver Lesley Okafor knows most of her passengers.", "Lesley Okafor"),
    ("The gig was called off. Singer Esme Marlowe posted a short video.", "Esme Marlowe"),
    ("The school is closing. Teacher Maren Quist has taught there for years.", "Maren Quist"),
])
def test_person_after_an_opening_job_noun(text: str, name: str) -> None:
    assert _types(text, "en").get(name) == "PER"


@pytest.mark.parametrize("text, absent", [
    # a longer run of capitals is a title or a body, not a person after a job noun
    ("It closes soon. Driver Training Centre Ltd has lost its contract.", "Training Centre"),
    # words the training text writes in lower case are no name
    ("It is late. Driver Fatigue Rules apply to every shift.", "Fatigue Rules"),
])
def test_no_person_from_ordinary_capitals(text: str, absent: str) -> None:
    assert _types(text, "en").get(absent) != "PER"
