"""speed24: per-article fixed costs. The Danish role-opener pattern led by the line break (not by
``(?m)^``, tried at every position) finds what it found after a line break; the Danish reporting-verb patterns are made once a
set of verbs, not once a text, and are the patterns each text made before."""

from __future__ import annotations

import random
import re
from pathlib import Path

from reader.analysis import news_heads13, quote_da_bare_role, quote_da_turns
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


def _old_role_pattern(roles: tuple[str, ...]) -> re.Pattern:
    """The pattern as news_heads13 wrote it before speed24: led by ``(?m)^``."""
    up, low, cap = news_heads13._UP, news_heads13._LOW, news_heads13._CAP
    ends = "|".join(sorted(set(roles), key=len, reverse=True))
    whole = "|".join(sorted({r[:1].upper() + r[1:] for r in roles}, key=len, reverse=True))
    return re.compile(rf"(?m)^(?:[{up}][{low}]*(?:{ends})|{whole}) ({cap} {cap}(?: {cap})?)(?=[ ,.:])")


def test_role_openers_pattern_led_by_the_line_break_finds_what_the_line_start_led_found() -> None:
    roles = _ROLES + ("chauffør",)
    new, old = _role_pattern(), _old_role_pattern(roles)
    assert new.pattern.startswith("\\n")  # (what lets the engine skip to the line breaks)
    found = 0
    for text in _random_texts(6000, 24) + _articles():
        want = [m.groups() + (m.span(1),) for m in old.finditer(text) if m.start()]
        got = [m.groups() + (m.span(1),) for m in new.finditer(text)]
        assert got == want, text
        found += len(want)
        people = [(s, e, "PER") for *_g, (s, e) in want]
        assert news_heads13.role_openers(text, [], roles, lambda spans, at: None) == people
    assert found > 50


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
