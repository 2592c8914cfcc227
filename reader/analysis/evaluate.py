"""Score the analysis on IOB2 gold files: ``python -m reader.analysis.evaluate FILE.iob2``."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.analysis.en_doc import document
from reader.analysis.iob import GoldSentence, read_iob2, read_marked

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


def score(
    sentences: list[GoldSentence], language: str, documents: bool = False, context: bool = True,
    only: Callable[[str], bool] | None = None,
) -> tuple[Scores, Scores]:
    """Typed and untyped scores of ``analyze`` on gold sentences.

    ``documents``: analyse each document of the file (``# newdoc``) as one text, its sentences on
    lines of their own, as the reader analyses a whole article; else each sentence alone, but
    (``context``, English) with what the other mentions of its words in its document say
    (``en_doc``), as the reader has them in a whole article.
    """
    from reader.analysis import analyze

    typed, untyped = Scores(), Scores()
    labels = {span[2] for sent in sentences for span in sent.spans} | {"PER", "ORG", "LOC"}
    tables = _doc_contexts(sentences, language) if context and not documents else {}
    for group in _groups(sentences, documents):
        text = "\n".join(sent.text for sent in group)
        if group[0].doc in tables:
            with document(tables[group[0].doc]):
                result = analyze(text, language)
        else:
            result = analyze(text, language)
        found_all = [(e.start, e.end, e.label.value) for e in result.entities if e.label.value in labels]
        offset = 0
        for sent in group:
            end = offset + len(sent.text)
            found = {(s - offset, e - offset, lab) for s, e, lab in found_all if offset <= s and e <= end}
            gold = set(sent.spans)
            if only is not None:
                gold = {x for x in gold if only(sent.text[x[0]:x[1]])}
                found = {x for x in found if only(sent.text[x[0]:x[1]])}
            typed.add(gold, found)
            untyped.add({(s, e, "ANY") for s, e, _ in gold}, {(s, e, "ANY") for s, e, _ in found})
            offset = end + 1
    return typed, untyped


def _doc_contexts(sentences: list[GoldSentence], language: str) -> dict[int, list[list[str]]]:
    """The words of each document's sentences (by document number), where ``en_doc`` reads them."""
    from reader.analysis.en_doc import ON
    from reader.analysis.tokens import tokenize

    if not ON.get(language):
        return {}
    out: dict[int, list[list[str]]] = {}
    for sent in sentences:
        if sent.doc:
            out.setdefault(sent.doc, []).append(tokenize(sent.text, language).words)
    return out


def _groups(sentences: list[GoldSentence], documents: bool) -> list[list[GoldSentence]]:
    """The sentences one by one, or grouped by document."""
    if not documents:
        return [[sent] for sent in sentences]
    groups: list[list[GoldSentence]] = []
    for sent in sentences:
        if groups and groups[-1][0].doc == sent.doc and sent.doc:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups


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
    parser.add_argument("files", nargs="+", metavar="FILE.iob2",
                        help="IOB2 gold files, or .txt files of articles with names marked {{text|TYPE}}")
    parser.add_argument("--lang", choices=("auto", "da", "en"), default=None,
                        help="language of the text (default: from the file name, else auto)")
    parser.add_argument("--documents", action="store_true",
                        help="analyse each document (# newdoc) as one text, as the reader does an article")
    parser.add_argument("--alone", action="store_true",
                        help="English: each sentence without what its document says of its words (en_doc)")
    args = parser.parse_args(argv)
    for path in args.files:
        language = args.lang
        if language is None:
            name = path.rsplit("/", 1)[-1].lower()
            language = "da" if name.startswith("da") else "en" if name.startswith("en") else "auto"
        sentences = read_marked(path) if path.endswith(".txt") else read_iob2(path)
        typed, untyped = score(sentences, language, args.documents, not args.alone)
        unit = "whole documents" if args.documents else "sentence by sentence"
        if not args.documents and not args.alone and language == "en" and any(sent.doc for sent in sentences):
            unit += ", with what each document says of its words"
        if args.documents and not any(sent.doc for sent in sentences):
            unit += "; the file marks no documents (# newdoc), so each sentence is one"
        print(f"{path} ({len(sentences)} sentences, language {language}, {unit})")
        print(report(typed, untyped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
