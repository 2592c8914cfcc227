"""Extra marked training text (``train --extra``, ``cvfolds build --extra``): it joins the training
examples (every fold's training part in cross-validation) and is never scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from name_helpers import iob2_block

EXTRA = (
    "Thanks {{Wenna|PER}}! The new bins from {{Quorvik Hardware|ORG}} arrived today. Call me.\n"
    "===\n"
    "went to {{tallowfield|LOC}} on sunday. lovely place\n"
)


def _tiny_iob2(path: Path) -> None:
    """Sixty sentences in the UNER layout, written for this test: a person, a town, a firm each."""
    people = ["Ove Lind", "Ida Brask", "Per Dam", "Lis Juul", "Bo Krag"]
    towns = ["Ribe", "Tarm", "Mou", "Hals"]
    firms = ["Nordvind", "Havfisk", "Kulsyre"]
    blocks = []
    for n in range(60):
        rows = [(w, "PER") for w in people[n % 5].split()] + [("bor", "O"), ("i", "O"), (towns[n % 4], "LOC"),
                                                              ("hos", "O"), (firms[n % 3], "ORG"), (".", "O")]
        blocks.append(iob2_block(rows))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def test_read_extra_splits_texts_into_sentences_with_their_names(tmp_path: Path) -> None:
    from reader.analysis import train

    path = tmp_path / "extra.txt"
    path.write_text(EXTRA, encoding="utf-8")
    sentences = train.read_extra([str(path)])
    named = [(s.text, [(s.text[i:j], label) for i, j, label in s.spans]) for s in sentences]
    assert named == [
        ("Thanks Wenna!", [("Wenna", "PER")]),
        ("The new bins from Quorvik Hardware arrived today.", [("Quorvik Hardware", "ORG")]),
        ("Call me.", []),
        ("went to tallowfield on sunday. lovely place", [("tallowfield", "LOC")]),  # as the reader splits it
    ]
    # each text its own document, past any corpus's numbers; a second copy in the same jackknife fold
    docs = [s.doc for s in sentences]
    assert docs[0] == docs[2] != docs[3] and min(docs) >= train.EXTRA_FIRST_DOC
    twice = train.read_extra([str(path)], times=2)
    assert [s.text for s in twice] == [s.text for s in sentences] * 2
    assert all(b.doc != a.doc and b.doc % 5 == a.doc % 5 for a, b in zip(twice[:4], twice[4:]))


def test_cvfolds_extra_joins_training_and_is_never_scored(tmp_path: Path) -> None:
    from reader.analysis import cvfolds
    from reader.analysis.typer import SPAN_KEY

    source = tmp_path / "tiny.iob2"
    _tiny_iob2(source)
    extra = tmp_path / "extra.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    plain, more = tmp_path / "plain", tmp_path / "more"
    cvfolds.build(plain, "da", str(source), folds=2, epochs=2, seeds=1)
    assert cvfolds.main(["build", "--da", str(source), "--cache", str(more), "--cv", "2", "--epochs", "2",
                         "--seeds", "1", "--extra", str(extra)]) == 0
    for k in range(2):
        vocab = cvfolds._read(cvfolds._fold_path(more, k))["vocab"]
        assert vocab.get(SPAN_KEY + "quorvik hardware") == "O"  # learnt in every fold
        assert SPAN_KEY + "quorvik hardware" not in cvfolds._read(cvfolds._fold_path(plain, k))["vocab"]
    scored = cvfolds.score_cache(more)["cv"][0]
    base = cvfolds.score_cache(plain)["cv"][0]
    golds = sum(scored.tp.values()) + sum(scored.fn.values())
    assert golds == sum(base.tp.values()) + sum(base.fn.values()) == 60 * 3  # only the corpus is scored


def test_extra_that_cannot_be_read_is_one_line(tmp_path: Path, capsys) -> None:
    from reader.analysis import cvfolds, train

    source = tmp_path / "tiny.iob2"
    _tiny_iob2(source)
    bad = tmp_path / "bad.txt"
    bad.write_text("a {{broken|PLACE}} mark\n", encoding="utf-8")
    for main, args in ((train.main, ["--da", str(source), "-o", str(tmp_path / "w.json.gz")]),
                       (cvfolds.main, ["build", "--da", str(source), "--cache", str(tmp_path / "c")])):
        for path, why in ((tmp_path / "missing.txt", "cannot read"), (bad, "has a mark that is not")):
            with pytest.raises(SystemExit):
                main(args + ["--extra", str(path)])
            err = capsys.readouterr().err.strip().splitlines()
            assert "Traceback" not in "\n".join(err) and err[-1].count("error:") == 1
            assert str(path) in err[-1] and why in err[-1]
    assert not (tmp_path / "w.json.gz").exists() and not (tmp_path / "c").exists()
