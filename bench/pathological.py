"""Hostile inputs that could make the analysis or re-anchoring slow, each beside a baseline.

Run: python bench/pathological.py
The tests check what these inputs produce; this prints how long they take. Each line gives the
time for a pathological input beside the time for ordinary text of the same length, measured in
the same run, and their ratio (a regex that backtracks shows up as a ratio in the tens or more).
The fuzzy re-anchoring of a quote that left a 120,000-character article is printed beside
difflib's longest-match search over the same text. Last, our own test articles joined into one long
text of 50 KB and of 400 KB, per language: the time per KB of the long one beside the short one's
(a pass that is quadratic in the text's people or quotes shows as a ratio of several: an English
turn rule compiled a pattern per person per quote and took 25 s on 400 KB, 0.75 s on 50 KB).
"""

from __future__ import annotations

import difflib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PATHOLOGICAL = {
    "a x 200k": "a" * 200_000,
    ". x 200k": "." * 200_000,
    "'- ' x 100k": "- " * 100_000,
    '" x 100k': '"' * 100_001,
    "» x 50k": "»" * 50_000 + "x",
    "A. x 100k": "A." * 100_000,
    "1, x 100k": "1," * 100_000,
    "Ab x 100k": "Ab " * 100_000,
    "list x 50k": "Han bor i " + "Aarhus, " * 50_000 + "og Odense.",  # one list read back from its "og"
    "Michael x 2k": '"Yes," said Michael.\n\n' * 2_000,  # a first-name speaker, quote after quote
    "58-årige x 1k": "»Ja,« siger den 58-årige. Den 41-årige bager siger nej. " * 1_000,
    "rådet x 1k": "".join("Firma%d A/S vokser. »Det er godt,« skriver rådet. " % i for i in range(1_000)),  # firms, then a body's noun
    "dialogue x 1k": '"It is fine," said John Smith. "No," he replied. ' * 1_000,  # one paragraph of pronouns
    "described x 1k": ('"We will go on," he said. Tom Reed waved at the crowd, and his old sergeant addressed '
                       'the recruits. ' * 1_000),  # each "he" looks back for a description: was quadratic
}
ORDINARY = (
    "Regeringen har i dag fremlagt et udspil om skat og velfærd, siger Mette Hansen fra Aarhus. "
    "The council said on Tuesday that 3,5 pct. of the budget would go to schools in Leeds. "
)


def _best(fn, repeat: int = 3) -> float:
    """Fastest of ``repeat`` calls of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    """Print each pathological input's analysis time beside ordinary text of the same length."""
    from reader.analysis import analyze
    from reader.model import Anchor
    from reader.anchoring import reanchor

    worst = 0.0
    for name, text in PATHOLOGICAL.items():
        ordinary = (ORDINARY * (len(text) // len(ORDINARY) + 1))[: len(text)]
        for lang in ("da", "en"):
            ours = _best(lambda: analyze(text, lang))
            base = _best(lambda: analyze(ordinary, lang))
            worst = max(worst, ours / base)
            print(f"{name:<14} {lang}  {ours:7.3f} s   ordinary text {base:7.3f} s   ratio {ours / base:5.2f}x")
    print(f"worst ratio {worst:.2f}x (target: under 3x, i.e. no input much slower than prose)")

    paragraph = "Regeringen har i dag fremlagt et udspil om skat og velfærd for de kommende år. "
    text = paragraph * 1500
    quote = "Et helt andet citat som ikke står i teksten overhovedet her"
    anchor = Anchor(500, 560, quote, "", "")
    ours = _best(lambda: reanchor(anchor, text))
    base = _best(lambda: difflib.SequenceMatcher(None, text, quote, autojunk=False).find_longest_match())
    print(f"fuzzy re-anchor, quote gone from {len(text):,} chars: {ours:.3f} s   "
          f"difflib longest match {base:.3f} s   ratio {ours / base:.2f}x (target under 2 s)")
    scaling(analyze)
    return 0


def scaling(analyze) -> None:
    """Time per KB of 400 KB of our test articles joined, beside 50 KB of the same, per language."""
    from reader.analysis.iob import read_marked

    folder = Path(__file__).resolve().parents[1] / "tests" / "ner_articles"
    for lang in ("da", "en"):
        joined = "\n\n".join(article.text for article in read_marked(folder / f"{lang}.txt")) + "\n\n"
        short, long = ((joined * (size // len(joined) + 1))[:size] for size in (50_000, 400_000))
        analyze(joined[:5_000], lang)  # the model loaded and warm before either is timed
        per_kb = [_cpu(lambda: analyze(text, lang)) / (len(text) / 1000) for text in (short, long)]
        print(f"long text {lang}: 50 KB {per_kb[0] * 1000:.2f} ms/KB, 400 KB {per_kb[1] * 1000:.2f} ms/KB, "
              f"ratio {per_kb[1] / per_kb[0]:.2f}x (target: under 2x, linear)")


def _cpu(fn) -> float:
    """CPU seconds of one call of ``fn`` (the first: a long text is not repeated)."""
    started = time.process_time()
    fn()
    return time.process_time() - started


if __name__ == "__main__":
    raise SystemExit(main())
