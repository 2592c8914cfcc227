"""The tagger's label scores of one token, from cached partial sums.

Each part is cached under only what its features read (see ``token_features.token_left_features`` and
``token_features.token_right_features``): the word with whether it opens a sentence and the tag before it;
the word before it; the word after it with the tag; the word before and the word together; the word
and the word after together; the word two before; the word two after; and the last word of the
capitalised run ahead with its length. The keys are short, so a word seen before in new
surroundings, or new surroundings seen before with another word, cost look-ups only.

A row of weights is one integer (``packed``): the weights are whole thousandths, so the sums are
exact in any grouping and adding two rows is one addition.
"""

from __future__ import annotations

from operator import itemgetter, sub, truediv
from struct import Struct
from typing import Callable, Collection, Iterable, Sequence

from reader.analysis.token_features import (
    after2_features, after_features, before2_features, before_features, is_candidate, joined_after_features,
    joined_before_features, run_end, run_features, tag_word_features,
)
from reader.analysis.shapes import shape

Row = tuple[float, ...]
SCALE = 1000  # the weights are whole thousandths (train.py rounds them so): a weight is SCALE times one
_FIELD = 64  # bits a label's score takes in a packed row (the sums stay far below 2 ** 62)
_HALF = 1 << (_FIELD - 1)
_SHIFTS = tuple(_FIELD * k for k in range(64))  # where each label's field begins


def pack_rows(weights: dict[str, list]) -> dict[str, int]:
    """The packed rows of sparse ``[label, weight, ...]`` weights (scaled here). Rows of one, two or
    three weights (most) are written out: this runs at every model load."""
    out: dict[str, int] = {}
    r, shift, scale = round, _SHIFTS, float(SCALE)
    for feat, pairs in weights.items():
        n = len(pairs)
        if n == 2:
            out[feat] = r(pairs[1] * scale) << shift[pairs[0]]
        elif n == 4:
            out[feat] = (r(pairs[1] * scale) << shift[pairs[0]]) + (r(pairs[3] * scale) << shift[pairs[2]])
        elif n == 6:
            out[feat] = ((r(pairs[1] * scale) << shift[pairs[0]]) + (r(pairs[3] * scale) << shift[pairs[2]])
                         + (r(pairs[5] * scale) << shift[pairs[4]]))
        else:
            row = 0
            for k in range(0, n, 2):
                row += r(pairs[k + 1] * scale) << shift[pairs[k]]
            out[feat] = row
    return out


class Unpacker:
    """The label scores of packed rows of ``size`` labels: ``raw`` gives each score (times ``SCALE``)
    plus 2 ** 63 (every field then is non-negative, so no field borrows from the next: in order as
    the scores); ``values`` the scores themselves."""

    def __init__(self, size: int) -> None:
        self.offset = sum(_HALF << (_FIELD * k) for k in range(size))
        self.bytes = size * _FIELD // 8
        self.struct = Struct(f"<{size}Q")
        self.halves = (_HALF,) * size
        self.scales = (SCALE,) * size

    def raw(self, row: int) -> tuple[int, ...]:
        return self.struct.unpack((row + self.offset).to_bytes(self.bytes, "little"))

    def values(self, row: int) -> tuple[float, ...]:
        """The scores of ``row`` (each the nearest float to the exact sum)."""
        return tuple(map(truediv, map(sub, self.raw(row), self.halves), self.scales))


