"""Shortcuts of the analysis give what the longer way gave (speed10)."""

from __future__ import annotations

import random
import re

from reader.analysis import word_sets
from reader.analysis.quote_news import _first_pair, _second_pair
from reader.analysis.word_sets import _wanted, where

_PAIR_PIECES = ["Peter og Anne Hansen", "Ole & Anne Lund", "Anne and Peter Holm-", "xPeter og Anne Bo",
                "Peter  og\nAnne  Æbø's", "Peter og Anne", "PeterX og Anne Hansen", "Per og Anne hansen",
                "Peter ogAnne Hansen", "Peter og Anne Hansen_x", "Anne og Anne Hansen", "É og Anne Hansen",
                "Éa og Anne Hansen", "_Peter og Anne Hansen", "1Peter og Anne Hansen", "Pé og Anne Hansen",
                "Peter og Anne Hansen’", "Peter og Anne -Hansen", "Peter\u00a0og\u00a0Anne\u00a0Ib", "Rand Anne Bo",
                " ", "\n", "x", ".", "og ", "Anne ", "Peter ", "-", "_", "Hansen", "é", "&", "and"]


def test_the_pairs_of_given_names_are_what_the_patterns_led_by_a_word_boundary_find() -> None:
    rng = random.Random(3)
    found = [0, 0]
    for _ in range(30000):
        text = "".join(rng.choice(_PAIR_PIECES) for _ in range(rng.randint(1, 7)))
        for name in ("Anne", "Peter"):
            first = re.search(rf"\b{name}\s+(?:and|og|&)\s+[A-ZÆØÅ][a-zæøå]+\s+([A-ZÆØÅ][\w'’-]+)\b", text)
            mine = _first_pair(text, name)
            assert (first and first.span(1)) == (mine and mine.span(1)), (text, name)
            second = re.search(rf"\b[A-ZÆØÅ][a-zæøå]+\s+(?:and|og|&)\s+{name}\s+([A-ZÆØÅ][\w'’-]+)\b", text)
            mine = _second_pair(text, name)
            assert (second and second.span(1)) == (mine and mine.span(1)), (text, name)
            found[0] += first is not None
            found[1] += second is not None
    assert min(found) > 1000  # (the texts hold such pairs)


def test_a_set_or_a_word_as_the_test_picks_what_testing_every_distinct_word_picks() -> None:
    rng = random.Random(4)
    pool = ["Anne", "og", "Holm", "x", "Byråd", "A", "B", "c"]
    for _ in range(5000):
        words = tuple(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        distinct = frozenset(words)
        word_sets.release()
        tests = [set(rng.sample(pool, rng.randint(0, 8))), frozenset(rng.sample(pool, 3)),
                 dict.fromkeys(rng.sample(pool, 2) + ["zz"], 1)]
        for test in tests:
            assert sorted(_wanted(distinct, test.__contains__)) == sorted(w for w in distinct if w in test)
            assert where(words, test.__contains__) == [k for k, w in enumerate(words) if w in test]
        word = rng.choice(pool + ["nope"])
        assert _wanted(distinct, word.__eq__) == [w for w in distinct if w == word]
        assert where(words, word.__eq__) == [k for k, w in enumerate(words) if w == word]
    word_sets.release()
