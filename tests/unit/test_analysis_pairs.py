"""Two people the tagger joined over "og" are two names (issue 16: "two names joined by og/and
taken as one")."""

from __future__ import annotations

from reader.analysis import analyze


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")]


def test_two_people_joined_by_og_are_two_names() -> None:
    found = _names("Mødet blev ledet af Sanne Kirk og Lise Hald fra kommunen.")
    assert ("Sanne Kirk og Lise Hald", "PER") not in found
    assert ("Sanne Kirk", "PER") in found and ("Lise Hald", "PER") in found


def test_an_organisation_with_og_stays_whole() -> None:
    assert not any(text in ("Dansk Handel", "Service") and label == "PER"
                   for text, label in _names("Han arbejder for Dansk Handel og Service i Aarhus."))
