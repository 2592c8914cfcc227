"""Centuries and decades are dates: "19th-century ship models", "the 19th century", "the 1990s",
"the ’80s"; Danish "1800-tallet", "1990'erne", "90’erne", "det 19. århundrede". The date scan had
none of them: "1800-tallet" gave the date "1800", "det 19. århundrede" the number 19."""

from __future__ import annotations

import re

Span = tuple[int, int, str]
_EN = re.compile(r"(?<![\w.,])(?:\d{1,2}(?:st|nd|rd|th)[- ]century|(?:1\d|20)\d0s|(?<= )['’]\d0s)(?![\w-])")
_DA = re.compile(r"(?<![\w.,])(?:[12]\d00-tal(?:let|lets)|(?:1\d|20)?\d0['’]?erne|\d{1,2}\. århundrede)(?:s)?(?!\w)")


def with_eras(text: str, language: str, spans: list[Span]) -> list[Span]:
    """``spans`` (the date scan's, sorted, not overlapping) with each century or decade as one date in
    place of the numbers inside it."""
    if language == "da":
        if "-tal" not in text and "erne" not in text and "århundrede" not in text:
            return spans
        pattern = _DA
    else:
        if "century" not in text and "0s" not in text:
            return spans
        pattern = _EN
    eras = [(m.start(), m.end(), "DATE") for m in pattern.finditer(text)]
    if not eras:
        return spans
    kept = [x for x in spans if not any(x[0] < e and s < x[1] for s, e, _ in eras)]
    return sorted(kept + eras)
