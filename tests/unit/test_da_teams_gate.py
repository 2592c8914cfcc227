"""da_teams21's cheap gates (`_scored`, `_hinted`) say what its regexes say over a whole text: a
text the gates pass by must be one the regexes find nothing in (the gates only save time)."""

from __future__ import annotations

import random
from pathlib import Path

from reader.analysis import da_teams21

HERE = Path(__file__).resolve().parent.parent
BITS = ["hjemme", "HJEMME", "ude", "Ude", "prude", "kampe", "sæson", "Sæson", "mål", "mod", "MOD", "for", "For",
        "forår", "model", " ", "  ", "\n", "\t", "3", "12", "-", "1-0", "2020", "10-12-2020", ".", ",", "Vejle",
        "tabte", "kampen", "huden", "a"]


def _agree(text: str) -> None:
    assert da_teams21._hinted(text) == (da_teams21._HINT.search(text) is not None), repr(text)
    assert da_teams21._scored(text) == (da_teams21._SCORE.search(text) is not None), repr(text)


def test_gates_agree_with_the_regexes_on_random_texts() -> None:
    rng = random.Random(21)
    for _ in range(4000):
        _agree("".join(rng.choice(BITS) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 14))))


def test_gates_agree_on_the_projects_articles() -> None:
    files = sorted((HERE / "quote_articles").glob("*.txt")) + sorted((HERE / "ner_articles").glob("*.txt"))
    assert len(files) > 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        _agree(text)
        for paragraph in text.split("\n\n"):
            _agree(paragraph)


def test_a_match_far_from_the_start_is_seen() -> None:
    text = "Ingen kamp her. " * 3000 + "Randers tabte hjemme mod  Vejle 0-2 i går."
    assert da_teams21._hinted(text) and da_teams21._scored(text)
    assert not da_teams21._hinted(text.replace("hjemme", "gerne"))
