"""The shipped weight files read by the fast JSON reader give the very numbers the standard one does
(the model's scores, and so every name, depend on each weight to the last bit)."""

from __future__ import annotations

import gzip
import json

import pytest

from reader.analysis import perceptron


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_weights_read_the_same_with_either_reader(language):
    with gzip.open(perceptron.WEIGHT_PATHS[language], "rb") as handle:
        raw = handle.read()
    fast, plain = perceptron._loads(raw), json.loads(raw.decode("utf-8"))
    assert fast == plain
    weights = plain["weights"]
    feat = next(f for f, pairs in weights.items() if len(pairs) >= 2)
    assert [repr(x) for x in fast["weights"][feat]] == [repr(x) for x in weights[feat]]
