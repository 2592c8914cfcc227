"""Train the name taggers: ``python -m reader.analysis.train --da TRAIN.iob2`` (Danish, UNER DDT) or
``--en GUM_DIR`` (English, the GUM corpus's CoNLL-U files; see ``reader.analysis.gum``).

The training data is read from where it lies and never copied; only the weights are written.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from reader.analysis import en_doc
from reader.analysis.iob import GoldSentence, read_iob2, read_marked
from reader.analysis.gum import read_gum
from reader.analysis.perceptron import LABELS, WEIGHT_PATHS, best_label, candidate_features
from reader.analysis.tokens import tokenize
from reader.analysis.typer import REJECT, SPAN_KEY, TYPES, WORD_KEY, span_features

Example = tuple[list[str], list[str]]  # words, gold tags

# Document numbers of extra training text (``--extra``) start here, past any training corpus's,
# and each further copy of it adds a multiple of ``EXTRA_COPY`` (a multiple of 5: a copy falls
# in its original's jackknife fold, so it never makes its own names look known; its own number
# keeps it a document of its own for ``en_doc``).
EXTRA_FIRST_DOC = 1_000_000
EXTRA_COPY = 100_000


def read_extra(paths: list[str], times: int = 1) -> list[GoldSentence]:
    """Training sentences from text the team marked as ``{{text|TYPE}}`` (``iob.read_marked``):
    each text split into its sentences (``sentences.split_sentences``), a name kept when it lies in
    one; ``times`` copies of each, as further documents (see ``EXTRA_FIRST_DOC``)."""
    from reader.analysis.sentences import split_sentences

    out: list[GoldSentence] = []
    first = EXTRA_FIRST_DOC
    for path in paths:
        texts = read_marked(path)
        for copy in range(times):
            for text in texts:
                doc = first + text.doc + copy * EXTRA_COPY
                for start, end in split_sentences(text.text):
                    spans = tuple((i - start, j - start, label) for i, j, label in text.spans
                                  if start <= i and j <= end)
                    out.append(GoldSentence(text.text[start:end], spans, doc))
        first += len(texts)
    return out


def to_examples(sentences: list[GoldSentence], language: str = "da") -> list[Example]:
    """Our own tokens of each gold sentence with IOB2 tags projected from the gold spans."""
    examples: list[Example] = []
    for sent in sentences:
        toks = tokenize(sent.text, language)
        tags = ["O"] * len(toks)
        for start, end, label in sent.spans:
            inside = False
            for k in range(len(toks)):
                if toks.starts[k] >= start and toks.ends[k] <= end:
                    tags[k] = ("I-" if inside else "B-") + label
                    inside = True
        examples.append((toks.words, tags))
    return examples


def vocab_classes(examples: list[Example]) -> dict[str, str]:
    """Lower-case vocabulary: L seen in lower case only, C capitalised (mid-sentence) only, B both."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for words, _tags in examples:
        for i, word in enumerate(words):
            if not word[:1].isalpha():
                continue
            if word[0].islower():
                low[word] += 1
            elif i > 0 and words[i - 1] not in ("-", ":", '"', "»", "«", "“", "„"):
                cap[word.lower()] += 1
    out: dict[str, str] = {}
    for word in set(low) | set(cap):
        out[word] = "B" if low[word] and cap[word] else ("L" if low[word] else "C")
    out.update(entity_memory(examples))
    return out


def entity_memory(examples: list[Example]) -> dict[str, str]:
    """Types each name (key ``SPAN_KEY + name``) and each name word (``WORD_KEY + word``) had."""
    spans: dict[str, set[str]] = defaultdict(set)
    parts: dict[str, set[str]] = defaultdict(set)
    for words, _i, _j, label in span_examples(examples):
        lows = [w.lower() for w in words[_i:_j]]
        spans[SPAN_KEY + " ".join(lows)].add(label[0])
        for low in lows:
            if low[:1].isalpha():
                parts[WORD_KEY + low].add(label[0])
    return {key: "".join(sorted(kinds)) for table in (spans, parts) for key, kinds in table.items()}


