"""Bounded caches of pure functions of one word, kept across texts.

An article reuses most of the words of the articles before it, so what a fixed test says about a
word is worked out once a process, not once a text (the app and the index analyse one article at a
time). Each cache is emptied when it would pass its limit, so it never holds more than ``limit``
words (100,000 words: some 10-15 MB with the words themselves); ``clear_memos`` empties them all
(``Model.clear``, for benchmarks that start cold)."""

from __future__ import annotations

from typing import Callable, Generic, Iterable, TypeVar

V = TypeVar("V")

LIMIT = 100_000
_ALL: list[WordMemo] = []  # every memo made, for clear_memos


class WordMemo(Generic[V]):
    """The values of ``fn`` (a function of a word, fixed for the process) for at most ``limit`` words."""

    def __init__(self, fn: Callable[[str], V], limit: int = LIMIT) -> None:
        self.fn = fn
        self.limit = limit
        self.known: dict[str, V] = {}
        _ALL.append(self)

    def table(self, words: Iterable[str]) -> dict[str, V]:
        """``{word: fn(word)}`` for the distinct ``words``, new words worked out and remembered."""
        known = self.known
        table = {word: known.get(word, _MISSING) for word in words}
        new = [word for word, value in table.items() if value is _MISSING]
        if new:
            fn = self.fn
            fresh = {word: fn(word) for word in new}
            table.update(fresh)
            if len(known) + len(fresh) > self.limit:
                known.clear()
            if len(fresh) <= self.limit:
                known.update(fresh)
        return table  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget every word."""
        self.known.clear()


_MISSING: object = object()


def clear_memos() -> None:
    """Empty every word memo."""
    for memo in _ALL:
        memo.clear()
