"""Bounded caches of pure functions of one word, kept across texts.

An article reuses most of the words of the articles before it, so what a fixed test says about a
word is worked out once a process, not once a text (the app and the index analyse one article at a
time). Each cache is emptied when it would pass its limit, so it never holds more than ``limit``
words (50,000: the two memos full held 8.9 MB with the words they keep, measured by tracemalloc);
``clear_memos`` empties them all (``Model.clear``, for benchmarks that start cold)."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter
from typing import AbstractSet, Callable, Generic, TypeVar

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
        out and remembered (the known ones looked up in C: most words of an article are known)."""
        known = self.known
        new = words.difference(known)
        if new:
            fn = self.fn
            fresh = {word: fn(word) for word in new}
            if len(known) + len(fresh) > self.limit:
                known.clear()
            if len(fresh) > self.limit:  # (more new words than it may hold: none kept)
                return {word: value for word, value in {**fresh, **self._known_of(words - new)}.items() if value}
            known.update(fresh)
        order = tuple(words)
        try:
            values = itemgetter(*order)(known) if len(order) > 1 else tuple(map(known.__getitem__, order))
        except KeyError:  # (emptied meanwhile by another thread: worked out again)
            values = tuple(map(self._value, order))
        return dict(zip(compress(order, values), filter(None, values)))

    def _known_of(self, words: AbstractSet[str]) -> dict[str, V]:
        return {word: self._value(word) for word in words}

    def _value(self, word: str) -> V:
        value = self.known.get(word, _MISSING)
        return self.fn(word) if value is _MISSING else value  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget every word."""
        self.known.clear()


_MISSING: object = object()


def clear_memos() -> None:
    """Empty every word memo."""
    for memo in _ALL:
        memo.clear()