class Trainer:
    """Averaged perceptron with lazy averaging."""

    def __init__(self) -> None:
        self.w: dict[str, dict[int, float]] = defaultdict(dict)
        self.total: dict[tuple[str, int], float] = defaultdict(float)
        self.stamp: dict[tuple[str, int], int] = defaultdict(int)
        self.step = 0

    def scores(self, feats: list[str]) -> list[float]:
        totals = [0.0] * len(LABELS)
        for f in feats:
            for k, v in self.w.get(f, {}).items():
                totals[k] += v
        return totals

    def update(self, feats: list[str], gold: int, guess: int) -> None:
        for f in feats:
            for k, delta in ((gold, 1.0), (guess, -1.0)):
                key = (f, k)
                old = self.w[f].get(k, 0.0)
                self.total[key] += (self.step - self.stamp[key]) * old
                self.stamp[key] = self.step
                self.w[f][k] = old + delta

    def averaged(self, min_abs: float) -> dict[str, list]:
        out: dict[str, list] = {}
        for f, ws in self.w.items():
            pairs: list = []
            for k, v in sorted(ws.items()):
                key = (f, k)
                total = self.total[key] + (self.step - self.stamp[key]) * v
                avg = round(total / max(1, self.step), 3)
                if abs(avg) >= min_abs:
                    pairs += [k, avg]
            if pairs:
                out[f] = pairs
        return out


# The share of the training sentences each averaged run sees (bagging when below 1): each of the
# 20 tagger and typer runs trains on its own random 80 % (CV typed F1 0.815 -> 0.816; 0.7: 0.817).
SAMPLE = 0.8


def _bag(count: int, rng: random.Random) -> list[int]:
    """The indices one run trains on: all, or a random ``SAMPLE`` of them."""
    order = list(range(count))
    if SAMPLE < 1.0:
        order = sorted(rng.sample(order, int(count * SAMPLE)))
    return order


def jackknife(count: int, keys: list[int] | None, folds: int = 5) -> list[int]:
    """The fold of each of ``count`` examples for the jackknifed vocabulary: by position, or by
    ``keys`` (English: the document, so that a name met again in its own document is not known
    from it, as names in new text are not)."""
    return [(keys[j] if keys else j) % folds for j in range(count)]


def train(examples: list[Example], epochs: int, seed: int = 7, keys: list[int] | None = None) -> Trainer:
    """Train on ``examples``; vocabulary classes are jackknifed over five folds (see ``jackknife``)."""
    folds = 5
    fold_of = jackknife(len(examples), keys, folds)
    fold_vocab = []
    for k in range(folds):
        rest = [ex for j, ex in enumerate(examples) if fold_of[j] != k]
        fold_vocab.append(vocab_classes(rest))
    rng = random.Random(seed)
    order = _bag(len(examples), rng)
    trainer = Trainer()
    index = {label: k for k, label in enumerate(LABELS)}
    for epoch in range(epochs):
        rng.shuffle(order)
        wrong = 0
        for j in order:
            words, gold = examples[j]
            vocab = fold_vocab[fold_of[j]]
            lowers = [w.lower() for w in words]
            prev = "O"
            for i in range(len(words)):
                trainer.step += 1
                feats = candidate_features(words, lowers, i, {0}, prev, vocab)
                if feats is None:
                    prev = "O"
                    continue
                guess = best_label(trainer.scores(feats), prev)
                if guess != gold[i]:
                    wrong += 1
                    trainer.update(feats, index[gold[i]], index[guess])
                prev = guess
        print(f"epoch {epoch + 1}: {wrong} errors", file=sys.stderr)
    return trainer


def span_examples(examples: list[Example]) -> list[tuple[list[str], int, int, str]]:
    """The gold names of ``examples`` as (words, start index, end index, type)."""
    out = []
    for words, tags in examples:
        k = 0
        while k < len(tags):
            if tags[k] == "O":
                k += 1
                continue
            label = tags[k][2:]
            j = k + 1
            while j < len(tags) and tags[j] == "I-" + label:
                j += 1
            out.append((words, k, j, label))
            k = j
    return out


