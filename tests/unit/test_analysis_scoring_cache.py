"""The fast paths of the cached scorers give the sums of the plain feature lists.

The tagger's loop sums its cached parts inline, and the typer keys the sums of the features that
join a span with its surroundings without the word two after the span unless a feature in the
weights names it: both must agree with the full feature lists for any weights.
"""

from __future__ import annotations

import random

from reader.analysis.perceptron import (
    _CONNECTORS, _OPENERS, LABELS, best_label, candidates, load_model, shape, word_features,
)
from reader.analysis.scoring import SpanScorer, _span_kinds
from reader.analysis.token_scores import TokenScorer
from reader.analysis.tokens import tokenize
from reader.analysis.typer import span_features

TEXTS = (
    "Statsminister Mette Hansen (S) besøgte fredag Aarhus Universitet og Danske Bank i går.",
    "Han mødte Ole Hansen i går ved Aarhus Havn, og Ole Hansen i dag ved Vejle Fjord.",
    "Formand Lars Løkke Rasmussen og Anne Holm fra Region Midtjylland ( V ) sagde det.",
    "Det sagde Ole Hansen i Odense til DR. Ole Hansen i Odense Kommune svarede ikke.",
)


def _with_cues_on_the_word_two_after(weights: dict, vocab: dict) -> dict:
    """``weights`` plus a large weight for every cue feature that names a word two after a span."""
    rng = random.Random(7)
    out = dict(weights)
    for text in TEXTS:
        words = tokenize(text).words
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                kinds = _span_kinds(words, i, j, vocab)
                nw = words[j].lower() if j < len(words) else "</s>"
                nw2 = words[j + 1].lower() if j + 1 < len(words) else "</s>"
                for k, kind in enumerate(kinds):
                    if rng.random() < 0.5:
                        out[f"k{k}nn={kind}|{nw}|{nw2}"] = tuple(rng.uniform(-5, 5) for _ in range(4))
    return out


def test_typer_sums_read_the_word_two_after_whenever_a_feature_names_it() -> None:
    model = load_model()
    assert model is not None
    weights = _with_cues_on_the_word_two_after(model.typer_dense, model.vocab)
    scorer = SpanScorer(weights, model.vocab)  # one scorer: later texts read what earlier ones cached
    for text in TEXTS:
        words = tokenize(text).words
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                rows = [weights[f] for f in span_features(list(words), i, j, i == 0, model.vocab) if f in weights]
                whole = [sum(column) for column in zip(*rows)]
                parts = scorer.totals(words, i, j, i == 0, None)
                assert all(abs(a - b) < 1e-9 for a, b in zip(whole, parts)), (text, i, j)


def test_tagger_loop_sums_as_its_totals() -> None:
    model = load_model()
    assert model is not None
    scorer = TokenScorer(model.dense, model.vocab, LABELS, word_features)
    reference = TokenScorer(model.dense, model.vocab, LABELS, word_features)
    for _round in range(2):  # the second round reads the cached parts
        for text in TEXTS:
            words = tokenize(text).words
            starts = {0} | {k + 1 for k, w in enumerate(words) if w == "."}
            tags, begins = scorer.tag(words, starts, candidates(words), _OPENERS, _CONNECTORS)
            assert begins
            for i, scores in begins.items():
                prev = tags.get(i - 1, "O")
                first = i in starts or (i > 0 and words[i - 1] in _OPENERS)
                paren = 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")"
                totals = reference.totals(words, i, first, prev, ["paren=" + shape(words[i])] if paren else [])
                assert scores == tuple(totals), (text, i)  # the same sums in the same order
                assert tags[i] == best_label(totals, prev)


def test_packed_tagger_rows_sum_exactly_field_by_field() -> None:
    # A row of the tagger's weights is one integer; negative scores must not borrow from the next
    # label's field, and sums of whole thousandths are exact in any order.
    from reader.analysis.token_scores import Unpacker, pack_rows

    rows = pack_rows({"a": [0, -1.5, 8, 2.25], "b": [0, 0.001, 3, -7.0], "c": [1, 0.1, 8, -0.2], "d": [1, 0.2]})
    unpacker = Unpacker(9)
    total = rows["a"] + rows["b"] + rows["c"] + rows["d"]
    assert unpacker.values(total) == (-1.499, 0.3, 0.0, -7.0, 0.0, 0.0, 0.0, 0.0, 2.05)
    assert unpacker.values(rows["c"] + rows["d"]) == unpacker.values(rows["d"] + rows["c"]) == (0.0, 0.3) + (0.0,) * 6 + (-0.2,)
    assert unpacker.values(sum([rows["b"]] * 1000)) == (1.0, 0.0, 0.0, -7000.0) + (0.0,) * 5


def test_the_shipped_tagger_weights_pack_without_rounding() -> None:
    # Packing keeps whole thousandths (train.py rounds every weight to three decimals); a weight file
    # with finer weights would be tagged with rounded ones: every row must unpack to the file's.
    import gzip
    import json

    from reader.analysis.perceptron import WEIGHT_PATHS
    from reader.analysis.token_scores import Unpacker, pack_rows

    unpacker = Unpacker(len(LABELS))
    for path in WEIGHT_PATHS.values():
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            weights = json.load(handle)["weights"]
        packed = pack_rows(weights)
        for feat, pairs in weights.items():
            row = [0.0] * len(LABELS)
            for k in range(0, len(pairs), 2):
                row[pairs[k]] += pairs[k + 1]
            assert unpacker.values(packed[feat]) == tuple(row), (path.name, feat)
