"""The tagger's label scores of one token, from cached partial sums.

Each part is cached under only what its features read (see ``scoring.token_left_features`` and
``scoring.token_right_features``): the word, the word before it, whether it opens a sentence and the
tag before it; the word after it and the tag; the word two before; the word two after; and the last
word of the capitalised run ahead with its length. The keys are short, so a word seen before in new
surroundings, or new surroundings seen before with another word, cost look-ups only.
"""

from __future__ import annotations

from operator import add
from typing import Callable, Iterable

from reader.analysis.scoring import (
    after2_features, before2_features, next_features, pair_features, run_end, run_features, tag_word_features,
)

Row = tuple[float, ...]


class TokenScorer:
    """The summed weight rows of a token's features, in cached parts."""

    def __init__(
        self, dense: dict[str, Row], vocab: dict[str, str], size: int,
        word_features: Callable[[str, str, bool, dict[str, str]], list[str]],
    ) -> None:
        self.dense = dense
        self.vocab = vocab
        self.zero: Row = (0.0,) * size
        self.word_features = word_features  # the features of the word alone (perceptron.word_features)
        self.static: dict[tuple[str, bool], Row] = {}
        self.near: dict[tuple, Row] = {}
        self.next: dict[tuple, Row] = {}
        self.far: dict[str | tuple[str], Row] = {}
        self.ahead: dict[tuple[str, int], Row] = {}

    def tables(self) -> tuple[dict, ...]:
        """The caches."""
        return self.static, self.near, self.next, self.far, self.ahead

    def size(self) -> int:
        """How many partial sums are cached."""
        return sum(map(len, self.tables()))

    def clear(self) -> None:
        """Forget the cached sums."""
        for table in self.tables():
            table.clear()

    def scores(self, feats: Iterable[str]) -> Row:
        """The column sums of the weight rows of ``feats``."""
        rows = [row for row in map(self.dense.get, feats) if row is not None]
        return tuple(map(sum, zip(*rows))) if rows else self.zero

    def totals(self, words: tuple[str, ...], i: int, first: bool, prev: str) -> list[float]:
        """The score of every label for token ``i`` (``first``: it opens a sentence; ``prev``: the
        tag before it), always summed in the same order (adding a zero row changes no float)."""
        word = words[i]
        n = len(words)
        before = words[i - 1] if i else None
        key = (before, word, first, prev)
        near = self.near.get(key)
        if near is None:
            static = self.static.get(key[1:3])
            if static is None:
                static = self.static[key[1:3]] = self.scores(self.word_features(word, word.lower(), first, self.vocab))
            feats = tag_word_features(word, first, prev) + pair_features(before, word, self.vocab)
            near = self.near[key] = tuple(map(add, static, self.scores(feats)))
        key = (word, words[i + 1] if i + 1 < n else None, prev)
        after = self.next.get(key)
        if after is None:
            after = self.next[key] = self.scores(next_features(word, key[1], prev, self.vocab))
        far_left = far_right = ahead = self.zero
        if i >= 2:
            far_left = self.far.get(words[i - 2])
            if far_left is None:
                far_left = self.far[words[i - 2]] = self.scores(before2_features(words[i - 2]))
        if i + 2 < n:
            far_right = self.far.get((words[i + 2],))
            if far_right is None:
                far_right = self.far[(words[i + 2],)] = self.scores(after2_features(words[i + 2]))
        if prev == "O":
            last = run_end(words, i)
            if last > i:
                key = (words[last], last - i)
                ahead = self.ahead.get(key)
                if ahead is None:
                    ahead = self.ahead[key] = self.scores(run_features(words[last], last - i))
        return [a + b + c + d + e for a, b, c, d, e in zip(near, after, far_left, far_right, ahead)]
