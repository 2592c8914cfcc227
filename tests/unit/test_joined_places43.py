"""A known place joined to a place is a place (reader.analysis.joined_places43, stop 43)."""

from reader.analysis import analyze
from reader.analysis.joined_places43 import joined_places


def test_danish_islands_joined_by_og() -> None:
    text = "Han brugte pengene på rejser til Mallorca og Gran Canaria mellem 2019 og 2022."
    names = {(e.text, e.label.value) for e in analyze(text, "da").entities}
    assert ("Gran Canaria", "LOC") in names


def test_only_known_places_beside_a_place() -> None:
    text = "Mallorca og Gran Canaria, Brøndby og Gran Canaria"
    spans = [(0, 8, "LOC"), (12, 24, "ORG"), (26, 33, "ORG"), (37, 49, "ORG")]
    assert joined_places(text, spans) == [(0, 8, "LOC"), (12, 24, "LOC"), (26, 33, "ORG"), (37, 49, "ORG")]
    text = "Kolding og Vejle Boldklub"
    assert joined_places(text, [(0, 7, "LOC"), (11, 25, "ORG")]) == [(0, 7, "LOC"), (11, 25, "ORG")]


def test_names_joined_by_and_take_the_type_their_scores_prefer() -> None:
    text = "Hanne Vibe og Rose Gad dansede, og Sverige og Rose Gad vandt."
    spans = [(0, 10, "PER"), (14, 22, "ORG"), (35, 42, "LOC"), (46, 54, "ORG")]
    evidence = {(0, 10): (2.0, -1.0, -1.0), (14, 22): (0.5, 1.0, -2.0),
                (35, 42): (-1.0, 0.0, 3.0), (46, 54): (0.0, 1.0, -1.0)}
    out = joined_places(text, spans, evidence)
    assert out[:2] == [(0, 10, "PER"), (14, 22, "PER")]
    assert out[2] == (35, 42, "LOC")  # a known country stays a place
    assert joined_places("Hanne Vibe, Rose Gad", [(0, 10, "PER"), (12, 20, "ORG")], {
        (0, 10): (2.0, -1.0, -1.0), (12, 20): (0.5, 1.0, -2.0)}) == [(0, 10, "PER"), (12, 20, "ORG")]


def test_a_known_body_makes_no_person_of_two_words_a_body() -> None:
    text = "a blow to Keir Starmer and Labour, who"
    spans = [(10, 22, "PER"), (27, 33, "ORG")]
    evidence = {(10, 22): (0.4, 0.2, -1.0), (27, 33): (-2.0, 3.0, -1.0)}
    assert joined_places(text, spans, evidence) == spans
    names = {(e.text, e.label.value) for e in analyze(
        "The result was a blow to Keir Starmer and Labour, who had held the seat since 1997.", "en").entities}
    assert ("Keir Starmer", "PER") in names and ("Labour", "ORG") in names
    text = "ost til Salling og Rema, men"  # one word beside a known shop chain: a shop
    spans = [(8, 15, "ORG"), (19, 23, "PER")]
    evidence = {(8, 15): (-1.0, 3.0, 0.0), (19, 23): (0.5, 0.2, -1.0)}
    assert joined_places(text, spans, evidence) == [(8, 15, "ORG"), (19, 23, "ORG")]
