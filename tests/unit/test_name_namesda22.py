"""namesda22: names ending in a place's head are places, in a body's head bodies (da_places22)."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import analyze
from reader.analysis.da_places22 import bodies, places
from reader.analysis.evaluate import score
from reader.analysis.iob import read_marked

ARTICLES = Path(__file__).resolve().parents[1] / "ner_articles" / "da.txt"


def _typed(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    return [f"{text[s:e]}/{label}" for s, e, label in spans]


def test_a_name_ending_in_a_place_head_is_a_place() -> None:
    text = "Koncerten på Amager Fælled og turen til Place Pigalle og Kirsten Plads var gode, sagde Peter Strand."
    spans = [(13, 26, "ORG"), (40, 53, "ORG"), (57, 70, "PER"), (87, 99, "PER")]
    assert _typed(text, places(text, spans)) == [
        "Amager Fælled/LOC", "Place Pigalle/LOC", "Kirsten Plads/LOC", "Peter Strand/PER"]


def test_a_body_noun_before_the_name_keeps_it_a_body() -> None:
    text = "Det mener foreningen Bevar Holmsland Klit."
    assert places(text, [(21, 41, "ORG")]) == [(21, 41, "ORG")]


def test_the_retyped_name_loses_its_typer_scores() -> None:
    text = "Rebild Bakker"
    evidence = {(0, 13): (0.0, 2.0, 1.0)}
    assert places(text, [(0, 13, "ORG")], evidence) == [(0, 13, "LOC")] and not evidence


def test_a_name_ending_in_a_body_head_is_a_body() -> None:
    text = "Betty Nansen Teatret, Hjerting Kros køkken og Mads Kro."
    spans = [(0, 20, "PER"), (22, 35, "LOC"), (46, 54, "PER")]
    assert _typed(text, bodies(text, spans)) == ["Betty Nansen Teatret/ORG", "Hjerting Kros/ORG", "Mads Kro/PER"]


def test_places_and_bodies_through_the_analysis() -> None:
    text = ("Køberen er efter planen Vestergaard Bryggeri. Han har tidligere drevet Blåvand Hotel ved Ho Bugt.")
    found = {e.text: e.label.value for e in analyze(text, "da").entities}
    assert (found.get("Vestergaard Bryggeri"), found.get("Ho Bugt")) == ("ORG", "LOC")


def test_namesda22_articles() -> None:
    """Articles 139-143, the last five Danish test articles (place and body heads): 0.849 before."""
    articles = read_marked(ARTICLES)[138:143]  # articles 139-143
    assert articles[0].text.startswith("Koncert på fælleden")
    typed, _untyped = score(articles, "da")
    assert typed.prf()[2] >= 0.89
