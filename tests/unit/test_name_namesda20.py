"""namesda20: CV scored on the names a fold's training part never had ("unseen")."""

from __future__ import annotations

from pathlib import Path

from reader.analysis.iob import GoldSentence


def _sentence() -> GoldSentence:
    text = "Mette Frederiksen besøgte Aarhus i går."
    return GoldSentence(text, ((0, 17, "PER"), (26, 32, "LOC")))


def test_score_counts_only_the_names_it_is_told() -> None:
    from reader.analysis.evaluate import score

    sent = _sentence()
    typed, _untyped = score([sent], "da", only=lambda text: text != "Aarhus")
    assert sum(typed.tp.values()) + sum(typed.fn.values()) == 1  # the person only
    assert typed.tp["LOC"] + typed.fn["LOC"] + typed.fp["LOC"] == 0
    whole, _ = score([sent], "da")
    assert whole.tp["LOC"] + whole.fn["LOC"] == 1


def test_name_texts_are_the_gold_names() -> None:
    from reader.analysis.cvfolds import name_texts

    assert name_texts([_sentence()]) == frozenset({"Mette Frederiksen", "Aarhus"})


def test_unseen_and_seen_parts_add_up_to_the_whole(tmp_path: Path) -> None:
    import importlib.util

    from reader.analysis import cvfolds

    spec = importlib.util.spec_from_file_location("cvfolds_test", Path(__file__).with_name("test_analysis_cvfolds.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _iob2 = module._iob2

    source = tmp_path / "da_tiny.iob2"
    _iob2(source)
    cache = tmp_path / "cache"
    cvfolds.build(cache, "da", str(source), folds=2, epochs=2, seeds=1)
    scores = cvfolds.score_cache(cache, unseen=True)
    assert list(scores) == ["cv", "unseen", "seen"]
    whole, new, old = (scores[k][0] for k in ("cv", "unseen", "seen"))
    for table in ("tp", "fp", "fn"):
        assert getattr(new, table) + getattr(old, table) == getattr(whole, table)
    # Every firm and town of the tiny file is in both halves; the people are not all.
    assert new.tp["LOC"] + new.fn["LOC"] == 0 and new.tp["PER"] + new.fn["PER"] > 0
