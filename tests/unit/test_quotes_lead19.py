"""The lead's checks of this round's Danish rule "siger han" after an unnamed subject (quotesda19):
a thing or an event opening the paragraph before is nobody a quote can go to (attack19 saw it)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "da").quotes]


@pytest.mark.parametrize("subject", [
    "En lastbil væltede på motorvejen ved Vejle.",
    "En storm ramte kysten natten til søndag.",
    "En brand hærgede lagerhallen i flere timer.",
])
def test_a_thing_as_the_subject_before_is_no_speaker(subject: str) -> None:
    text = f"Trafikken stod stille i flere timer.\n\n{subject}\n\n- Det var et voldsomt syn, siger han."
    assert _speakers(text) == [None]


@pytest.mark.parametrize(("subject", "speaker"), [
    ("En nabo vækkede de andre beboere.", "en nabo"),
    ("En sejler, der har sin båd i havnen, er træt af lugten.", "en sejler"),
    ("En chauffør stoppede bussen midt på broen.", "en chauffør"),
    ("En 34-årig kvinde ringede til alarmcentralen.", "en 34-årig kvinde"),
])
def test_a_person_as_the_subject_before_still_speaks(subject: str, speaker: str) -> None:
    text = f"Der var uro i gaden hele natten.\n\n{subject}\n\n- Jeg kunne ikke sove, siger hun."
    assert _speakers(text) == [speaker]
