"""A place known only from a dateline in capitals is listed as running text writes it (review26)."""

from reader.analysis import analyze
from reader.analysis.dateline_case import written
from reader.model import EntityLabel


def _places(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in analyze(text, "en").entities if e.label is EntityLabel.LOC}


def test_a_dateline_place_in_capitals_is_listed_in_running_case() -> None:
    places = _places("GRIMSBY, England — The fish market opened at dawn on Monday, the harbour master said.\n")
    assert places.get("GRIMSBY") == "Grimsby"


def test_capitals_inside_a_sentence_are_left_as_written() -> None:
    text = "Fishermen said GRIMSBY must act, and the harbour master agreed on Monday.\n"
    assert written(text, [(15, 22, "LOC")], [0], "GRIMSBY") == "GRIMSBY"


def test_a_hyphenated_place_keeps_its_small_inner_words() -> None:
    text = "STOKE-ON-TRENT — Pottery kilns were lit again.\n"
    assert written(text, [(0, 14, "LOC")], [0], "STOKE-ON-TRENT") == "Stoke-on-Trent"
    text = "KING'S LYNN. The quay flooded.\n"
    assert written(text, [(0, 11, "LOC")], [0], "KING'S LYNN") == "King's Lynn"
