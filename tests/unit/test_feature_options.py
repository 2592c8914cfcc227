"""Feature options stored with a language's weights (``feature_options``): absent, the tagger trains
as before; one language's options never reach the other's training; option "drop" hides only a name
token's own word features."""

from __future__ import annotations

import pytest

from reader.analysis import feature_options, train
from reader.analysis.perceptron import context_features, shape, word_features

# Invented names in sentences of our own.
EXAMPLES = [
    (["Nia", "Ferrow", "lives", "in", "Olmsby", "."], ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
    (["Staff", "at", "Quillon", "Foods", "met", "Nia", "Ferrow", "."],
     ["O", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]),
    (["In", "Olmsby", ",", "Tobin", "Ashe", "spoke", "."], ["O", "B-LOC", "O", "B-PER", "I-PER", "O", "O"]),
    (["Tobin", "Ashe", "works", "for", "Quillon", "Foods", "."], ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]),
] * 3


@pytest.fixture(autouse=True)
def _options_restored():
    saved, drop = dict(feature_options.TRAINING), feature_options.DROP
    yield
    feature_options.TRAINING.clear()
    feature_options.TRAINING.update(saved)
    feature_options.DROP = drop
    feature_options.use("da")


def _tagger(language: str) -> tuple[dict, dict]:
    feature_options.use(language)
    return train.vocab_classes(EXAMPLES), train.tagger_data(EXAMPLES, 3, 1, 0.0)


def test_enabled_reads_only_the_stored_options() -> None:
    assert not feature_options.enabled({}, "drop")
    assert not feature_options.enabled({"drop": "L"}, "drop")  # a word of the vocabulary, no option
    assert feature_options.enabled({feature_options.KEY: "drop"}, "drop")
    assert not feature_options.enabled({feature_options.KEY: "other"}, "drop")


def test_one_languages_options_leave_the_other_as_it_was() -> None:
    feature_options.TRAINING.update(da="", en="")
    plain_vocab, plain = _tagger("da")
    assert feature_options.KEY not in plain_vocab
    feature_options.TRAINING["en"] = "drop"
    feature_options.DROP = 0.5
    assert _tagger("da") == (plain_vocab, plain)
    en_vocab, en = _tagger("en")
    assert en_vocab[feature_options.KEY] == "drop"
    assert {k: v for k, v in en_vocab.items() if k != feature_options.KEY} == plain_vocab
    assert en != plain  # the dropped word features change what the tagger learns


def test_word_dropout_hides_only_the_words_own_features() -> None:
    vocab = {feature_options.KEY: "drop"}
    assert train._dropper({}, 7) is None
    feature_options.DROP = 1.0
    hide = train._dropper(vocab, 7)
    words = ["Nia", "Ferrow", "lives"]
    feats = word_features("Ferrow", "ferrow", False, vocab) + context_features(
        words, [w.lower() for w in words], 1, False, "B-PER", vocab)
    kept = hide(feats)
    assert "w=ferrow" in feats and "w=ferrow" not in kept
    assert not [f for f in kept if f.startswith(("ptw=", "pww=", "wnw=", "mem="))]
    assert {"s3=row", "sh=" + shape("Ferrow"), "pw=nia", "nw=lives", "pt=B-PER"} <= set(kept)
    feature_options.DROP = 0.0
    assert train._dropper(vocab, 7)(feats) == feats
