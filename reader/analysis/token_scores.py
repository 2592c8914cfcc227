"""The tagger's label scores of one token, from cached partial sums.

Each part is cached under only what its features read (see ``scoring.token_left_features`` and
``scoring.token_right_features``): the word, the word before it, whether it opens a sentence and the
tag before it; the word after it and the tag; the word two before; the word two after; and the last
word of the capitalised run ahead with its length. The keys are short, so a word seen before in new
surroundings, or new surroundings seen before with another word, cost look-ups only.
"""

from __future__ import annotations

from operator import add, itemgetter
from typing import Callable, Collection, Iterable, Sequence

from reader.analysis.scoring import (
    after2_features, before2_features, is_candidate, next_features, pair_features, run_end, run_features,
    tag_word_features,
)
from reader.analysis.shapes import shape

Row = tuple[float, ...]


class TokenScorer:
    """The summed weight rows of a token's features, in cached parts."""

    def __init__(
        self, dense: dict[str, Row], vocab: dict[str, str], labels: Sequence[str],
        word_features: Callable[[str, str, bool, dict[str, str]], list[str]],
    ) -> None:
        self.dense = dense
        self.vocab = vocab
        self.zero: Row = (0.0,) * len(labels)
        self.labels = tuple(labels)
        # The labels that may follow each tag (I-X only after B-X or I-X).
        self.after_o = tuple(k for k, label in enumerate(labels) if label[0] != "I")
        self.allowed = {"O": self.after_o}
        for label in labels[1:]:
            self.allowed[label] = tuple(sorted(self.after_o + (labels.index("I-" + label[2:]),)))
        self.word_features = word_features  # the features of the word alone (perceptron.word_features)
        self.static: dict[tuple[str, bool], Row] = {}
        self.near: dict[tuple, Row] = {}
        self.next: dict[tuple, Row] = {}
        self.far: dict[str, Row] = {}
        self.far_right: dict[str, Row] = {}
        self.ahead: dict[tuple[str, int], Row] = {}
        # The near and next sums added (the first addition of every total), by both their keys.
        self.pair: dict[tuple, Row] = {}
        self.capitals: dict[str, bool] = {}  # scoring.is_candidate of each word seen
        # Per tag before: a picker of the scores of the labels that may follow, and those labels.
        self.choices = {prev: (itemgetter(*allowed), tuple(self.labels[k] for k in allowed))
                        for prev, allowed in self.allowed.items()}

    def tables(self) -> tuple[dict, ...]:
        """The caches."""
        return self.static, self.near, self.next, self.far, self.far_right, self.ahead, self.pair, self.capitals

    def size(self) -> int:
        """How many partial sums are cached."""
        return sum(map(len, self.tables()))

    def clear(self) -> None:
        """Forget the cached sums."""
        for table in self.tables():
            table.clear()

    def scores(self, feats: Iterable[str]) -> Row:
        """The column sums of the weight rows of ``feats`` (a row is a non-empty tuple: never false)."""
        return tuple(map(sum, zip(*filter(None, map(self.dense.get, feats))))) or self.zero

    def totals(self, words: tuple[str, ...], i: int, first: bool, prev: str) -> list[float]:
        """The score of every label for token ``i`` (``first``: it opens a sentence; ``prev``: the
        tag before it)."""
        n = len(words)
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < n else None
        return self._totals(words, i, before, after, first, prev, n)

    def _totals(
        self, words: tuple[str, ...], i: int, before: str | None, after: str | None, first: bool, prev: str, n: int
    ) -> list[float]:
        """``totals``, always summed in the same order (leaving out a zero row changes no float)."""
        word = words[i]
        key = (before, word, first, prev)
        near = self.near.get(key)
        if near is None:
            near = self._near(key)
        key = (word, after, prev)
        right = self.next.get(key)
        if right is None:
            right = self.next[key] = self.scores(next_features(word, after, prev, self.vocab))
        far_left = far_right = self.zero
        if i >= 2:
            far_left = self.far.get(words[i - 2])
            if far_left is None:
                far_left = self.far[words[i - 2]] = self.scores(before2_features(words[i - 2]))
        if i + 2 < n:
            far_right = self.far_right.get(words[i + 2])
            if far_right is None:
                far_right = self.far_right[words[i + 2]] = self.scores(after2_features(words[i + 2]))
        if prev == "O":
            last = run_end(words, i)
            if last > i:
                key = (words[last], last - i)
                ahead = self.ahead.get(key)
                if ahead is None:
                    ahead = self.ahead[key] = self.scores(run_features(words[last], last - i))
                return [a + b + c + d + e for a, b, c, d, e in zip(near, right, far_left, far_right, ahead)]
        return [a + b + c + d for a, b, c, d in zip(near, right, far_left, far_right)]

    def _near(self, key: tuple[str | None, str, bool, str]) -> Row:
        """The cached sum of the word's own features and those it shares with the word before it."""
        before, word, first, prev = key
        static = self.static.get((word, first))
        if static is None:
            static = self.static[word, first] = self.scores(self.word_features(word, word.lower(), first, self.vocab))
        feats = tag_word_features(word, first, prev) + pair_features(before, word, self.vocab)
        near = self.near[key] = tuple(map(add, static, self.scores(feats)))
        return near

    def tag(
        self, words: tuple[str, ...], sentence_starts: set[int], cands: list[int],
        openers: Collection[str], connectors: Collection[str],
    ) -> tuple[dict[int, str], dict[int, Row]]:
        """Greedy left-to-right tags of the tokens ``cands`` (sparse: index -> tag, absent = O) and
        the label scores where a name begins (see ``perceptron.Model.tag``)."""
        tags: dict[int, str] = {}
        begins: dict[int, Row] = {}
        if len(self.near) > 200_000 or len(self.next) > 200_000 or len(self.pair) > 200_000:
            self.clear()  # bounds memory on a long text (the words alone stay far fewer)
        vocab = self.vocab
        cand_set = set(cands)
        if len(cands) > 1:
            extra = [i + 1 for i in cands if i + 2 in cand_set and words[i + 1].lower() in connectors]
            if extra:
                cands = sorted(cand_set.union(extra))
        n = len(words)
        pair_of, far_of, far_right_of, ahead_of = self.pair, self.far, self.far_right, self.ahead
        near_of, next_of, capitals = self.near, self.next, self.capitals
        zero, scores, get_row, choices = self.zero, self.scores, self.dense.get, self.choices
        for i in cands:
            prev = tags.get(i - 1, "O")
            if prev == "O" and i not in cand_set:
                continue  # a connector only continues a name
            word = words[i]
            before = words[i - 1] if i else None
            first = i in sentence_starts or (before is not None and before in openers)
            if first and prev == "O" and i + 1 not in cand_set and vocab.get(word.lower()) == "L":
                continue  # "Derfor", "Nu", "Her": an ordinary word opening a sentence
            after = words[i + 1] if i + 1 < n else None
            # ``_totals`` inlined: the same sums in the same order, the first two parts cached summed.
            key = (before, word, first, prev, after)
            pair = pair_of.get(key)
            if pair is None:
                near = near_of.get(key[:4])
                if near is None:
                    near = self._near(key[:4])
                right = next_of.get((word, after, prev))
                if right is None:
                    right = next_of[word, after, prev] = scores(next_features(word, after, prev, vocab))
                pair = pair_of[key] = tuple(map(add, near, right))
            far_left = far_right = zero
            if i >= 2:
                far_left = far_of.get(words[i - 2])
                if far_left is None:
                    far_left = far_of[words[i - 2]] = scores(before2_features(words[i - 2]))
            if i + 2 < n:
                far_right = far_right_of.get(words[i + 2])
                if far_right is None:
                    far_right = far_right_of[words[i + 2]] = scores(after2_features(words[i + 2]))
            last = i
            if prev == "O":
                while last + 1 < n and last - i < 5:
                    capital = capitals.get(words[last + 1])
                    if capital is None:
                        capital = capitals[words[last + 1]] = is_candidate(words[last + 1])
                    if not capital:
                        break
                    last += 1
            if last > i:
                key = (words[last], last - i)
                ahead = ahead_of.get(key)
                if ahead is None:
                    ahead = ahead_of[key] = scores(run_features(words[last], last - i))
                totals = [a + c + d + e for a, c, d, e in zip(pair, far_left, far_right, ahead)]
            else:
                totals = [a + c + d for a, c, d in zip(pair, far_left, far_right)]
            if before == "(" and after == ")":
                extra_row = get_row("paren=" + shape(word))
                if extra_row:
                    totals = list(map(add, totals, extra_row))
            pick, names = choices[prev]
            values = pick(totals)
            best = names[values.index(max(values))]  # the first best, as max() over the labels
            if best != "O":
                if best[0] == "B":
                    begins[i] = tuple(totals)
                tags[i] = best
        return tags, begins
