"""A greedy averaged-perceptron name tagger over capitalised tokens (weights load lazily)."""

from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path
from itertools import compress
from typing import Iterable, Sequence

from reader.analysis.gazetteer import clear_cache as _clear_gazetteer, lookup
from reader.analysis import shapes, token_features
from reader.analysis.far_words import FarWords
from reader.analysis.scoring import SpanScorer
from reader.analysis.shapes import shape
from reader.analysis.token_features import is_candidate, word_kind
from reader.analysis.token_scores import TokenScorer, pack_rows
from reader.analysis.typer import WORD_KEY, hyphen_parts
from reader.analysis.word_memo import clear_memos

HYPHENS = True  # the tagger reads what the head of a hyphenated word is (see typer.HYPHENS)

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
WEIGHTS_PATH = Path(__file__).with_name("ner_da.json.gz")
_OPENERS = frozenset("- – — » « \" “ „ ” : ( ' ‘".split()) | {"-", "'"}
CONNECTORS = _CONNECTORS = frozenset("for og af i de van von der den la le of the and & y al el bin da di del kgl.".split())


def features(
    words: list[str], lowers: list[str], i: int, first: bool, prev: str, vocab: dict[str, str]
) -> list[str]:
    """The feature strings of token ``i`` given the previous tag."""
    return word_features(words[i], lowers[i], first, vocab) + context_features(
        words, lowers, i, first, prev, vocab
    )


def word_features(w: str, low: str, first: bool, vocab: dict[str, str]) -> list[str]:
    """Features of the word itself (and whether it opens a sentence): the same at every occurrence."""
    pos = "F" if first else "M"
    sh = shape(w)
    feats = [
        "b",
        "w=" + low,
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "p3=" + low[:3],
        "sh=" + sh,
        "pos=" + pos,
        "cls=" + vocab.get(low, "U") + pos,
        "mem=" + vocab.get(WORD_KEY + low, "-") + pos,
    ]
    if low.endswith("s") and len(low) > 3:
        feats.append("gen=" + vocab.get(low[:-1], "U") + pos)
    gz = lookup(low)
    if not gz and low.endswith("s") and len(low) > 3:
        gz = lookup(low[:-1])
        if gz:
            gz += "s"
    feats.append("gz=" + gz + pos)
    if "-" in w:
        head, _, tail = low.rpartition("-")
        feats.append("hyph=" + tail[-4:])
        feats.append("hyphh=" + head)
        if HYPHENS and hyphen_parts(low):
            seg = head.partition("-")[0]
            kind = (lookup(head) or lookup(seg) or "-") + vocab.get(WORD_KEY + head, vocab.get(WORD_KEY + seg, "-"))
            tclass = vocab.get(tail, "U")
            feats += ("hk=" + kind + pos, "hkt=" + kind + tclass + pos, "hhs=" + shape(w.rpartition("-")[0]) + tclass)
    return feats


def context_features(
    words: list[str], lowers: list[str], i: int, first: bool, prev: str, vocab: dict[str, str]
) -> list[str]:
    """Features of the neighbourhood of token ``i`` and the previous tag."""
    w = words[i]
    low = lowers[i]
    n = len(words)
    pw = lowers[i - 1] if i > 0 else "<s>"
    nw = lowers[i + 1] if i + 1 < n else "</s>"
    nw_raw = words[i + 1] if i + 1 < n else ""
    pw_raw = words[i - 1] if i > 0 else ""
    sh = shape(w)
    pos = "F" if first else "M"
    feats = [
        "pw=" + pw,
        "nw=" + nw,
        "pt=" + prev,
        "ptw=" + prev + low,
        "ptsh=" + prev + sh + pos,
        "ncap=" + str(bool(nw_raw[:1].isupper())) + prev,
        "pww=" + pw + "|" + low,
        "wnw=" + low + "|" + nw,
    ]
    if i >= 2:
        feats.append("pw2=" + lowers[i - 2])
    if i + 2 < n:
        feats.append("nw2=" + lowers[i + 2])
    if pw == "(" and nw == ")":
        feats.append("paren=" + sh)
    if i + 1 < n and nw_raw[:1].isupper():
        two = lookup(low + " " + nw)
        if two:
            feats.append("gz2=" + two)
    if pw_raw[:1].isupper():
        feats.append("gzp=" + lookup(pw))
    if nw_raw[:1].isupper():
        feats.append("gzn=" + lookup(nw))
    if token_features.CUES:
        kind = word_kind(low, vocab)
        feats += ("kpw=" + kind + "|" + pw, "knw=" + kind + "|" + nw)
    if prev == "O":
        last = i
        while last + 1 < n and last - i < 5 and is_candidate(words[last + 1]):
            last += 1
        if last > i:
            lw = lowers[last]
            feats.append("rl=" + lw)
            feats.append("rls=" + lw[-4:])
            feats.append("rlg=" + lookup(lw))
            feats.append("rn=" + str(last - i))
    return feats


def clear_word_caches() -> None:
    """Empty the caches of gazetteer classes, word shapes and the rule passes' word tests."""
    _clear_gazetteer()
    shapes.clear_shapes()
    clear_memos()


