"""The patterns and values kept across texts in speed14 (compiled once a name, a stem or a word set;
stems kept in a word memo) answer as the per-call forms they replaced, and stay bounded."""

from __future__ import annotations

import random
import re
from pathlib import Path

from reader.analysis import canonical, news_scans, quote_news, quote_role_opener, span_set
from reader.analysis.iob import read_marked

ARTICLES = Path(__file__).resolve().parents[1] / "ner_articles" / "da.txt"
NAMES = ["Ribe", "Hanne", "Kristian", "Lars'", "USA's", "Natos", "Anne Holm", "O'Brien", "Lee", "Bo", "Ås", "Søs"]
PIECES = [" og ", " and ", " & ", "Lauridsen", "Berg", " ", ", ", "\n", "aHanne", "Hanne", "Kristian", "Ribe",
          "Lee", "Bo", "Ås", "Søs", "Lars'", "USA's", "O'Brien", "x", "Kim", "Hansens"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16))) for _ in range(count)]
    return made + [article.text for article in read_marked(ARTICLES)][:40]


def test_pair_patterns_as_the_searches_they_replaced() -> None:
    for text in _texts(400, 1):
        for name in ("Hanne", "Kristian", "Ribe", "Bo", "Søs", "Lee"):
            plain = re.search(rf"{name}(?<!\w{name})\s+(?:and|og|&)\s+[A-ZÆØÅ][a-zæøå]+\s+([A-ZÆØÅ][\w'’-]+)\b", text)
            found = quote_news._first_pair(text, name)
            assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups())), (text, name)
            tail = re.compile(rf"{name}(?<=\s{name})\s+([A-ZÆØÅ][\w'’-]+)\b")
            assert quote_news._tail_pattern(name).pattern == tail.pattern
            assert [m.span() for m in quote_news._tail_pattern(name).finditer(text)] == [
                m.span() for m in tail.finditer(text)]


def test_name_and_role_patterns_as_compiled_afresh() -> None:
    rng = random.Random(2)
    for text in _texts(300, 2):
        name = rng.choice(NAMES)
        tail = rng.choice([r"(?![\w-])", r"(?![\w-]| [A-ZÆØÅ]|\s?&)", ""])
        old = [m.span() for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + tail, text)]
        assert [m.span() for m in span_set.mentions(text, name, tail)] == old, (text, name, tail)
        stem = rng.choice(["borgmester", "Direktør", "formand", "lee", "bo"])
        plain = re.compile(r"(?i)" + re.escape(stem) + r",?\s+$")
        assert [m.span() for m in quote_role_opener._role_pattern(stem).finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_stems_across_texts_as_worked_out() -> None:
    rng = random.Random(3)
    for _ in range(500):
        name = "".join(rng.choice(["Na", "to", "s", "'s", "’s", "'", "US", "A", " ", "Lars"]) for _ in range(rng.randint(1, 5)))
        assert canonical._STEMS.value(name) == canonical._stem(name), name
    for text in _texts(0, 4):
        spans = [(m.start(), m.end(), "ORG") for m in re.finditer(r"[A-ZÆØÅ]\w+(?:'s|s)?", text)]
        canonical._STEMS.clear()
        fresh = canonical.canonical_names(text, spans, "da")
        assert canonical.canonical_names(text, spans, "da") == fresh  # (stems now from the memo)


def test_spaced_literals_as_built_per_call() -> None:
    words = ("HK", "IF", "head coach")
    assert news_scans._spaced(words, " ", "") == tuple(f" {w}" for w in words)
    assert news_scans._spaced(words, " ", " ") == tuple(f" {w} " for w in words)


def test_pattern_caches_stay_bounded() -> None:
    for k in range(3000):
        span_set._name_pattern(f"Navn{k}", r"(?![\w-])")
        quote_news._first_pattern(f"Navn{k}")
        quote_news._tail_pattern(f"Navn{k}")
        quote_role_opener._role_pattern(f"rolle{k}")
        canonical._STEMS.value(f"Navn{k}s")
    for cached in (span_set._name_pattern, quote_news._first_pattern, quote_news._tail_pattern,
                   quote_role_opener._role_pattern):
        info = cached.cache_info()
        assert info.maxsize is not None and info.currsize <= info.maxsize <= 2048
    assert len(canonical._STEMS.known) <= canonical._STEMS.limit
