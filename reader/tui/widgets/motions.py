"""Cursor motions over an article: words, sentences, paragraphs and highlighted items.

The cursor is a span ``(start, end)``: usually a word, or a whole entity or quote after a jump.
Pure functions of sorted span lists, so they are cheap per key press and easy to test.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

Span = tuple[int, int]

WORD = re.compile(r"\w+(?:[-'’.,:/]\w+)*")


def word_spans(text: str) -> list[Span]:
    """Spans of the words of ``text`` (letters/digits, keeping inner hyphens, apostrophes, decimals)."""
    return [m.span() for m in WORD.finditer(text)]


class Motions:
    """Word/sentence/paragraph geometry of one text, for cursor movement."""

    def __init__(self, text: str, sentences: Sequence[Span], paragraphs: Sequence[Span]) -> None:
        self.text = text
        self.words = word_spans(text) or [(0, 0)]
        self.word_starts = [start for start, _ in self.words]
        self.sentences = list(sentences) or list(paragraphs) or [(0, len(text))]
        self.sentence_starts = [start for start, _ in self.sentences]
        self.paragraphs = list(paragraphs) or [(0, len(text))]
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    # -- lookups -------------------------------------------------------------
    def word_at(self, offset: int) -> Span:
        """The word containing ``offset``, or the nearest word before it (the first word if none)."""
        index = max(0, bisect_right(self.word_starts, offset) - 1)
        return self.words[index]

    def _unit_index(self, starts: list[int], offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    def sentence_at(self, offset: int) -> Span:
        """The sentence containing ``offset`` (or the one before it)."""
        return self.sentences[self._unit_index(self.sentence_starts, offset)]

    def paragraph_at(self, offset: int) -> Span:
        """The paragraph containing ``offset`` (or the one before it)."""
        return self.paragraphs[self._unit_index(self.paragraph_starts, offset)]

    def first_word(self, span: Span) -> Span:
        """The first word inside ``span``."""
        index = bisect_left(self.word_starts, span[0])
        if index < len(self.words) and self.words[index][0] < span[1]:
            return self.words[index]
        return self.word_at(span[0])

    def last_word(self, span: Span) -> Span:
        """The last word inside ``span``."""
        index = bisect_left(self.word_starts, span[1]) - 1
        if index >= 0 and self.words[index][0] >= span[0]:
            return self.words[index]
        return self.word_at(span[0])

    # -- motions -------------------------------------------------------------
    def word(self, cursor: Span, step: int) -> Span:
        """The word ``step`` words away from the cursor's word."""
        if step > 0:
            index = bisect_left(self.word_starts, cursor[1])
            index = min(index + step - 1, len(self.words) - 1)
        else:
            index = bisect_left(self.word_starts, cursor[0]) + step
            index = max(index, 0)
        return self.words[index]

    def unit(self, cursor: Span, step: int, kind: str, extend_end: bool) -> Span:
        """Move by sentence or paragraph (``kind``); ``extend_end`` lands on the unit's last word."""
        spans = self.sentences if kind == "sentence" else self.paragraphs
        starts = self.sentence_starts if kind == "sentence" else self.paragraph_starts
        index = self._unit_index(starts, cursor[0])
        if step > 0:
            last = self.last_word(spans[index])
            if index == len(spans) - 1:  # nothing further: go to the end, never backwards
                return last if cursor[1] < last[1] else cursor
            if extend_end:
                return last if cursor[1] < last[1] else self.last_word(spans[index + 1])
            return self.first_word(spans[index + 1])
        first = self.first_word(spans[index])
        if extend_end:
            return self.last_word(spans[max(index - 1, 0)])
        if cursor[0] > first[0]:
            return first
        return self.first_word(spans[max(index - 1, 0)])


def next_item(items: Sequence[Span], cursor: Span, step: int) -> Span | None:
    """The item after (step > 0) or before (step < 0) the cursor in sorted ``items``, if any."""
    if not items:
        return None
    starts = [start for start, _ in items]
    if step > 0:
        index = bisect_right(starts, cursor[0])
        return items[index] if index < len(items) else None
    index = bisect_left(starts, cursor[0]) - 1
    return items[index] if index >= 0 else None


def step_item(items: Sequence[Span], cursor: Span, step: int) -> Span | None:
    """As ``next_item`` over sorted, distinct ``items``, but from a cursor standing exactly on an
    item (where a jump put it): the item next to it in order, one that starts on the same word too."""
    here = (cursor[0], cursor[1])
    index = bisect_left(items, here)
    if index < len(items) and items[index] == here:
        index += step
        return items[index] if 0 <= index < len(items) else None
    return next_item(items, cursor, step)


def covering(items: Sequence[Span], offset: int) -> Span | None:
    """The first item of sorted ``items`` that contains ``offset``."""
    starts = [start for start, _ in items]
    index = bisect_right(starts, offset) - 1
    while index >= 0:
        start, end = items[index]
        if start <= offset < end:
            return items[index]
        index -= 1
    return None
