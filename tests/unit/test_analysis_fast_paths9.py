"""Shortcuts of the analysis give what the longer way gave (speed9)."""

from __future__ import annotations

import random
import re

from reader.analysis import numbers
from reader.analysis.antecedents import dominant
from reader.analysis.sentences import end_before, word_before
from reader.analysis.tokens import tokenize

_PIECES = ["en", "et", "EN", "Et", "eN", "ten", "_en", "1en", "é", " ", "  ", "\n", "\t", "\u00a0", "\u2003",
           "58", "5", "158", "-årig", "-ÅRIG", "-årige", "-Årig", "x", ".", "æ", ":"]


def _texts(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))


def test_the_end_before_a_position_is_that_of_the_stripped_text_before_it() -> None:
    for text in _texts(5000, 1):
        for pos in range(len(text) + 1):
            assert end_before(text, pos) == len(text[:pos].rstrip()), (text, pos)


def test_the_word_before_an_age_is_what_the_pattern_finds() -> None:
    found = 0
    for text in _texts(40000, 2):
        for age in ("58", "5"):
            by_pattern = [m.end() for m in re.finditer(rf"\b(?:en|et)\s+{age}-årig\b", text, re.IGNORECASE)]
            by_hand = [m.end() for m in re.finditer(rf"{age}-årig\b", text, re.IGNORECASE)
                       if word_before(text, m.start(), ("en", "et"))]
            assert by_hand == by_pattern, (text, age)
            found += bool(by_pattern)
    assert found > 5  # (the texts hold such phrases)


def _dominant_by_loops(counts: dict[str, int]) -> str | None:
    """``dominant`` as ``main_person`` read it before (the first name counted most, the runner-up)."""
    if not counts:
        return None
    top = max(counts.values())
    name = next(n for n, c in counts.items() if c == top)
    second = max((c for n, c in counts.items() if n != name), default=0)
    return None if top < 3 or second * 2 > top else name


def test_the_dominant_name_is_the_one_counted_most_by_far() -> None:
    rng = random.Random(3)
    names = [f"N{k}" for k in range(8)]
    for _ in range(20000):
        counts = {name: rng.randint(1, 9) for name in rng.sample(names, rng.randint(0, 6))}
        assert dominant(counts) == _dominant_by_loops(counts), counts
    assert dominant({"Ann": 6, "Bo": 3}) == "Ann" and dominant({"Ann": 6, "Bo": 4}) is None


_DATE_PIECES = ["i", "I", "går", "dag", "den", "3.", "3", "12", "2024", "-", "/", "05", " ", " ", " ", "\n", ".",
                ",", "maj", "Maj", "ma", "j", "mandag", "Mandagen", "fred", "ag", "p.", "p.fred", "x", "sidste",
                "Næste", "uge", "år", "to", "tre", "fem", "ti", "t", "millioner", "kr", "procent", "_", "é", "»",
                "A/S", "f.eks", "fjorten", "at", "for", "de", "nat", "weekenden", "2024-05-03", "1/2", "'", "’"]


def test_the_gated_danish_date_scan_finds_what_the_whole_scan_finds() -> None:
    rng = random.Random(4)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(1, 14)))
        whole = [m.span() for m in numbers._DA_SCAN.finditer(text)]
        assert [m.span() for m in numbers._da_scan(text, tokenize(text, "da"))] == whole, text
        found += bool(whole)
    assert found > 1000
    for text in ("Mødet er p.fredag kl. 10, den 3. maj 2024.", "I går kom tre mand, i dag fem.", "fredagen den 3."):
        assert numbers.find_dates_numbers(text, "da", tokenize(text, "da")) == numbers.find_dates_numbers(text, "da")
    assert numbers.find_dates_numbers("Mødet er p.fredag.", "da") == [(11, 17, "DATE")]  # (inside a token)
