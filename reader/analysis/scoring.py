"""Cached partial scores: the typer's and the tagger's features split by what they depend on.

A feature of a name depends on the name's own words, or on the words to its left, or on those to
its right. The weight sums of each part are cached under that part alone, so a name seen before in
new surroundings (or new surroundings seen before with another name) costs only dictionary look-ups.
The sums equal those over the full feature lists of ``typer.span_features`` and
``perceptron.word_features``/``context_features`` (tests check that the parts cover them exactly).
"""

from __future__ import annotations

from typing import Sequence

from reader.analysis.gazetteer import lookup
from reader.analysis.shapes import shape
from reader.analysis import typer
from reader.analysis.typer import SPAN_KEY, TYPES, WORD_KEY, cue_features, span_kinds

Row = tuple[float, ...]
_ZERO4: Row = (0.0,) * len(TYPES)


def span_static_features(words: list[str], i: int, j: int, first: bool, vocab: dict[str, str]) -> list[str]:
    """The typer's features of the span ``words[i:j]`` that read only its own words."""
    lows = [w.lower() for w in words[i:j]]
    last = lows[-1]
    stem = last[:-1] if last.endswith("s") and len(last) > 3 else last
    if last.endswith(("'s", "’s")):
        stem = last[:-2]
    full = " ".join(lows)
    get = vocab.get
    feats = [
        "b", "span=" + full, "f=" + lows[0], "l=" + last, "stem=" + stem, "ls3=" + stem[-3:],
        "ls4=" + stem[-4:], "ls5=" + stem[-5:], "fs3=" + lows[0][-3:], "n=" + str(min(j - i, 4)),
        "gzf=" + lookup(full), "gzl=" + lookup(stem), "gz0=" + lookup(lows[0]), "first=" + str(first),
        "gen=" + str(stem != last), "caps=" + str(words[i].isupper() and len(words[i]) > 1),
        "cls=" + get(lows[0], "U") + get(last, "U"), "mem=" + get(SPAN_KEY + full, "-"),
        "lmem=" + get(WORD_KEY + stem, "-"), "fmem=" + get(WORD_KEY + lows[0], "-"),
    ]
    for low in lows:
        feats += ("t=" + low, "tg=" + lookup(low), "tm=" + get(WORD_KEY + low, "-"))
    if "-" in last:
        feats.append("hy=" + last.rpartition("-")[2])
    feats += typer.more_features(words, i, j, lows)
    if typer.HYPHENS:
        feats += typer.hyphen_features(lows, vocab)
    return feats


def span_left_features(left: list[str], vocab: dict[str, str]) -> list[str]:
    """The typer's features of the words before a span (up to ``CONTEXT``), ``left`` in text order."""
    lows = [w.lower() for w in left]
    pw = lows[-1] if lows else "<s>"
    pw2 = lows[-2] if len(lows) > 1 else "<s>"
    feats = ["pw=" + pw, "pww=" + pw2 + "|" + pw, "pcls=" + vocab.get(pw, "U")]
    feats += ["lb=" + low for low in lows[:-2]]
    return feats


def span_right_features(right: list[str]) -> list[str]:
    """The typer's features of the words after a span (up to ``CONTEXT``)."""
    lows = [w.lower() for w in right]
    nw = lows[0] if lows else "</s>"
    nw2 = lows[1] if len(lows) > 1 else "</s>"
    return ["nw=" + nw, "nww=" + nw + "|" + nw2] + ["rb=" + low for low in lows[2:]]


def span_cross_features(words: list[str], i: int, j: int) -> list[str]:
    """The typer's features that join the word before and the word after a span."""
    n = len(words)
    pw = words[i - 1].lower() if i > 0 else "<s>"
    nw = words[j].lower() if j < n else "</s>"
    feats = ["ctx=" + pw + "|" + nw]
    if j - i == 1 and 0 < i and j < n and words[i - 1] == "(" and words[j] == ")":
        feats.append("paren")
    return feats + typer.lone_features(words, i, j) + typer.near_features(words, i, j)


def row_sum(weights: dict[str, Row], feats: list[str], size: int) -> Row:
    """The column sums of the weight rows of ``feats``."""
    rows = [row for row in map(weights.get, feats) if row is not None]
    if not rows:
        return (0.0,) * size
    return tuple(map(sum, zip(*rows)))