# Tagger runs averaged for each fold when finding its false names (0: none). Danish 4: the typer
# learns "no name" from false names nearer those of the shipped many-run tagger (5-fold CV with 2
# runs per fold 0.822 -> 0.825). English stays at 2: with 4 (false names recomputed in cached GUM
# folds, two typer seed pairs) web-like sentences lost 0.0018 and 0.0031 (docs/log/namesen18.md).
NEGATIVE_SEEDS = {"da": 4, "en": 2}


def false_names(
    examples: list[Example], epochs: int, seeds: int | None = None, language: str = "da",
    keys: list[int] | None = None,
) -> list[list[tuple[int, int]]]:
    """Per example, the spans a tagger trained without its fold finds that are not gold names."""
    if seeds is None:
        seeds = NEGATIVE_SEEDS.get(language, 2)
    from reader.analysis.name_base import SETTINGS, runs
    from reader.analysis.name_rules import capital_runs
    from reader.analysis.perceptron import Model

    folds = 5
    out: list[list[tuple[int, int]]] = [[] for _ in examples]
    if not seeds:
        return out
    for k in range(folds):
        fold_of = jackknife(len(examples), keys, folds)
        rest = [ex for j, ex in enumerate(examples) if fold_of[j] != k]
        rest_keys = [key for j, key in enumerate(keys) if fold_of[j] != k] if keys else None
        weights = _mean([train(rest, epochs, 100 + seed, rest_keys).averaged(0.0) for seed in range(seeds)], 0.05)
        model = Model(weights, vocab_classes(rest), {})
        for index in (j for j in range(len(examples)) if fold_of[j] == k):
            words, gold = examples[index]
            words = tuple(words)
            tags, _begins = model.tag(words, {0})
            if SETTINGS[language].capital_rule:
                capital_runs(words, tags, {0}, [i for i, w in enumerate(words) if w[:1].isupper()], language)
            real = {(i, j) for _w, i, j, _label in span_examples([(list(words), gold)])}
            out[index] = [(i, j) for i, j, _label in runs(tags) if (i, j) not in real]
    return out


def train_typer(
    examples: list[Example], epochs: int, seed: int = 11, negatives: list[list[tuple[int, int]]] | None = None,
    keys: list[int] | None = None, tables: list | None = None,
) -> Trainer:
    """Train the span typer on the gold spans (vocabulary classes jackknifed), and on ``negatives``
    (per example, spans that are no name) as the class ``REJECT`` (``tables``: per example, its
    document's ``en_doc`` table, for the features of other mentions; None: none)."""
    folds = 5
    fold_of = jackknife(len(examples), keys, folds)
    fold_vocab = [vocab_classes([ex for j, ex in enumerate(examples) if fold_of[j] != k]) for k in range(folds)]
    items = []
    rng = random.Random(seed)
    for index in _bag(len(examples), rng):
        ex = examples[index]
        table = tables[index] if tables else None
        for words, i, j, label in span_examples([ex]):
            items.append((words, i, j, label, fold_vocab[fold_of[index]], table))
        for i, j in negatives[index] if negatives else ():
            items.append((ex[0], i, j, REJECT, fold_vocab[fold_of[index]], table))
    rng = random.Random(seed)
    trainer = Trainer()
    for epoch in range(epochs):
        rng.shuffle(items)
        wrong = 0
        for words, i, j, label, vocab, table in items:
            trainer.step += 1
            feats = span_features(words, i, j, i == 0, vocab)
            if table:
                feats += en_doc.doc_features(words, i, j, i == 0, table)
            totals = trainer.scores(feats)[: len(TYPES)]
            guess = max(range(len(TYPES)), key=lambda k: totals[k])
            gold = TYPES.index(label)
            if guess != gold:
                wrong += 1
                trainer.update(feats, gold, guess)
        print(f"typer epoch {epoch + 1}: {wrong} errors", file=sys.stderr)
    return trainer


def _mean(runs: list[dict[str, list]], min_abs: float) -> dict[str, list]:
    """The average of several sparse weight tables, small weights dropped."""
    total: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for run in runs:
        for feat, pairs in run.items():
            for k in range(0, len(pairs), 2):
                total[feat][pairs[k]] += pairs[k + 1] / len(runs)
    out: dict[str, list] = {}
    for feat, row in total.items():
        pairs = []
        for k, value in sorted(row.items()):
            if abs(value) >= min_abs:
                pairs += [k, round(value, 3)]
        if pairs:
            out[feat] = pairs
    return out


