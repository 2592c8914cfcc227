"""A capitalised run whose words two away no weight reads is decided once for all such surroundings,
and the shared decision is the one each would get alone."""

from __future__ import annotations

import gzip
import json

import pytest

from reader.analysis import perceptron
from reader.analysis.far_words import FarWords
from reader.analysis.names import find_names
from reader.analysis.sentences import split_sentences
from reader.analysis.token_scores import pack_rows
from reader.analysis.tokens import tokenize

FAR = ("zqxa", "zqxb", "zqxc", "zqxd", "zqxe", "zqxf")


def _model() -> perceptron.Model:
    """A fresh Danish model (its weights may be changed without touching the shared one)."""
    with gzip.open(perceptron.WEIGHTS_PATH, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return perceptron.Model(data["weights"], data["vocab"], data.get("typer", {}))


def _names(text: str) -> list:
    return find_names(text, tokenize(text, "da"), split_sentences(text), "da", {})


def test_a_word_no_weight_reads_is_none() -> None:
    model = _model()
    far = FarWords(model.dense, model.typer_dense, model.vocab)
    assert far.left("zqxa", "og") == FarWords.NONE
    assert far.right("og", "zqxa") == FarWords.NONE
    read = next(f[4:] for f in model.dense if f.startswith("pw2=") and f[4:].isalpha())
    assert far.left(read, "og") == read
    assert far.right("Hansen", "zqxa") == "zqxa"  # a capitalised word between may continue the run


def test_runs_share_a_decision_only_where_it_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _model()
    org = pack_rows({"org": [perceptron.LABELS.index("B-ORG"), 300.0]})["org"]  # the tagger's rows are packed
    model.dense["pw2=zqxc"] = org  # the tagger reads "zqxc" two before a word: an organisation
    model.dense["nw2=zqxd"] = org  # and "zqxd" two after
    model.typer_dense["pww=zqxe|og"] = (0.0, 0.0, 2000.0, 0.0)  # the typer reads "zqxe og" before a name: LOC
    monkeypatch.setitem(perceptron._MODELS, "da", model)
    sentences = [f"Vi mødte {w} og Ole Bak i går ved {w} som sagt." for w in FAR]
    sentences += [f"Hun var i Kolding ved {w} i dag." for w in FAR]
    text = " ".join(sentences)
    model.clear()
    together = _names(text)
    # "Ole Bak" is decided once after zqxa, zqxb, zqxd, zqxf (no weight reads them) and once each
    # after zqxc and zqxe; "Kolding" once before all but zqxd, and once before it; "Hun" after
    # "sagt ." and after "dag .": 3 + 2 + 2 (each of the twelve alone before).
    assert len(model.run_memo) == 7
    starts = [text.index(s) for s in sentences]
    got = {}
    for s, sentence in zip(starts, sentences):
        model.clear()
        alone = [(a + s, b + s, label) for a, b, label in _names(sentence)]
        assert alone == [x for x in together if s <= x[0] < s + len(sentence)], sentence
        got[sentence] = [(a - s, b - s, label) for a, b, label in alone]
    # The weights read decide: another type than in the surroundings no weight reads.
    assert got[sentences[2]] != got[sentences[0]] != got[sentences[4]]
    assert got[sentences[6 + 3]] != got[sentences[6]] == got[sentences[6 + 1]]


def test_a_run_ending_the_text_is_not_the_shorter_run_before_a_last_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both read "var ved Danske Bank" up to the end of the text: the run's length tells them apart.
    model = _model()
    monkeypatch.setitem(perceptron._MODELS, "da", model)
    whole, cut = "Mødet var ved Danske Bank", "Mødet var ved Danske\n\nBank"
    model.clear()
    alone = _names(whole)
    assert alone == [(14, 25, "ORG")]
    model.clear()
    _names(cut)
    assert _names(whole) == alone
