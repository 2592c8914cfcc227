"""Cross-validation on cached fold models: a rule change scored in seconds, not a retrain.

``python -m reader.analysis.cvfolds build --da TRAIN.iob2 --cache DIR`` (or ``--en GUM_DIR``)
trains the K fold models of ``python -m reader.analysis.train --cv K`` (the same folds, seeds,
epochs and weight floor) once and writes them to DIR, a folder outside the project;
``--extra FILE`` adds marked text of our own to every fold's training part (never scored);
``... score --cache DIR`` scores the code as it is now on them (the figure ``train --cv`` gives for
the same code and settings); ``... retype --cache DIR`` retrains only the typers, on the cached
taggers' false names, after a change to the typer's features (a change to the tagger's features
needs ``build``). English is also scored on GUM's genres kept out of training ("web-like"):
document n of them by the model of fold n % K.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from reader.analysis import train
from reader.analysis.evaluate import Scores, report, score
from reader.analysis.gum import NON_COMMERCIAL_GENRES, genre_of, read_gum
from reader.analysis.iob import GoldSentence, read_iob2

META = "meta.json"


def _fold_path(cache: Path, k: int) -> Path:
    return cache / f"fold{k}.json.gz"


def _write(path: Path, data: dict) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))


def _read(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def read_source(language: str, source: str, web: bool = False) -> list[GoldSentence]:
    """The training sentences (``web``, English: GUM's genres not trained on instead)."""
    if language == "da":
        return [] if web else read_iob2(source)
    if not web:
        return read_gum(source)
    genres = {genre_of(p) for p in Path(source).rglob("*.conllu")}
    if not genres & NON_COMMERCIAL_GENRES:
        return []
    return read_gum(source, frozenset(genres - NON_COMMERCIAL_GENRES))


def extra_of(meta: dict) -> list[GoldSentence]:
    """The extra training sentences of the cache (``build --extra``; none in a cache without)."""
    return train.read_extra(meta.get("extra", []), meta.get("extra_times", 1))


def _fold_examples(meta: dict, sentences: list[GoldSentence], k: int) -> tuple[list, list[int] | None]:
    """The training examples of fold ``k`` (all but its held part, then the extra text of
    ``build --extra``, which is never held out) and their document keys."""
    language = meta["language"]
    _held, rest = train.fold_split(sentences, k, meta["folds"], language == "en")
    rest = rest + extra_of(meta)
    return train.to_examples(rest, language), train.doc_keys(rest, language)


def build_fold(meta: dict, sentences: list[GoldSentence], k: int) -> dict:
    """Tagger, typer, vocabulary and the false names the typer learnt from, for fold ``k``."""
    examples, keys = _fold_examples(meta, sentences, k)
    language, epochs, seeds, floor = meta["language"], meta["epochs"], meta["seeds"], meta["min_weight"]
    negatives = train.false_names(examples, epochs, language=language, keys=keys)
    return {
        "vocab": train.vocab_classes(examples),
        "weights": train.tagger_data(examples, epochs, seeds, floor, keys),
        "typer": train.typer_data(examples, epochs, seeds, floor, language, keys, negatives),
        "negatives": negatives,
    }


def build(cache: Path, language: str, source: str, folds: int = 5, epochs: int = 12,
          seeds: int = 2, min_weight: float | None = None, extra: list[str] | None = None,
          extra_times: int = 1) -> None:
    """Train and write the fold models of ``folds``-fold CV on ``source`` to ``cache`` (``extra``:
    marked text added ``extra_times`` times to every fold's training part, see ``train.read_extra``)."""
    if min_weight is None:
        min_weight = train.MIN_WEIGHT[language]
    meta = {"language": language, "source": str(Path(source).resolve()), "folds": folds,
            "epochs": epochs, "seeds": seeds, "min_weight": min_weight}
    if extra:
        meta.update(extra=[str(Path(p).resolve()) for p in extra], extra_times=extra_times)
    cache.mkdir(parents=True, exist_ok=True)
    sentences = read_source(language, source)
    for k in range(folds):
        _write(_fold_path(cache, k), build_fold(meta, sentences, k))
    (cache / META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def retype(cache: Path) -> None:
    """Retrain the cached typers with the code as it is now (taggers and false names kept)."""
    meta = json.loads((cache / META).read_text(encoding="utf-8"))
    sentences = read_source(meta["language"], meta["source"])
    for k in range(meta["folds"]):
        data = _read(_fold_path(cache, k))
        examples, keys = _fold_examples(meta, sentences, k)
        negatives = [[(i, j) for i, j in spans] for spans in data["negatives"]]
        data["typer"] = train.typer_data(examples, meta["epochs"], meta["seeds"], meta["min_weight"],
                                         meta["language"], keys, negatives)
        _write(_fold_path(cache, k), data)


def _add(total: Scores, part: Scores) -> None:
    total.tp.update(part.tp)
    total.fp.update(part.fp)
    total.fn.update(part.fn)


def name_texts(sentences: list[GoldSentence]) -> frozenset[str]:
    """The text of every gold name of ``sentences``."""
    return frozenset(sent.text[i:j] for sent in sentences for i, j, _label in sent.spans)


def score_cache(cache: Path, unseen: bool = False) -> dict[str, tuple[Scores, Scores]]:
    """Typed and untyped scores of the code as it is now on the cached folds ("cv"; English also
    "web": the genres not trained on, document n by fold n % K; ``unseen``: also "unseen" and
    "seen", the held-out names whose text is never a name in the fold's training part, and the
    others: gold and found names alike, so a false name of new text counts against "unseen")."""
    from reader.analysis import perceptron

    meta = json.loads((cache / META).read_text(encoding="utf-8"))
    language, folds = meta["language"], meta["folds"]
    sentences = read_source(language, meta["source"])
    web = read_source(language, meta["source"], web=True)
    extra_names = name_texts(extra_of(meta)) if unseen else frozenset()
    out = {"cv": (Scores(), Scores())}
    if web:
        out["web"] = (Scores(), Scores())
    if unseen:
        out["unseen"], out["seen"] = (Scores(), Scores()), (Scores(), Scores())
    for k in range(folds):
        data = _read(_fold_path(cache, k))
        perceptron._MODELS[language] = perceptron.Model(data["weights"], data["vocab"], data["typer"])
        try:
            held, rest = train.fold_split(sentences, k, folds, language == "en")
            parts = {"cv": score(held, language)}
            if unseen:
                known = name_texts(rest) | extra_names
                parts["unseen"] = score(held, language, only=lambda text: text not in known)
                parts["seen"] = score(held, language, only=known.__contains__)
            if web:
                parts["web"] = score([s for s in web if s.doc % folds == k], language)
        finally:
            del perceptron._MODELS[language]
        for name, (typed, untyped) in parts.items():
            _add(out[name][0], typed)
            _add(out[name][1], untyped)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: ``build``, ``retype`` or ``score``."""
    parser = argparse.ArgumentParser(prog="python -m reader.analysis.cvfolds", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("build", "retype", "score"))
    parser.add_argument("--cache", required=True, help="folder of the fold models (outside the project)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--da", metavar="TRAIN.iob2", help="build: UNER Danish DDT train split")
    which.add_argument("--en", metavar="GUM_DIR", help="build: the GUM corpus's folder of .conllu files")
    parser.add_argument("--cv", type=int, default=5, metavar="K", help="build: folds (default 5)")
    parser.add_argument("--epochs", type=int, default=12, help="build: epochs (default 12)")
    parser.add_argument("--seeds", type=int, default=2, help="build: averaged runs per fold (default 2)")
    parser.add_argument("--min-weight", type=float, default=None, help="build: weight floor (default as train)")
    parser.add_argument("--unseen", action="store_true",
                        help="score: also the held-out names never a name in the fold's training part")
    train.add_extra_options(parser)
    args = parser.parse_args(argv)
    cache = Path(args.cache)
    if args.action == "build":
        if not (args.da or args.en):
            parser.error("build needs --da TRAIN.iob2 or --en GUM_DIR")
        if args.extra:
            train.extra_sentences(parser, args)  # a file that cannot be read stops here, in one line
        build(cache, "en" if args.en else "da", args.en or args.da, args.cv, args.epochs, args.seeds, args.min_weight,
              args.extra, args.extra_times)
        print(f"wrote {args.cv} fold models to {cache}")
        return 0
    if not (cache / META).is_file():
        parser.error(f"no fold models in {cache} (run build first)")
    if args.action == "retype":
        retype(cache)
        print(f"retrained the typers in {cache}")
        return 0
    titles = {"cv": "cross-validation", "web": "web-like (genres not trained on)",
              "unseen": "names unseen in the fold's training part", "seen": "names seen in it"}
    for name, (typed, untyped) in score_cache(cache, args.unseen).items():
        title = titles[name]
        print(f"{title}: typed F1 {typed.prf()[2]:.4f}")
        print(report(typed, untyped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