class Model:
    """Weights of the tagger and the lower-case vocabulary classes from training."""

    def __init__(self, weights: dict[str, list], vocab: dict[str, str], typer: dict[str, list]) -> None:
        # Only numbers and tuples of numbers are kept: the garbage collector soon stops walking them
        # (the sparse lists read from the file would be walked at every full collection). The
        # tagger's weights are whole thousandths, kept as whole numbers packed in one per row
        # (``token_scores.pack_rows``): its sums are exact in any grouping.
        self.vocab = vocab
        self.dense = pack_rows(weights)
        self.typer_dense = self.typer = _dense(typer, 4)
        self.run_memo: dict[tuple, tuple[tuple[int, str], ...]] = {}
        self.token_scorer = TokenScorer(self.dense, vocab, LABELS, word_features)
        self.span_scorer = SpanScorer(self.typer_dense, vocab)
        self.far_words = FarWords(self.dense, self.typer_dense, vocab)  # the run memo's words two away

    def clear(self) -> None:
        """Forget every cached decision, and the word-level caches (gazetteer classes, shapes, memos).

        They depend on the weights only, so this is never needed for correctness; it bounds
        memory and lets benchmarks start cold.
        """
        self.run_memo.clear()
        self.token_scorer.clear()
        self.span_scorer.clear()
        self.far_words.clear()
        clear_word_caches()

    def scores(self, feats: Iterable[str]) -> tuple[float, ...]:
        """Score every label for ``feats``."""
        return self.token_scorer.unpacker.values(self.token_scorer.scores(feats))

    def tag(
        self, words: tuple[str, ...], sentence_starts: set[int], cands: list[int] | None = None
    ) -> tuple[dict[int, str], dict[int, tuple[float, ...]]]:
        """Greedy left-to-right tags (sparse: index -> tag, absent = O) and the label scores where a
        name begins. Only tokens with a capital (and connectors between such tokens) are scored.
        """
        if cands is None:
            cands = candidates(words)
        return self.token_scorer.tag(words, sentence_starts, cands, _OPENERS, _CONNECTORS)


def candidates(words: list[str]) -> list[int]:
    """Indices of the tokens that start with a letter and are not all lower case."""
    # Decided once per distinct word (a text has far fewer of those than tokens), then picked in C.
    wanted = {word: word[:1].isalpha() and not word.islower() for word in set(words)}
    return list(compress(range(len(words)), map(wanted.__getitem__, words)))


def candidate_features(
    words: list[str], lowers: list[str], i: int, sentence_starts: set[int], prev: str,
    vocab: dict[str, str],
) -> list[str] | None:
    """Features of token ``i`` if the tagger looks at it, else None (the token is O)."""
    word = words[i]
    cand = is_candidate(word)
    if not cand and prev != "O" and lowers[i] in _CONNECTORS and i + 1 < len(words):
        cand = is_candidate(words[i + 1])
    if not cand:
        return None
    first = i in sentence_starts or (i > 0 and words[i - 1] in _OPENERS)
    return features(words, lowers, i, first, prev, vocab)


def best_label(totals: Sequence[float], prev: str) -> str:
    """The best-scoring label that may follow ``prev`` (I-X only after B-X or I-X)."""
    allowed = _ALLOWED.get(prev, _AFTER_O)
    return LABELS[max(allowed, key=totals.__getitem__)]


_AFTER_O = tuple(k for k, label in enumerate(LABELS) if label[0] != "I")
_ALLOWED: dict[str, tuple[int, ...]] = {"O": _AFTER_O}
for _label in LABELS[1:]:
    _ALLOWED[_label] = tuple(sorted(_AFTER_O + (LABELS.index("I-" + _label[2:]),)))


def _dense(weights: dict[str, list], size: int) -> dict[str, tuple[float, ...]]:
    """Sparse ``[label, weight, ...]`` rows as full tuples (summed column-wise in C)."""
    out: dict[str, tuple[float, ...]] = {}
    for feat, pairs in weights.items():
        row = [0.0] * size
        for k in range(0, len(pairs), 2):
            row[pairs[k]] = pairs[k + 1]
        out[feat] = tuple(row)
    return out


try:  # orjson reads the weight files in about half the time (the same numbers: a test compares)
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - orjson is a dependency; json is the fallback
    _loads = json.loads


_LOCK = threading.Lock()
# The loaded model of each language ("da", "en"); train.py puts fold models here for cross-validation.
_MODELS: dict[str, Model] = {}
WEIGHT_PATHS = {"da": WEIGHTS_PATH, "en": WEIGHTS_PATH.with_name("ner_en.json.gz")}


def load_model(language: str = "da", path: Path | None = None) -> Model | None:
    """The shipped model of ``language`` (loaded once, thread-safe), or None when its weight file
    is missing."""
    model = _MODELS.get(language)
    if model is not None:
        return model
    with _LOCK:
        if language not in _MODELS:
            path = path or WEIGHT_PATHS.get(language)
            if path is None or not path.exists():
                return None
            with gzip.open(path, "rb") as handle:
                data = _loads(handle.read())
            _MODELS[language] = Model(data["weights"], data["vocab"], data.get("typer", {}))
    return _MODELS[language]