class SpanScorer:
    """The typer's scores of a span, from three cached parts and the cross features."""

    def __init__(self, weights: dict[str, Row], vocab: dict[str, str]) -> None:
        self.weights = weights
        self.vocab = vocab
        self.static: dict[tuple, Row] = {}
        self.left: dict[tuple[str, ...], Row] = {}
        self.right: dict[tuple[str, ...], Row] = {}
        self.kinds: dict[tuple, tuple[str, str]] = {}
        self.cross: dict[tuple, Row] = {}

    def clear(self) -> None:
        """Forget the cached parts."""
        for table in (self.static, self.left, self.right, self.kinds, self.cross):
            table.clear()

    def best(self, words: list[str], i: int, j: int, first: bool, prior: list[float] | None) -> str:
        """The best type of ``words[i:j]`` (``prior``: scores to add per type)."""
        totals = self.totals(words, i, j, first, prior)
        return TYPES[totals.index(max(totals))]

    def totals(self, words: list[str], i: int, j: int, first: bool, prior: list[float] | None) -> list[float]:
        """The score of each type (``typer.TYPES``) for ``words[i:j]``."""
        weights = self.weights
        key = (tuple(words[i:j]), first)
        static = self.static.get(key)
        if static is None:
            static = self.static[key] = row_sum(weights, span_static_features(words, i, j, first, self.vocab), 4)
        # Two words either side are cached together; the two beyond are single-word features.
        lkey = tuple(words[i - 2 if i >= 2 else 0: i])
        left = self.left.get(lkey)
        if left is None:
            left = self.left[lkey] = row_sum(weights, span_left_features(list(lkey), self.vocab), 4)
        rkey = tuple(words[j: j + 2])
        right = self.right.get(rkey)
        if right is None:
            right = self.right[rkey] = row_sum(weights, span_right_features(list(rkey)), 4)
        if typer.CONTEXT > 2:
            far = [weights.get("lb=" + w.lower()) for w in words[max(0, i - typer.CONTEXT): max(0, i - 2)]]
            far += [weights.get("rb=" + w.lower()) for w in words[j + 2: j + typer.CONTEXT]]
            far = [row for row in far if row is not None]
            if far:
                right = tuple(map(sum, zip(right, *far)))
        n = len(words)
        before = words[i - 1] if i > 0 else "<s>"
        after = words[j] if j < n else "</s>"
        nw2 = words[j + 1] if j + 1 < n else "</s>"
        # The features that join the span with the words around it: the same for the same span
        # between the same three words ("<s>" and "</s>" are never tokens).
        ckey = (key, before, after, nw2)
        cross = self.cross.get(ckey)
        if cross is None:
            cross = self.cross[ckey] = self._cross(words, i, j, key, before, after, nw2)
        if prior is None:
            return [0.0 + b + c + d + e for b, c, d, e in zip(static, left, right, cross)]
        return [a + b + c + d + e for a, b, c, d, e in zip(prior, static, left, right, cross)]

    def _cross(self, words: list[str], i: int, j: int, key: tuple, before: str, after: str, nw2: str) -> Row:
        """The weight sums of the cross, lone-word and cue features of ``words[i:j]``."""
        weights = self.weights
        cross = weights.get("ctx=" + before.lower() + "|" + after.lower(), _ZERO4)
        if before == "(" and after == ")" and j - i == 1:
            cross = tuple(map(sum, zip(cross, weights.get("paren", _ZERO4))))
        if typer.LONE_CUES and j - i == 1:
            lone = [row for row in map(weights.get, typer.lone_features(words, i, j)) if row]
            if lone:
                cross = tuple(map(sum, zip(cross, *lone)))
        near = [row for row in map(weights.get, typer.near_features(words, i, j)) if row]
        if near:
            cross = tuple(map(sum, zip(cross, *near)))
        if typer.CUES:
            kinds = self.kinds.get(key)
            if kinds is None:
                lows = [w.lower() for w in words[i:j]]
                last = lows[-1]
                stem = last[:-2] if last.endswith(("'s", "’s")) else last[:-1] if last.endswith("s") and len(last) > 3 else last
                kinds = self.kinds[key] = span_kinds(" ".join(lows), stem, self.vocab)
            cues = [row for row in map(weights.get, cue_features(kinds, before.lower(), after.lower(), nw2.lower())) if row]
            if cues:
                cross = tuple(map(sum, zip(cross, *cues)))
        return cross


# Context cues for the tagger: the kind of word (gazetteer class, the types it had in training)
# joined with the word before and the word after it. Off: cross-validated typed F1 +0.002 only, and
# the seed article then loses "Det Udenrigspolitiske Nævn".
CUES = False


def word_kind(low: str, vocab: dict[str, str]) -> str:
    """The gazetteer class of the lower-case word ``low`` and the types it had in training."""
    return (lookup(low) or "-") + vocab.get(WORD_KEY + low, "-")


def token_left_features(words: Sequence[str], i: int, first: bool, prev: str, vocab: dict[str, str]) -> list[str]:
    """The tagger's context features of token ``i`` that read the tag and words before it."""
    word = words[i]
    low = word.lower()
    pw = words[i - 1].lower() if i > 0 else "<s>"
    pos = "F" if first else "M"
    feats = ["pw=" + pw, "pt=" + prev, "ptw=" + prev + low, "ptsh=" + prev + shape(word) + pos, "pww=" + pw + "|" + low]
    if i >= 2:
        feats.append("pw2=" + words[i - 2].lower())
    if i > 0 and words[i - 1][:1].isupper():
        feats.append("gzp=" + lookup(pw))
    if CUES:
        feats.append("kpw=" + word_kind(low, vocab) + "|" + pw)
    return feats


def token_right_features(words: Sequence[str], i: int, prev: str, vocab: dict[str, str]) -> list[str]:
    """The tagger's context features of token ``i`` that read the words after it (and the tag before)."""
    low = words[i].lower()
    n = len(words)
    nw = words[i + 1].lower() if i + 1 < n else "</s>"
    nw_raw = words[i + 1] if i + 1 < n else ""
    cap = nw_raw[:1].isupper()
    feats = ["nw=" + nw, "ncap=" + str(bool(cap)) + prev, "wnw=" + low + "|" + nw]
    if i + 2 < n:
        feats.append("nw2=" + words[i + 2].lower())
    if i + 1 < n and cap:
        two = lookup(low + " " + nw)
        if two:
            feats.append("gz2=" + two)
    if cap:
        feats.append("gzn=" + lookup(nw))
    if CUES:
        feats.append("knw=" + word_kind(low, vocab) + "|" + nw)
    if prev == "O":
        last = i
        while last + 1 < n and last - i < 5 and is_candidate(words[last + 1]):
            last += 1
        if last > i:
            lw = words[last].lower()
            feats += ("rl=" + lw, "rls=" + lw[-4:], "rlg=" + lookup(lw), "rn=" + str(last - i))
    return feats


def is_candidate(word: str) -> bool:
    """Whether a token can start or continue a name on its own (it has a capital or a digit)."""
    first = word[0]
    return True if first.isupper() else first.isalpha() and not word.islower()
