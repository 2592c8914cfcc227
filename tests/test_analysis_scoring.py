"""The cached partial scores cover exactly the features the tagger and the typer were trained on."""

from __future__ import annotations

from collections import Counter

from reader.analysis.perceptron import context_features, is_candidate, shape, word_features
from reader.analysis.scoring import (
    span_cross_features, span_left_features, span_right_features, span_static_features,
    token_left_features, token_right_features,
)
from reader.analysis.tokens import tokenize
from reader.analysis.typer import span_features

TEXTS = (
    "Statsminister Mette Hansen (S) besøgte fredag Aarhus Universitet og Danske Bank.",
    "Anders Samuelsen siger, at Nato og Islamisk Stat ( IS ) er i Irak.",
    "Ole",
    "( V ) X",
    "Det sagde Lars Løkke Rasmussen's rådgiver til DR i går.",
)
VOCAB = {"mette": "C", "hansen": "C", "det": "L", "\vnato": "O"}


def test_typer_parts_cover_the_span_features() -> None:
    for text in TEXTS:
        words = list(tokenize(text).words)
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                for first in (False, True):
                    whole = span_features(words, i, j, first, VOCAB)
                    parts = (
                        span_static_features(words, i, j, first, VOCAB)
                        + span_left_features(words[max(0, i - 4): i], VOCAB)
                        + span_right_features(words[j: j + 4])
                        + span_cross_features(words, i, j)
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
                        + token_left_features(words, i, first, prev, shape(words[i]))
                        + token_right_features(words, i, prev, is_candidate)
                    )
                    if 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")":
                        parts.append("paren=" + shape(words[i]))
                    assert Counter(whole) == Counter(parts), (text, i)
