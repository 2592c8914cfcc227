"""The cached partial scores cover exactly the features the tagger and the typer were trained on."""

from __future__ import annotations

from collections import Counter

from reader.analysis.perceptron import LABELS, context_features, shape, word_features
from reader.analysis.scoring import (
    span_cross_features, span_left_features, span_right_features, span_static_features,
)
from reader.analysis.token_features import token_left_features, token_right_features
from reader.analysis.tokens import tokenize
from reader.analysis import typer
from reader.analysis.typer import CONTEXT, cue_features, span_features, span_kinds

TEXTS = (
    "Statsminister Mette Hansen (S) besøgte fredag Aarhus Universitet og Danske Bank.",
    "Anders Samuelsen siger, at Nato og Islamisk Stat ( IS ) er i Irak.",
    "Ole",
    "( V ) X",
    "Det sagde Lars Løkke Rasmussen's rådgiver til DR i går.",
)
VOCAB = {"mette": "C", "hansen": "C", "det": "L", "\vnato": "O"}


def _cues(words: list[str], i: int, j: int) -> list[str]:
    """The typer's context cues of ``words[i:j]``, as the scorer builds them."""
    if not typer.CUES:
        return []
    lows = [w.lower() for w in words]
    last = lows[j - 1]
    stem = last[:-2] if last.endswith("'s") else last[:-1] if last.endswith("s") and len(last) > 3 else last
    kinds = span_kinds(" ".join(lows[i:j]), stem, VOCAB)
    pw = lows[i - 1] if i > 0 else "<s>"
    nw = lows[j] if j < len(words) else "</s>"
    nw2 = lows[j + 1] if j + 1 < len(words) else "</s>"
    return cue_features(kinds, pw, nw, nw2)


def test_typer_parts_cover_the_span_features() -> None:
    for text in TEXTS:
        words = list(tokenize(text).words)
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                for first in (False, True):
                    whole = span_features(words, i, j, first, VOCAB)
                    parts = (
                        span_static_features(words, i, j, first, VOCAB)
                        + span_left_features(words[max(0, i - CONTEXT): i], VOCAB)
                        + span_right_features(words[j: j + CONTEXT])
                        + span_cross_features(words, i, j)
                        + _cues(words, i, j)
                    )
                    assert Counter(whole) == Counter(parts), (text, i, j)


def test_tagger_parts_cover_the_token_features() -> None:
    for text in TEXTS:
        words = list(tokenize(text).words)
        lowers = [w.lower() for w in words]
        for i in range(len(words)):
            for first in (False, True):
                for prev in ("O", "B-PER", "I-ORG"):
                    whole = word_features(words[i], lowers[i], first, VOCAB) + context_features(
                        words, lowers, i, first, prev, VOCAB
                    )
                    parts = (
                        word_features(words[i], lowers[i], first, VOCAB)
                        + token_left_features(words, i, first, prev, VOCAB)
                        + token_right_features(words, i, prev, VOCAB)
                    )
                    if 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")":
                        parts.append("paren=" + shape(words[i]))
                    assert Counter(whole) == Counter(parts), (text, i)


def test_cached_typer_agrees_with_the_whole_feature_list() -> None:
    from reader.analysis.perceptron import load_model
    from reader.analysis.scoring import SpanScorer
    from reader.analysis.typer import best_type

    model = load_model()
    assert model is not None
    scorer = SpanScorer(model.typer_dense, model.vocab)
    for text in TEXTS:
        words = tokenize(text).words
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                for prior in (None, [0.5, -1.0, 2.0, 0.0]):
                    whole = best_type(model.typer_dense, span_features(list(words), i, j, i == 0, model.vocab), prior)[0]
                    assert scorer.best(words, i, j, i == 0, prior) == whole, (text, i, j)


def test_cached_tagger_scores_agree_with_the_whole_feature_list() -> None:
    from reader.analysis.perceptron import load_model
    from reader.analysis.token_scores import TokenScorer

    model = load_model()
    assert model is not None
    scorer = TokenScorer(model.dense, model.vocab, LABELS, word_features)
    for _round in range(2):  # the second round reads the cached parts
        for text in TEXTS:
            words = tokenize(text).words
            lowers = [w.lower() for w in words]
            for i in range(len(words)):
                for first in (False, True):
                    for prev in ("O", "B-PER", "I-ORG"):
                        feats = word_features(words[i], lowers[i], first, model.vocab) + context_features(
                            list(words), lowers, i, first, prev, model.vocab
                        )
                        feats = [f for f in feats if not f.startswith("paren=")]  # the tagger adds it itself
                        whole = model.scores(feats)
                        parts = scorer.totals(words, i, first, prev)
                        assert all(abs(a - b) < 1e-9 for a, b in zip(whole, parts)), (text, i, first, prev)
