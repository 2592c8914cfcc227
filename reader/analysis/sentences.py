"""Sentence spans: split after . ! ? … unless the dot ends an abbreviation, initial or ordinal."""

from __future__ import annotations

import re

from reader.analysis.lexicon import ABBREVIATIONS, DA_MONTHS, SENTENCE_FINAL_ABBREVIATIONS

# A candidate boundary: terminal punctuation (plus closing quotes/brackets), then whitespace.
# Blank lines and single newlines (headlines, list items) always end a sentence.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'»«”’)\]]*+(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")
_NEXT = re.compile(r"\s*([\"'»«“„”(\[\-–—]*)(\S?)")
_MONTHS = {m.lower() for m in DA_MONTHS} | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}


def _is_boundary(text: str, dot_start: int, end: int) -> bool:
    """Whether the punctuation at ``dot_start`` (ending at ``end``) closes a sentence."""
    mark = text[dot_start]
    nxt = _NEXT.match(text, end)
    first = nxt.group(2) if nxt else ""
    if not first:
        return True
    if mark != ".":
        return not first.islower()
    if first.islower():
        return False
    before = _WORD_BEFORE.search(text, max(0, dot_start - 12), dot_start)
    if before is None:
        return True
    word = before.group(1)
    low = word.lower().strip(".")
    if low in SENTENCE_FINAL_ABBREVIATIONS:
        return True
    if low in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return False  # "hr. Jensen", "K. Andersen"
    if word.isdigit() and len(word) <= 2:
        after = text[nxt.start(2): nxt.start(2) + 12].split(" ", 1)[0].lower().strip(".,")
        return after not in _MONTHS  # "1. Maj" stays together; "22." at a sentence end splits
    return True


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open spans of the sentences of ``text``, whitespace trimmed, covering all its words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        s, e = match.span()
        if text[s] != "\n" and not _is_boundary(text, s, e):
            continue
        _add(text, start, e, spans)
        start = e
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``text[start:end]`` trimmed of whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
