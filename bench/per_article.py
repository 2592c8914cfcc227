"""The per-article figures of bench/analysis.py: the articles text cut into articles, each analysed
by its own ``analyze`` call (as the app, the library index and Dask indexing analyse them), beside
spaCy's blank Danish tokenizer on the same pieces one by one (``nlp.make_doc(piece)``: the blank
pipeline has no components, so ``nlp(piece)`` and ``nlp.pipe`` do the same work; in a trial all
three took 0.23-0.26 s on 1 MB, ``pipe`` 0.21-0.37 s).

spaCy is 4-5x faster per article than on the one 1 MB text: its tokenizer stops caching for the
rest of a call once it meets a special case (``has_special`` in ``Tokenizer._save_cached``, spaCy
3.8.18), so one long text is tokenized word by word afresh, and an article at a time is not."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable


def article_lengths() -> list[int]:
    """How many paragraphs each article of tests/ner_articles/da.txt has, in the file's order."""
    path = Path(__file__).resolve().parents[1] / "tests" / "ner_articles" / "da.txt"
    chunks = path.read_text(encoding="utf-8").split("===")
    return [len([p for p in chunk.split("\n\n") if p.strip()]) for chunk in chunks if chunk.strip()]


def article_pieces(text: str) -> list[str]:
    """``text`` (bench/analysis.py's articles text: paragraphs of the test articles in random order)
    cut into articles: pieces of as many paragraphs as the test articles have, taken in turn (2-16,
    7.5 on average; about 0.9 KB a piece)."""
    lengths = article_lengths()
    paragraphs = text.split("\n\n")
    pieces, at, turn = [], 0, 0
    while at < len(paragraphs):
        count = lengths[turn % len(lengths)]
        pieces.append("\n\n".join(paragraphs[at:at + count]))
        at, turn = at + count, turn + 1
    return pieces


def _cpu(fn: Callable[[], object]) -> float:
    """CPU seconds of one call of ``fn``."""
    cpu = time.process_time()
    fn()
    return time.process_time() - cpu


def measure_pieces(analyze, model, text: str, repeat: int) -> str:
    """The per-article lines: CPU time of every piece analysed one call each, cold (the model's and
    the word memos' caches emptied once before the first piece: the pieces share them, as an index
    build's articles do; a fresh spaCy) and warm (the same pieces again), beside spaCy's tokenizer."""
    pieces = article_pieces(text)
    mb = len(text.encode("utf-8")) / 1e6

    def ours() -> None:
        for piece in pieces:
            analyze(piece, "da")

    def cold() -> float:
        if model is not None:
            model.clear()
        return _cpu(ours)

    try:
        import spacy
    except ImportError:
        spacy = None
    cpu: dict[str, list[float]] = {"cold": [], "warm": [], "theirs cold": [], "theirs warm": []}
    for _ in range(repeat):
        cpu["cold"].append(cold())
        if spacy is not None:
            nlp = spacy.blank("da")
            cpu["theirs cold"].append(_cpu(lambda: [nlp.make_doc(piece) for piece in pieces]))
    for _ in range(repeat):
        cpu["warm"].append(_cpu(ours))
        if spacy is not None:
            cpu["theirs warm"].append(_cpu(lambda: [nlp.make_doc(piece) for piece in pieces]))
    best = {key: min(values) if values else 0.0 for key, values in cpu.items()}
    head = f"  per article ({len(pieces)} pieces, {mb * 1000 / len(pieces):.2f} KB each), CPU s:"
    line = f"{head}\n{'    cold, warm:':<34}{best['cold']:7.3f} s, {best['warm']:.3f} s ({mb / best['cold']:.2f} MB/s cold)"
    if spacy is None:
        return line
    return (f"{line}   spaCy {best['theirs cold']:.3f} s, {best['theirs warm']:.3f} s   ratio "
            f"{best['theirs cold'] / best['cold']:.2f}x, {best['theirs warm'] / best['warm']:.2f}x")
