"""speed24: per-article fixed costs. A pattern led by ``(?m)^`` tried only after each line break
finds what the whole-text search found there; the Danish reporting-verb patterns are made once a
set of verbs, not once a text, and are the patterns each text made before."""

from __future__ import annotations

import random
import re
from pathlib import Path

from reader.analysis import news_heads13, news_scans, quote_da_bare_role, quote_da_turns
from reader.analysis.news_forms13 import _ROLES
from reader.analysis.reporting_verbs import speech_verbs, verb_pattern

ROOT = Path(__file__).resolve().parents[2]


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in ("tests/ner_articles", "tests/quote_articles", "sample_articles")
             for p in sorted((ROOT / folder).glob("*")) if p.is_file()]
    assert len(texts) > 20
    return texts


_PIECES = ["\n", "\n\n", "Chauffør ", "Direktør ", "Overlæge ", "chauffør ", "Ahmad ", "Rahimi", " Lise", " Holm",
           "Bo-Ib ", "har", ", ", ". ", ":", " ", "x", "É", "×", "ß", "Æ", "ø", "Lektor ", "Mette Krog", "\r", "\t"]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 18))) for _ in range(count)]


def _role_pattern() -> re.Pattern:
    roles = _ROLES + ("chauffør",)
    news_heads13.role_openers("", [], roles, lambda spans, at: None)  # (makes and keeps the pattern)
    return news_heads13._OPENERS[roles]


def test_after_breaks_finds_what_the_whole_text_search_found_after_a_line_break() -> None:
    pattern = _role_pattern()
    assert pattern.pattern.startswith("(?m)^")
    found = 0
    for text in _random_texts(6000, 24) + _articles():
        want = [(m.span(), m.groups()) for m in pattern.finditer(text) if m.start()]
        got = [(m.span(), m.groups()) for m in news_scans.after_breaks(pattern, text)]
        assert got == want, text
        found += len(want)
    assert found > 50


def test_after_breaks_skips_a_match_at_the_text_start_and_finds_one_per_line() -> None:
    pattern = re.compile(r"(?m)^[A-Z][a-z]+")
    text = "Alpha beta\nGamma\n\nDelta epsilon\nzeta\nEta"
    assert [m.group() for m in news_scans.after_breaks(pattern, text)] == ["Gamma", "Delta", "Eta"]
    assert list(news_scans.after_breaks(pattern, "Alpha")) == []


def test_said_after_verb_pattern_is_made_once_and_is_the_pattern_each_text_made() -> None:
    verbs = speech_verbs("da")
    made = quote_da_turns._said(verbs)
    assert made is quote_da_turns._said(verbs)
    assert made.pattern == verb_pattern(verbs) + r"(?=\s)"
    assert made.match("siger han", 0) is not None and made.match("sigerne", 0) is None


def test_bare_role_verb_pattern_is_made_once_and_is_the_pattern_each_text_made() -> None:
    made = quote_da_bare_role._said()
    assert made is quote_da_bare_role._said()
    assert made.pattern == (r"(?:" + verb_pattern(speech_verbs("da")) + r"|lyder\s+det\s+fra|lød\s+det\s+fra)\s+"
                            r"([a-zæøå]{4,})(?=\s*[.,]|\s+(?:til|i|på|over|efter)\s)")
    said = made.match("lyder det fra kurator.")
    assert said is not None and said.group(1) == "kurator"
