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


def test_the_words_read_before_an_organisation_are_what_the_noun_pattern_finds() -> None:
    from reader.analysis.speaker_bodies import _org_words
    from reader.model import Entity, EntityLabel

    rng = random.Random(5)
    pieces = ["rådet", "styrelsen", "styrelse", "Rådet", " ", "  ", "\n", "\t", "\u00a0", "x", ".", "råd", "et"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        ends = tuple(rng.sample(["rådet", "råd", "styrelsen", "styrelse", "et"], rng.randint(1, 3)))
        lead = re.compile(rf"(?:{'|'.join(map(re.escape, ends))})\s+$")
        for at in range(len(text) + 1):
            org = Entity(at, at, "", EntityLabel.ORG, "Miljø Styrelsen")
            by_pattern = bool(lead.search(text, max(0, at - 30), at))
            assert _org_words(text, org)[2].endswith(ends) == by_pattern, (text, at, ends)
            found += by_pattern
    assert found > 1000
    assert _org_words("x", Entity(0, 1, "x", EntityLabel.ORG, "Miljø Styrelsen"))[:2] == ("styrelsen", None)
    assert _org_words("x", Entity(0, 1, "x", EntityLabel.ORG, "Rådet"))[:2] == ("rådet", "rådet")


def test_the_last_verb_outside_the_quotes_is_what_reading_both_paragraphs_finds() -> None:
    from reader.analysis.antecedents import Spans

    rng = random.Random(6)
    verbs = re.compile(r"\b((?i:sag(?:de|t)?|siger|mener))\b")
    pieces = ["siger", "sagde", "Siger", " ", "\n\n", "\n", "x", "mener", "asiger", "sagt", ".", "\n\n\n"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 4))))
        spans = Spans([(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)])
        for before in range(len(text) + 1):
            para = text.rfind("\n\n", 0, before)
            previous = text.rfind("\n\n", 0, para) if para > 0 else -1
            window = previous + 2 if previous >= 0 else 0
            last = None
            for match in verbs.finditer(text, window, before):
                if not spans.covers(match.start()):
                    last = match
            mine = spans.last_outside(verbs, text, window, para + 2 if para >= 0 else window, before)
            assert (last and last.span()) == (mine and mine.span()), (text, before)


def test_the_platform_x_is_found_where_the_whole_pattern_finds_it() -> None:
    from reader.analysis.en_short_forms import _POSTED, _posted

    rng = random.Random(7)
    pieces = ["posted ", "skriver ", "wrote", " ", " on X", " på X", "X", "-", ".", "\n", "x" * 20, "x" * 7, "a ",
              "on", " X", "Xy", "sagde", "said ", "ton X", "_", "posts on X", "posted on X-"]
    found = 0
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        by_pattern = [m.span(1) for m in _POSTED.finditer(text)]
        assert [m.span(1) for m in _posted(text)] == by_pattern, text
        found += bool(by_pattern)
    assert found > 500
