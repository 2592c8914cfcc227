"""A mention right after a lower-case noun for its kind decides the type of every mention of the name
(reader.analysis.canonical: "the union Aslef" makes "Aslef's" an organisation too)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis import canonical


def _types(text: str, language: str, name: str) -> set[str]:
    return {e.label.value for e in analyze(text, language).entities if text[e.start:e.end].startswith(name)}


CASES = [
    ("en", "Drivers in the union Aslef walked out on Monday. Aslef said talks had failed, and Aslef will "
           "ballot again.", "Aslef", "ORG"),
    ("en", "Ferries to the island of Tarvin were cancelled. Tarvin has 400 residents, and Tarvin's school "
           "closed early.", "Tarvin", "LOC"),
    ("da", "Aftalen er indgået med virksomheden Holmgaard. Holmgaard har 40 ansatte, og Holmgaard vil "
           "ansætte flere.", "Holmgaard", "ORG"),
]


@pytest.mark.parametrize(("language", "text", "name", "label"), CASES)
def test_the_kind_word_decides_every_mention(language, text, name, label):
    assert _types(text, language, name) == {label}


def test_without_the_kind_word_the_typer_decides(monkeypatch):
    # the same sentences with the rule off type at least one of them otherwise (what the rule changes)
    monkeypatch.setattr(canonical, "KIND_DECIDES", False)
    assert any(_types(text, language, name) != {label} for language, text, name, label in CASES)
