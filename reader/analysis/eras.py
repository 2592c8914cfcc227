"""Centuries and decades are dates: "19th-century ship models", "the 19th century", "the 1990s",
"the ’80s"; Danish "1800-tallet", "1990'erne", "90’erne", "det 19. århundrede". The date scan had
none of them: "1800-tallet" gave the date "1800", "det 19. århundrede" the number 19."""

from __future__ import annotations

import re

Span = tuple[int, int, str]
# Led by the digit (what stands before it asked second): a scan can skip to the digits.
_EN = re.compile(r"\d(?<![\w.,]\d)(?:\d?(?:st|nd|rd|th)[- ]century|(?<=[12])\d\d0s)(?![\w-])")
_EN_SHORT = re.compile(r"['’](?<= .)\d0s(?![\w-])")  # "the ’80s"
_DA = re.compile(r"\d(?<![\w.,]\d)(?:(?<=[12])\d00-tal(?:let|lets)|\d{0,3}0['’]?erne|\d?\. århundrede)s?(?!\w)")
# What each match of it holds (one of its three branches): "erne" alone is in most Danish texts.
_DA_LITERALS = ("00-tal", "0erne", "0'erne", "0’erne", ". århundrede")


def with_eras(text: str, language: str, spans: list[Span]) -> list[Span]:
    """``spans`` (the date scan's, sorted, not overlapping) with each century or decade as one date in
    place of the numbers inside it."""
    if language == "da":
        if not any(literal in text for literal in _DA_LITERALS):
            return spans
        pattern = _DA
    else:
        if "century" not in text and "0s" not in text:
            return spans
        pattern = _EN
    eras = [(m.start(), m.end(), "DATE") for m in pattern.finditer(text)]
    if pattern is _EN and ("'" in text or "’" in text):
        eras = sorted(eras + [(m.start(), m.end(), "DATE") for m in _EN_SHORT.finditer(text)])
    if not eras:
        return spans
    kept, k = [], 0
    for x in spans:  # (both sorted: one walk, not a test of every span against every era)
        while k < len(eras) and eras[k][1] <= x[0]:
            k += 1
        if k == len(eras) or x[1] <= eras[k][0]:
            kept.append(x)
    return sorted(kept + eras)
