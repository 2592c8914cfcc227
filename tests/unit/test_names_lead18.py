"""A Danish firm named after its owner and its trade ("Petersen Auto", "Holm VVS") is an
organisation, not a person (issue 16: "a firm named like a person"); a surname that is also a
trade word stays a person."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _types(text: str) -> dict[str, str]:
    return {text[e.start:e.end]: e.label.value for e in analyze(text, "da").entities}


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