ABOUT = {
    "da": "Danish name tagger trained on UNER Danish DDT (CC BY-SA 4.0) by reader.analysis.train",
    "en": "English name tagger trained on GUM (annotations CC BY 4.0, Zeldes 2017) by reader.analysis.train",
}


def model_data(examples: list[Example], epochs: int, seeds: int, min_weight: float, language: str = "da",
               keys: list[int] | None = None) -> dict:
    """The weight file's content for ``examples``: ``seeds`` averaged runs of tagger and typer
    (``keys``: the document of each example, for the jackknife; see ``jackknife``)."""
    negatives = false_names(examples, epochs, language=language, keys=keys)
    return {
        "about": ABOUT[language],
        "labels": list(LABELS),
        "vocab": vocab_classes(examples),
        "weights": tagger_data(examples, epochs, seeds, min_weight, keys),
        "typer": typer_data(examples, epochs, seeds, min_weight, language, keys, negatives),
    }


def tagger_data(examples: list[Example], epochs: int, seeds: int, min_weight: float,
                keys: list[int] | None = None) -> dict[str, list]:
    """The tagger's weights: ``seeds`` averaged runs (seeds 7, 8, ...), small weights dropped."""
    return _mean([train(examples, epochs, seed, keys).averaged(0.0) for seed in range(7, 7 + seeds)], min_weight)


def typer_data(examples: list[Example], epochs: int, seeds: int, min_weight: float, language: str,
               keys: list[int] | None, negatives: list[list[tuple[int, int]]]) -> dict[str, list]:
    """The typer's weights: ``seeds`` averaged runs (seeds 11, 12, ...) on the gold names and
    ``negatives`` (see ``false_names``), small weights dropped."""
    tables = en_doc.doc_tables([ex[0] for ex in examples], keys) if en_doc.ON.get(language) and keys else None
    return _mean([train_typer(examples, epochs, seed + 4, negatives, keys, tables).averaged(0.0)
                  for seed in range(7, 7 + seeds)], min_weight)


# Jackknife the vocabulary by document (English; Danish by sentence, its training file's order).
JACKKNIFE_BY_DOC = {"da": False, "en": True}


def doc_keys(sentences: list[GoldSentence], language: str) -> list[int] | None:
    """The document of each sentence when ``language`` jackknifes by document, else None."""
    return [s.doc for s in sentences] if JACKKNIFE_BY_DOC.get(language) else None


def fold_split(sentences: list[GoldSentence], k: int, folds: int, by_doc: bool) -> tuple[list, list]:
    """Fold ``k`` of ``folds`` and the rest: contiguous blocks of sentences, or (``by_doc``) the
    documents whose number is ``k`` modulo ``folds`` (GUM's files are sorted by genre: every fold
    then holds documents of every genre, and no document is in two folds)."""
    if by_doc:
        held = [s for s in sentences if s.doc % folds == k]
        rest = [s for s in sentences if s.doc % folds != k]
        return held, rest
    size = -(-len(sentences) // folds)
    return sentences[k * size: (k + 1) * size], sentences[: k * size] + sentences[(k + 1) * size:]


def _fold_scores(job: tuple) -> tuple:
    """Train without fold ``k`` of ``folds`` and score that fold."""
    from reader.analysis import perceptron
    from reader.analysis.evaluate import score

    sentences, k, folds, epochs, seeds, min_weight, language = job
    held, rest = fold_split(sentences, k, folds, language == "en")
    data = model_data(to_examples(rest, language), epochs, seeds, min_weight, language, doc_keys(rest, language))
    perceptron._MODELS[language] = perceptron.Model(data["weights"], data["vocab"], data["typer"])
    typed, untyped = score(held, language)
    del perceptron._MODELS[language]
    return typed, untyped


def cross_validate(sentences: list[GoldSentence], folds: int, epochs: int, seeds: int, min_weight: float,
                   jobs: int = 2, language: str = "da") -> tuple:
    """Typed and untyped scores of ``folds``-fold cross-validation on ``sentences`` (summed over folds)."""
    from multiprocessing import get_context

    from reader.analysis.evaluate import Scores

    work = [(sentences, k, folds, epochs, seeds, min_weight, language) for k in range(folds)]
    if jobs > 1:
        with get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_fold_scores, work)
    else:
        parts = [_fold_scores(job) for job in work]
    typed, untyped = Scores(), Scores()
    for t, u in parts:
        for total, part in ((typed, t), (untyped, u)):
            total.tp.update(part.tp)
            total.fp.update(part.fp)
            total.fn.update(part.fn)
    return typed, untyped


