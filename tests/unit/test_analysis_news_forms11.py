"""News forms of names from the fifth blind probe (probe11): teams in result lines and before their
manager, streets, foreign legal forms, firms named again without their legal form or kind word,
US states, villages with a prefix, ordinary words opening a name."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, language).entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("text, language, wanted", [
    ("Søndagens øvrige resultater: Gørding - Vestervig 25-25, Sundby - Tarm 29-33.", "da",
     {("Gørding", "ORG"), ("Vestervig", "ORG"), ("Sundby", "ORG"), ("Tarm", "ORG")}),
    ("Vejarbejde: Ådalsvej mellem Ørum og Vester Velling er lukket.", "da", {("Ådalsvej", "LOC")}),
    ("Koncernen købte i 2024 det svenske Ljudbolaget AB for 300 millioner kroner.", "da",
     {("Ljudbolaget AB", "ORG")}),
    ("Appen Madspareren viser forkerte priser. Madspareren beklager fejlen.", "da",
     {("Madspareren", "ORG")}),
    ("Forbrugerrådet Tænk har testet appen. I testen fandt Tænk 41 fejl.", "da", {("Tænk", "ORG")}),
    ("Other results: Abingdon 1 Wantage 1; Kidlington 4 Thatcham 0.", "en",
     {("Abingdon", "ORG"), ("Wantage", "ORG"), ("Kidlington", "ORG"), ("Thatcham", "ORG")}),
    ("Stockbridge ended Harwell's unbeaten run. Harwell boss Neil Oduya was unhappy.", "en", {("Harwell", "ORG")}),
    ("She died Tuesday at her home in Clarks Summit, Pa. She was 91.", "en", {("Pa.", "LOC")}),
    ("Parent Shazia Iqbal said she would keep her sons at home.", "en", {("Shazia Iqbal", "PER")}),
    ("Researchers tracked products sold by retailers including Argos, Currys and Boots.", "en",
     {("Argos", "ORG"), ("Currys", "ORG"), ("Boots", "ORG")}),
    ("Lorries would pass the hamlets of Little Thrandeston and Cold Ashby End.", "en",
     {("Little Thrandeston", "LOC"), ("Cold Ashby End", "LOC")}),
    ("Engineering group Halberd plc reported a fall in profits. Halberd, which is based in Wolverhampton, "
     "will cut jobs.", "en", {("Halberd", "ORG")}),
])
def test_news_forms(text: str, language: str, wanted: set[tuple[str, str]]) -> None:
    assert wanted <= _names(text, language)


def test_a_town_named_as_a_place_stays_a_place() -> None:
    found = _names("Søndagens resultater: Gørding - Vestervig 25-25. Hallen ligger i Vestervig.", "da")
    assert ("Gørding", "ORG") in found
    assert ("Vestervig", "LOC") in found or ("Vestervig", "ORG") in found  # one name, one type


def test_a_speaker_through_an_interpreter_is_the_description() -> None:
    text = "»Vi har brug for busser,« siger borgmesteren gennem en tolk."
    quotes = analyze(text, "da").quotes
    assert quotes and quotes[0].speaker == "borgmesteren"
