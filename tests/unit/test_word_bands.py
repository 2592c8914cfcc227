"""The typer reads how common a word is (``word_bands``) only when its model was trained with the
bands, and the scorer's cached parts cover those features as the training's whole list does."""

from __future__ import annotations

from collections import Counter

from reader.analysis.scoring import (
    span_cross_features, span_left_features, span_right_features, span_static_features,
)
from reader.analysis.tokens import tokenize
from reader.analysis.train import vocab_classes
from reader.analysis.typer import CONTEXT, span_features
from reader.analysis.word_bands import PREFIX, span_band_features

BANDS = {PREFIX: "1", PREFIX + "siger": "6", PREFIX + "det": "7", PREFIX + "hansen": "4", PREFIX + "bank": "5"}
VOCAB = {"mette": "C", "det": "L", **BANDS}


def test_the_bands_are_read_only_when_the_model_has_them() -> None:
    words = "Det siger Mette Hansen i dag .".split()
    with_bands = span_features(words, 2, 4, False, VOCAB)
    assert {"zf=0M2", "zl=44", "zp=6", "za=0"} <= set(with_bands)
    plain = span_features(words, 2, 4, False, {k: v for k, v in VOCAB.items() if not k.startswith(PREFIX)})
    assert not [f for f in plain if f.startswith("z")]
    assert span_band_features(["banks"], "bank", True, VOCAB) == ["zf=0F1", "zl=50"]


def test_the_scorer_parts_cover_the_band_features() -> None:
    for text in ("Det siger Mette Hansen fra Danske Bank.", "Hansen", "Bankens direktør Ole Hansen siger det"):
        words = list(tokenize(text).words)
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                whole = [f for f in span_features(words, i, j, i == 0, VOCAB) if f.startswith("z")]
                parts = (
                    span_static_features(words, i, j, i == 0, VOCAB)
                    + span_left_features(words[max(0, i - CONTEXT): i], VOCAB)
                    + span_right_features(words[j: j + CONTEXT], VOCAB)
                    + span_cross_features(words, i, j)
                )
                assert whole and Counter(whole) == Counter(f for f in parts if f.startswith("z")), (text, i, j)


def test_training_stores_the_bands_in_the_vocabulary() -> None:
    vocab = vocab_classes([(["Mette", "siger", "det"], ["B-PER", "O", "O"])], BANDS)
    assert vocab[PREFIX + "hansen"] == "4" and vocab["siger"] == "L"
