"""Score the analysis on IOB2 gold files: ``python -m reader.analysis.evaluate FILE.iob2``."""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field

from reader.analysis.iob import GoldSentence, read_iob2

NAME_LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Scores:
    """Exact-span true positives, false positives and false negatives per label."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set[tuple[int, int, str]], found: set[tuple[int, int, str]]) -> None:
        """Count one sentence."""
        for item in found & gold:
            self.tp[item[2]] += 1
        for item in found - gold:
            self.fp[item[2]] += 1
        for item in gold - found:
            self.fn[item[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 of one label, or micro-averaged over all when None."""
        tp = self.tp[label] if label else sum(self.tp.values())
        fp = self.fp[label] if label else sum(self.fp.values())
        fn = self.fn[label] if label else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(sentences: list[GoldSentence], language: str) -> tuple[Scores, Scores]:
    """Typed and untyped scores of ``analyze`` on gold sentences."""
    from reader.analysis import analyze

    typed, untyped = Scores(), Scores()
    labels = {span[2] for sent in sentences for span in sent.spans} | {"PER", "ORG", "LOC"}
    for sent in sentences:
        result = analyze(sent.text, language)
        found = {(e.start, e.end, e.label.value) for e in result.entities if e.label.value in labels}
        gold = set(sent.spans)
        typed.add(gold, found)
        untyped.add({(s, e, "ANY") for s, e, _ in gold}, {(s, e, "ANY") for s, e, _ in found})
    return typed, untyped


def report(typed: Scores, untyped: Scores) -> str:
    """A table of precision, recall and F1 per label and overall."""
    lines = [f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'found':>7}"]
    labels = [lab for lab in NAME_LABELS if typed.tp[lab] + typed.fn[lab] + typed.fp[lab]]
    for label in labels:
        p, r, f = typed.prf(label)
        gold = typed.tp[label] + typed.fn[label]
        found = typed.tp[label] + typed.fp[label]
        lines.append(f"{label:<8}{p:8.3f}{r:8.3f}{f:8.3f}{gold:7d}{found:7d}")
    p, r, f = typed.prf()
    lines.append(f"{'typed':<8}{p:8.3f}{r:8.3f}{f:8.3f}")
    p, r, f = untyped.prf()
    lines.append(f"{'untyped':<8}{p:8.3f}{r:8.3f}{f:8.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m reader.analysis.evaluate", description=__doc__)
    parser.add_argument("files", nargs="+", metavar="FILE.iob2")
    parser.add_argument("--lang", choices=("auto", "da", "en"), default=None,
                        help="language of the text (default: from the file name, else auto)")
    args = parser.parse_args(argv)
    for path in args.files:
        language = args.lang
        if language is None:
            name = path.rsplit("/", 1)[-1].lower()
            language = "da" if name.startswith("da") else "en" if name.startswith("en") else "auto"
        sentences = read_iob2(path)
        typed, untyped = score(sentences, language)
        print(f"{path} ({len(sentences)} sentences, language {language})")
        print(report(typed, untyped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
