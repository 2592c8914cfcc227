"""Cached-fold cross-validation gives the figure of ``train --cv`` (tiny synthetic training file)."""

from __future__ import annotations

from pathlib import Path

from name_helpers import iob2_block

GIVEN = ["Anne", "Bo", "Karen", "Ole", "Mette", "Jens", "Tove", "Aksel", "Lis", "Per", "Gry"]
SURNAMES = ["Holm", "Lund", "Vig", "Brask", "Dam", "Kofod", "Krag", "Bech", "Juul", "Winther"]
TOWNS = ["Vejle", "Skive", "Ribe", "Struer", "Tarm", "Bjerringbro", "Mou", "Hals", "Rødding"]
FIRMS = ["Nordvind", "Havfisk", "Bageriet Sol", "Kulsyre", "Vestkraft", "Tømrer Ravn", "Bladkompagniet"]
SHAPES = (
    "{P} bor i {T} og arbejder hos {F} .",
    "I {T} siger {P} , at {F} lukker .",
    "{F} har ansat {P} fra {T} .",
    "{T} vandt over {F} , og {P} scorede .",
    "Direktør {P} forlader {F} i {T} .",
)


def _iob2(path: Path) -> None:
    """A small training file in the UNER layout, written for this test."""
    blocks = []
    for n in range(60):
        names = {"P": (f"{GIVEN[n % 11]} {SURNAMES[n % 10]}", "PER"), "T": (TOWNS[n % 9], "LOC"),
                 "F": (FIRMS[n % 7], "ORG")}
        rows: list[tuple[str, str]] = []
        for word in SHAPES[n % 5].split():
            name, label = names.get(word.strip("{}"), (word, "O"))
            rows += [(w, label) for w in name.split()]
        blocks.append(iob2_block(rows))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def test_cached_folds_score_as_train_cv(tmp_path: Path) -> None:
    from reader.analysis import cvfolds, train
    from reader.analysis.iob import read_iob2

    source = tmp_path / "da_tiny.iob2"
    _iob2(source)
    sentences = read_iob2(source)
    assert len(sentences) == 60 and all(s.spans for s in sentences)
    typed, _untyped = train.cross_validate(sentences, 2, 2, 1, 0.05, jobs=1, language="da")
    cache = tmp_path / "cache"
    cvfolds.build(cache, "da", str(source), folds=2, epochs=2, seeds=1)
    assert sorted(p.name for p in cache.iterdir()) == ["fold0.json.gz", "fold1.json.gz", "meta.json"]
    scores = cvfolds.score_cache(cache)
    assert list(scores) == ["cv"]
    cached = scores["cv"][0]
    assert (cached.tp, cached.fp, cached.fn) == (typed.tp, typed.fp, typed.fn)
    assert sum(cached.tp.values()) + sum(cached.fn.values()) == 60 * 3
    cvfolds.retype(cache)  # the same code: the same typers again
    again = cvfolds.score_cache(cache)["cv"][0]
    assert (again.tp, again.fp, again.fn) == (typed.tp, typed.fp, typed.fn)


def test_cvfolds_command_needs_a_built_cache(tmp_path: Path, capsys) -> None:
    import pytest

    from reader.analysis import cvfolds

    with pytest.raises(SystemExit):
        cvfolds.main(["score", "--cache", str(tmp_path / "none")])
    assert "run build first" in capsys.readouterr().err