# Averaged runs of tagger and typer in the shipped weights. English: 8 (GUM is three times DDT's
# size, so each run sees more; fewer runs keep the file small and quick to load).
SEEDS = {"da": 20, "en": 8}
# English weights under 0.4 are dropped: the file loads faster (GUM CV 0.6541 -> 0.6540; 0.2: 0.6544).
MIN_WEIGHT = {"da": 0.05, "en": 0.4}


def add_extra_options(parser: argparse.ArgumentParser) -> None:
    """``--extra FILE`` (repeatable) and ``--extra-times N``, for ``train`` and ``cvfolds build``."""
    parser.add_argument("--extra", action="append", default=[], metavar="FILE",
                        help="marked training text ({{text|TYPE}}, texts between lines of ===) added to the training"
                             " examples; in cross-validation to every fold's training part, never scored")
    parser.add_argument("--extra-times", type=int, default=1, metavar="N",
                        help="add each --extra text N times (default 1)")


def extra_sentences(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[GoldSentence]:
    """The sentences of ``--extra``, or the parser's one-line error when a file cannot be read."""
    if args.extra_times < 1:
        parser.error("--extra-times must be 1 or more")
    try:
        return read_extra(args.extra, args.extra_times)
    except OSError as err:
        parser.error(f"cannot read {err.filename}: {err.strerror or err}")
    except UnicodeDecodeError:
        parser.error("cannot read the --extra text: it is not UTF-8")
    except ValueError as err:
        parser.error(str(err))
    return []


def main(argv: list[str] | None = None) -> int:
    """Command line: train and write the weight file (or cross-validate with ``--cv``)."""
    parser = argparse.ArgumentParser(prog="python -m reader.analysis.train")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--da", metavar="TRAIN.iob2", help="UNER Danish DDT train split")
    which.add_argument("--en", metavar="GUM_DIR", help="the GUM corpus's folder of .conllu files")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--min-weight", type=float, default=None,
                        help="drop averaged weights smaller than this (default 0.05 Danish, 0.4 English)")
    parser.add_argument("--seeds", type=int, default=None,
                        help=f"average this many runs (shuffling seeds; default {SEEDS})")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="K-fold cross-validation on the training file instead (nothing written)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for --cv")
    parser.add_argument("-o", "--output", default=None, help="weight file (default: the shipped one)")
    add_extra_options(parser)
    args = parser.parse_args(argv)
    language = "en" if args.en else "da"
    source = args.en or args.da
    args.seeds = args.seeds or SEEDS[language]
    args.min_weight = MIN_WEIGHT[language] if args.min_weight is None else args.min_weight
    try:
        sentences = read_gum(args.en) if args.en else read_iob2(args.da)
    except OSError as err:
        parser.error(f"cannot read {source}: {err.strerror or err}")
    extra = extra_sentences(parser, args)
    if args.cv:
        if extra:
            parser.error("--extra is for training the weights; cross-validate with cvfolds build --extra")
        from reader.analysis.evaluate import report

        typed, untyped = cross_validate(sentences, args.cv, args.epochs, args.seeds, args.min_weight, args.jobs, language)
        print(f"{args.cv}-fold cross-validation on {source}")
        print(report(typed, untyped))
        return 0
    args.output = args.output or str(WEIGHT_PATHS[language])
    examples = to_examples(sentences + extra, language)
    data = model_data(examples, args.epochs, args.seeds, args.min_weight, language, doc_keys(sentences + extra, language))
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    # Byte-reproducible: no time stamp and no file name in the gzip header.
    with open(args.output, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as handle:
        handle.write(payload)
    print(f"wrote {args.output}: {len(data['weights'])} features, {Path(args.output).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
