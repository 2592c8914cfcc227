"""Bounded caches of pure functions of one word, kept across texts.

An article reuses most of the words of the articles before it, so what a fixed test says about a
word is worked out once a process, not once a text (the app and the index analyse one article at a
time). Each cache is emptied when it would pass its limit, so it never holds more than ``limit``
words (50,000: the two word memos full held 8.9 MB with the words they keep, measured by
tracemalloc; people's two and canonical's stems, full of 19-character names, 9.7 MB together);
``clear_memos`` empties them all (``Model.clear``, for benchmarks that start cold)."""

from __future__ import annotations

from itertools import compress, repeat
from typing import AbstractSet, Callable, Generic, Sequence, TypeVar

V = TypeVar("V")

LIMIT = 50_000
_ALL: list[WordMemo] = []  # every memo made, for clear_memos


class WordMemo(Generic[V]):
    """The values of ``fn`` (a function of a word, fixed for the process) for at most ``limit`` words."""

    def __init__(self, fn: Callable[[str], V], limit: int = LIMIT) -> None:
        self.fn = fn
        self.limit = limit
        self.known: dict[str, V] = {}
        _ALL.append(self)

    def hits(self, words: AbstractSet[str]) -> dict[str, V]:
        """``{word: fn(word)}`` for the ``words`` (distinct) whose value is true, new words worked
        out and remembered (each word looked up once, in C: most words of an article are known)."""
        order = tuple(words)
        values = list(map(self.known.get, order, repeat(_MISSING)))
        if _MISSING in values:
            values = self._fill(order, values)
        return dict(zip(compress(order, values), filter(None, values)))

    def each(self, words: Sequence[str]) -> list[V]:
        """``fn(word)`` for each of ``words`` in order, repeats too (new words worked out and remembered:
        a text's tokens looked up in order hit the CPU's caches more often than its distinct words do)."""
        values = list(map(self.known.get, words, repeat(_MISSING)))
        if _MISSING in values:
            order = tuple({word for word, value in zip(words, values) if value is _MISSING})
            fresh = dict(zip(order, self._fill(order, [_MISSING] * len(order))))
            values = [fresh[word] if value is _MISSING else value for word, value in zip(words, values)]
        return values

    def _fill(self, order: tuple[str, ...], values: list) -> list:
        """``values`` with the new words' (``_MISSING``) worked out, and remembered unless there are
        more than the limit (a word another thread emptied the memo of meanwhile is worked out again)."""
        fn, known = self.fn, self.known
        fresh = {word: fn(word) for word, value in zip(order, values) if value is _MISSING}
        if len(known) + len(fresh) > self.limit:
            known.clear()
        if len(fresh) <= self.limit:  # (more new words than it may hold: none kept)
            known.update(fresh)
        return [fresh[word] if value is _MISSING else value for word, value in zip(order, values)]

    def value(self, word: str) -> V:
        """``fn(word)``, remembered (the memo emptied first when it is full)."""
        known = self.known
        value = known.get(word, _MISSING)
        if value is _MISSING:
            if len(known) >= self.limit:
                known.clear()
            value = known[word] = self.fn(word)
        return value  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget every word."""
        self.known.clear()


_MISSING: object = object()


def clear_memos() -> None:
    """Empty every word memo."""
    for memo in _ALL:
        memo.clear()
