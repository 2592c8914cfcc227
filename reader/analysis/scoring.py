"""Cached partial scores: the typer's and the tagger's features split by what they depend on.

A feature of a name depends on the name's own words, or on the words to its left, or on those to
its right. The weight sums of each part are cached under that part alone, so a name seen before in
new surroundings (or new surroundings seen before with another name) costs only dictionary look-ups.
The sums equal those over the full feature lists of ``typer.span_features`` (tests check that the
parts cover them exactly); the tagger's parts are in ``token_features``.
"""

from __future__ import annotations

from operator import add
from typing import Sequence

from reader.analysis.gazetteer import lookup
from reader.analysis import typer
from reader.analysis.typer import SPAN_KEY, TYPES, WORD_KEY, cue_features, span_kinds

Row = tuple[float, ...]


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
    if typer.WORLD:
        feats += typer.world_features(lows, stem, vocab)
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
    """The column sums of the weight rows of ``feats`` (a row is a non-empty tuple: never false)."""
    return tuple(map(sum, zip(*filter(None, map(weights.get, feats))))) or (0.0,) * size


class SpanScorer:
    """The typer's scores of a span, from three cached parts and the cross features."""

    def __init__(self, weights: dict[str, Row], vocab: dict[str, str]) -> None:
        self.weights = weights
        self.vocab = vocab
        self.static: dict[tuple, tuple[Row, tuple[str, str] | None]] = {}  # the sum and the kinds
        self.left: dict[tuple[str, ...], Row] = {}
        self.right: dict[tuple[str, ...], Row] = {}
        self.cross: dict[tuple, tuple[Row, tuple[str, ...], dict[str, Row]]] = {}
        self.entries = 0  # the cross sums cached, with those by the word two after

    def clear(self) -> None:
        """Forget the cached parts."""
        for table in (self.static, self.left, self.right, self.cross):
            table.clear()
        self.entries = 0

    def best(self, words: list[str], i: int, j: int, first: bool, prior: list[float] | None) -> str:
        """The best type of ``words[i:j]`` (``prior``: scores to add per type)."""
        totals = self.totals(words, i, j, first, prior)
        return TYPES[totals.index(max(totals))]

    def totals(self, words: list[str], i: int, j: int, first: bool, prior: list[float] | None) -> list[float]:
        """The score of each type (``typer.TYPES``) for ``words[i:j]``."""
        weights = self.weights
        key = (tuple(words[i:j]), first)
        found = self.static.get(key)
        if found is None:
            static = row_sum(weights, span_static_features(words, i, j, first, self.vocab), 4)
            found = self.static[key] = (static, _span_kinds(words, i, j, self.vocab) if typer.CUES else None)
        static, kinds = found
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
        # The features that join the span with the words around it read the kinds of its words
        # (``kinds``: None without ``typer.CUES``), the three words around it ("<s>" and "</s>"
        # are never tokens) and, for a lone word, its capitals, and the kind of noun before it
        # with its length (``typer.near_features``).
        ckey = (kinds, before, after, j - i == 1 and (words[i].isupper() or "x"), min(j - i, 3))
        entry = self.cross.get(ckey)
        if entry is None:
            self.entries += 1
            if self.entries > 200_000:
                self.clear()  # bounds memory on a long text (the sums by the word two after count too)
            entry = self.cross[ckey] = self._cross_entry(words, i, j, kinds, before, after)
        cross, templates, known = entry
        if templates:
            # Only a word two after the span that some feature in the weights names changes the sum.
            nw2 = words[j + 1] if j + 1 < n else "</s>"
            row = known.get(nw2)
            if row is None:
                low2 = nw2.lower()
                row = cross
                for template in templates:  # (a loop: any() over a generator cost more than the test)
                    if template.replace(_NW2, low2) in weights:
                        feats = span_cross_features(words, i, j) + cue_features(kinds, before.lower(), after.lower(), low2)
                        row = row_sum(weights, feats, 4)
                        break
                known[nw2] = row
                self.entries += 1
            cross = row
        # Added in C, in the order of ``prior + static + left + right + cross``.
        return list(map(add, map(add, map(add, map(add, prior or _ZEROS, static), left), right), cross))

    def _cross_entry(
        self, words: Sequence[str], i: int, j: int, kinds: tuple[str, str] | None, before: str, after: str
    ) -> tuple[Row, tuple[str, ...], dict[str, Row]]:
        """The sum of the features that join a span with the words around it when no feature of the
        word two after it is in the weights; those features with that word left open (``_NW2``);
        and an empty cache of the sums by that word."""
        feats = span_cross_features(words, i, j)
        templates: tuple[str, ...] = ()
        if kinds is not None:
            cues = cue_features(kinds, before.lower(), after.lower(), _NW2)
            templates = tuple(feat for feat in cues if _NW2 in feat)
            feats += [feat for feat in cues if _NW2 not in feat]
        return row_sum(self.weights, feats, 4), templates, {}


_ZEROS = (0.0,) * len(TYPES)  # no prior
_NW2 = "\x00"  # stands for the word two after a span in a feature (no weight's feature holds it)


def _span_kinds(words: list[str], i: int, j: int, vocab: dict[str, str]) -> tuple[str, str]:
    """``typer.span_kinds`` of ``words[i:j]``."""
    lows = [w.lower() for w in words[i:j]]
    last = lows[-1]
    stem = last[:-2] if last.endswith(("'s", "’s")) else last[:-1] if last.endswith("s") and len(last) > 3 else last
    return span_kinds(" ".join(lows), stem, vocab)