class TokenScorer:
    """The summed weight rows of a token's features, in cached parts."""

    def __init__(
        self, dense: dict[str, int], vocab: dict[str, str], labels: Sequence[str],
        word_features: Callable[[str, str, bool, dict[str, str]], list[str]],
    ) -> None:
        self.dense = dense  # feature -> packed row of weights
        self.vocab = vocab
        self.unpacker = Unpacker(len(labels))
        self.labels = tuple(labels)
        # The labels that may follow each tag (I-X only after B-X or I-X).
        after_o = tuple(k for k, label in enumerate(labels) if label[0] != "I")
        allowed = {"O": after_o}
        for label in labels[1:]:
            allowed[label] = tuple(sorted(after_o + (labels.index("I-" + label[2:]),)))
        self.word_features = word_features  # the features of the word alone (perceptron.word_features)
        self.static: dict[tuple[str, bool], int] = {}
        self.tagged: dict[tuple[str, bool, str], int] = {}  # the word's own and its tag_word_features
        self.before: dict[str | None, int] = {}
        self.after: dict[tuple[str | None, str], int] = {}
        self.far: dict[str, int] = {}
        self.far_right: dict[str, int] = {}
        self.ahead: dict[tuple[str, int], int] = {}
        self.joined_before: dict[tuple[str | None, str], int] = {}  # the word before and the word together
        self.joined_after: dict[tuple[str, str | None], int] = {}  # the word and the word after together
        # Every part that reads no more than the word, the words either side and the tag before.
        self.pair: dict[tuple, int] = {}
        self.capitals: dict[str, bool] = {}  # token_features.is_candidate of each word seen
        # Per tag before: a picker of the scores of the labels that may follow, and those labels.
        self.choices = {prev: (itemgetter(*ks), tuple(self.labels[k] for k in ks)) for prev, ks in allowed.items()}

    def tables(self) -> tuple[dict, ...]:
        """The caches."""
        return (self.static, self.tagged, self.before, self.after, self.far, self.far_right, self.ahead, self.pair,
                self.capitals, self.joined_before, self.joined_after)

    def size(self) -> int:
        """How many partial sums are cached."""
        return sum(map(len, self.tables()))

    def clear(self) -> None:
        """Forget the cached sums."""
        for table in self.tables():
            table.clear()

    def scores(self, feats: Iterable[str]) -> int:
        """The packed sum of the weight rows of ``feats``."""
        return sum(filter(None, map(self.dense.get, feats)))

    def totals(self, words: tuple[str, ...], i: int, first: bool, prev: str, extra: Iterable[str] = ()) -> Row:
        """The score of every label for token ``i`` (``first``: it opens a sentence; ``prev``: the tag
        before it; ``extra``: more features to count, as ``tag`` counts "paren=")."""
        n = len(words)
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < n else None
        key = (before, words[i], first, prev, after)
        total = self.pair.get(key)
        if total is None:
            total = self._pair(key)
        if i >= 2:
            total += self.scores(before2_features(words[i - 2]))
        if i + 2 < n:
            total += self.scores(after2_features(words[i + 2]))
        if prev == "O":
            last = run_end(words, i)
            if last > i:
                total += self.scores(run_features(words[last], last - i))
        return self.unpacker.values(total + self.scores(extra))

    def _pair(self, key: tuple) -> int:
        """The cached sum of the parts that read the word, the words either side and the tag before."""
        before, word, first, prev, after = key
        scores, vocab = self.scores, self.vocab
        tagged = self.tagged.get(key[1:4])
        if tagged is None:
            static = self.static.get((word, first))
            if static is None:
                static = self.static[word, first] = scores(self.word_features(word, word.lower(), first, vocab))
            tagged = self.tagged[key[1:4]] = static + scores(tag_word_features(word, first, prev))
        left = self.before.get(before)
        if left is None:
            left = self.before[before] = scores(before_features(before))
        right = self.after.get((after, prev))
        if right is None:
            right = self.after[after, prev] = scores(after_features(after, prev))
        # The joined parts by their two words (a pair of words recurs with other tags and words around).
        joined = self.joined_before.get((before, word))
        if joined is None:
            joined = self.joined_before[before, word] = scores(joined_before_features(before, word, vocab))
        joined_after = self.joined_after.get((word, after))
        if joined_after is None:
            joined_after = self.joined_after[word, after] = scores(joined_after_features(word, after, vocab))
        pair = self.pair[key] = tagged + left + right + joined + joined_after
        return pair

    def tag(
        self, words: tuple[str, ...], sentence_starts: set[int], cands: list[int],
        openers: Collection[str], connectors: Collection[str],
    ) -> tuple[dict[int, str], dict[int, Row]]:
        """Greedy left-to-right tags of the tokens ``cands`` (sparse: index -> tag, absent = O) and
        the label scores where a name begins (see ``perceptron.Model.tag``)."""
        tags: dict[int, str] = {}
        begins: dict[int, Row] = {}
        if len(self.pair) > 200_000 or len(self.after) > 200_000 or len(self.before) > 200_000:
            self.clear()  # bounds memory on a long text (the words alone stay far fewer)
        vocab = self.vocab
        cand_set = set(cands)
        if len(cands) > 1:
            extra = [i + 1 for i in cands if i + 2 in cand_set and words[i + 1].lower() in connectors]
            if extra:
                cands = sorted(cand_set.union(extra))
        n = len(words)
        pair_of, far_of, far_right_of, ahead_of = self.pair, self.far, self.far_right, self.ahead
        capitals, scores, get_row, choices = self.capitals, self.scores, self.dense.get, self.choices
        unpacker = self.unpacker
        offset, width, unpack = unpacker.offset, unpacker.bytes, unpacker.struct.unpack
        halves, scales = unpacker.halves, unpacker.scales
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
            key = (before, word, first, prev, after)
            total = pair_of.get(key)
            if total is None:
                total = self._pair(key)
            if i >= 2:
                far = far_of.get(words[i - 2])
                if far is None:
                    far = far_of[words[i - 2]] = scores(before2_features(words[i - 2]))
                total += far
            if i + 2 < n:
                far = far_right_of.get(words[i + 2])
                if far is None:
                    far = far_right_of[words[i + 2]] = scores(after2_features(words[i + 2]))
                total += far
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
                total += ahead
            if before == "(" and after == ")":
                total += get_row("paren=" + shape(word), 0)
            pick, names = choices[prev]
            fields = unpack((total + offset).to_bytes(width, "little"))  # ``Unpacker.raw``
            values = pick(fields)
            best = names[values.index(max(values))]  # the first best, as max() over the labels
            if best != "O":
                if best[0] == "B":
                    begins[i] = tuple(map(truediv, map(sub, fields, halves), scales))
                tags[i] = best
        return tags, begins
