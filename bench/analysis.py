"""Analysis speed: MB/s of reader.analysis.analyze beside spaCy's blank Danish tokenizer.

Run: python bench/analysis.py [--mb 1.0] [--repeat 3] [--text both|generated|articles] [--stages]
    [--no-per-article]
The text is generated here (Danish wire style); the seed article from ../shared is mixed in when present.
The articles text is measured twice: as ONE text, and cut into articles (``per_article.py``: pieces
of as many paragraphs as the test articles have, about 0.9 KB each), each analysed by its own call
as the app and the index do, beside spaCy's blank tokenizer on the same pieces one by one.
spaCy is only a yardstick: install it with `pip install spacy` (never a dependency of the app).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FIRST = "Anne Lars Mette Søren Hanne Jens Karen Peter Lise Mads Ida Niels Sofie Henrik Birgit Ole".split()
LAST = "Holm Berg Lund Kofoed Vinge Dahl Krogh Winther Skov Bach Møller Friis Brandt Juhl Kjær".split()
ORGS = "Danske Bank|Region Midtjylland|Finanstilsynet|Dansk Industri|Vejdirektoratet|Nato|FN|EU|Novo Nordisk".split("|")
PLACES = "Aarhus|Odense|Aalborg|Esbjerg|Kolding|Berlin|Bruxelles|Irak|Ukraine|Grønland|Bornholm|Vejle".split("|")
ROLES = "direktør|formand|borgmester|forsker|minister|ordfører|talsmand|professor".split("|")
VERBS = "siger|sagde|fortæller|mener|tilføjer".split("|")
FILLER = (
    "Det er en udvikling, som har stået på i flere år, og som ikke ser ud til at stoppe foreløbig.",
    "Ifølge en ny opgørelse er antallet steget med {n} procent siden {y}.",
    "Sagen blev behandlet på et møde {d}, hvor også repræsentanter fra {o} deltog.",
    "Der er tale om cirka {n} millioner kroner over de næste {k} år.",
    "Flere eksperter peger på, at problemet især rammer de mindre kommuner i {p}.",
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng: random.Random) -> str:
    """One generated paragraph of wire copy (narrative or dash quote)."""
    kind = rng.random()
    if kind < 0.35:
        who = _name(rng)
        return (f"- Vi har ikke råd til at vente længere, og det ved alle i {rng.choice(PLACES)}, "
                f"{rng.choice(VERBS)} {rng.choice(ROLES)} {who}.")
    if kind < 0.45:
        return "- Det er afgørende, at vi handler nu. Ellers mister vi for meget."
    words = [
        rng.choice(FILLER).format(
            n=rng.randint(2, 900), y=rng.randint(1990, 2024), k=rng.randint(2, 10),
            d=rng.choice(["fredag", "i går", "den 3. maj", "i juli"]), o=rng.choice(ORGS), p=rng.choice(PLACES),
        )
        for _ in range(rng.randint(1, 3))
    ]
    lead = f"{rng.choice(ROLES).capitalize()} {_name(rng)} fra {rng.choice(ORGS)} i {rng.choice(PLACES)} er bekymret."
    return " ".join([lead, *words])


def _seed_file() -> Path:
    """The seed article in ../shared (or $READER_SHARED); it may be missing (a worktree elsewhere)."""
    shared = Path(os.environ.get("READER_SHARED") or Path(__file__).resolve().parents[2] / "shared")
    return shared / "seeds" / "000_948fe2ef6681fa12.txt"


def make_text(megabytes: float, seed: int = 3) -> str:
    """About ``megabytes`` of article text (with the seed article mixed in when ../shared is here)."""
    rng = random.Random(seed)
    seed_file = _seed_file()
    seed_body = ""
    if seed_file.exists():
        seed_body = seed_file.read_text(encoding="utf-8").split("\n\n", 1)[1].replace("/ritzau/", "").strip()
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        piece = seed_body if seed_body and rng.random() < 0.05 else paragraph(rng)
        parts.append(piece)
        size += len(piece) + 2
    return "\n\n".join(parts)


def article_text(megabytes: float, seed: int = 5) -> str:
    """About ``megabytes`` of news text built from the team's own test articles (tests/ner_articles/
    da.txt): their paragraphs in random order, each marked name replaced by another name of the same
    type from the articles, so the text reads like news and never repeats a paragraph word for word."""
    import re

    from reader.analysis.iob import read_marked

    rng = random.Random(seed)
    path = Path(__file__).resolve().parents[1] / "tests" / "ner_articles" / "da.txt"
    raw = path.read_text(encoding="utf-8")
    mark = re.compile(r"\{\{([^{}|\n]+)\|(PER|ORG|LOC)\}\}")
    pool: dict[str, list[str]] = {}
    for article in read_marked(path):
        for start, end, label in article.spans:
            pool.setdefault(label, []).append(article.text[start:end])
    paragraphs = [p.strip() for chunk in raw.split("===") for p in chunk.split("\n\n") if p.strip()]
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        piece = mark.sub(lambda m: rng.choice(pool[m.group(2)]), rng.choice(paragraphs))
        parts.append(piece)
        size += len(piece.encode("utf-8")) + 2
    return "\n\n".join(parts)


def _timed(fn) -> float:
    """Seconds one call of ``fn`` takes (wall clock; its CPU time is added to ``_CPU``)."""
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    _CPU.append(time.process_time() - cpu)
    return time.perf_counter() - started


_CPU: list[float] = []  # the CPU seconds of each call of _timed, in order


def _line(name: str, seconds: float, mb: float, extra: str = "") -> str:
    return f"{name:<34}{seconds:7.3f} s {mb / seconds:7.2f} MB/s{extra}"


def main() -> int:
    """Print MB/s of the analysis and of spaCy's blank Danish tokenizer on the same text.

    "cold" (the headline): the first analysis of text never seen: each repeat starts from empty
    caches (the tagger's decisions cleared; a fresh spaCy pipeline, whose tokenizer caches too).
    "warm": the same text again, caches kept. The two tools take turns, so a busy machine slows
    both alike; the fastest of the repeats counts.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the generated text")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--line-mb", type=float, default=10.0, help="size of the single-line test (0: skip)")
    parser.add_argument("--text", choices=("both", "generated", "articles"), default="both",
                        help="generated wire copy, news built from tests/ner_articles, or both (default)")
    parser.add_argument("--stages", action="store_true", help="also the CPU time of each stage of one cold analysis")
    parser.add_argument("--per-article", action=argparse.BooleanOptionalAction, default=True,
                        help="also the articles text cut into articles, one analysis each (default: on)")
    args = parser.parse_args()
    from reader.analysis import analyze
    from reader.analysis.perceptron import load_model

    if hasattr(os, "getloadavg"):
        print("load average %.1f %.1f %.1f (the machine's other work slows both tools alike; CPU time is "
              "printed beside the wall clock)" % os.getloadavg())
    for language in ("da", "en"):
        started, cpu = time.perf_counter(), time.process_time()
        loaded = load_model(language)
        load, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"{language} model load {load * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms; target 150 ms)"
              + ("" if loaded else " (no weights)"))
    model = load_model()
    texts = {"generated": make_text, "articles": article_text}
    for name in ("generated", "articles") if args.text == "both" else (args.text,):
        text = texts[name](args.mb)
        _measure(analyze, model, text, name, args.repeat, args.line_mb if name == "generated" else 0)
        if name == "articles" and args.per_article:
            from per_article import measure_pieces  # bench/ is the script's own folder on sys.path

            print(measure_pieces(analyze, model, text, args.repeat))
        if args.stages:
            print(_stages(analyze, model, text))
    return 0


# The pipeline's stages (the names pipeline.py calls them by) and what the bench prints for each.
_STAGES = {"split_sentences": "sentences", "tokenize": "tokens", "find_names": "names",
           "canonical_names": "canonical", "find_dates_numbers": "numbers", "find_quotes": "quotes"}


def _stages(analyze, model, text: str) -> str:
    """The CPU time of each stage of one cold analysis of ``text`` (the rest: the pipeline itself)."""
    from reader.analysis import pipeline

    spent = dict.fromkeys(_STAGES, 0.0)

    def timed(name, fn):
        def call(*args, **kwargs):
            cpu = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - cpu
        return call

    saved = {name: getattr(pipeline, name) for name in _STAGES}
    try:
        for name, fn in saved.items():
            setattr(pipeline, name, timed(name, fn))
        if model is not None:
            model.clear()
        cpu = time.process_time()
        analyze(text, "da")
        total = time.process_time() - cpu
    finally:
        for name, fn in saved.items():
            setattr(pipeline, name, fn)
    parts = ", ".join(f"{_STAGES[name]} {seconds:.3f}" for name, seconds in spent.items())
    return f"{'  stages (CPU s, one cold run):':<34}{parts}, rest {total - sum(spent.values()):.3f}"


def _measure(analyze, model, text: str, name: str, repeat: int, line_mb: float) -> None:
    """Print the speed figures of ``analyze`` on ``text`` beside spaCy's tokenizer."""
    mb = len(text.encode("utf-8")) / 1e6
    mixed = "" if name != "generated" else (
        "; the seed article mixed in" if _seed_file().exists() else
        "; no seed article (set READER_SHARED: without it spaCy's cache makes its figure several times faster)")
    print(f"{name} text: {len(text):,} characters, {mb:.2f} MB (UTF-8){mixed}")
    try:
        import spacy
    except ImportError:
        spacy = None
        print("spaCy is not installed: no yardstick (pip install spacy to compare)")

    def fresh_spacy():
        nlp = spacy.blank("da")
        nlp.max_length = len(text) + 1
        return nlp

    def ours_cold() -> float:
        if model is not None:
            model.clear()
        return _timed(lambda: analyze(text, "da"))

    cold, theirs_cold, cpu = [], [], {"cold": [], "warm": [], "theirs cold": [], "theirs warm": []}
    for _ in range(repeat):
        cold.append(ours_cold())
        cpu["cold"].append(_CPU[-1])
        if spacy is not None:
            nlp = fresh_spacy()
            theirs_cold.append(_timed(lambda: nlp.make_doc(text)))
            cpu["theirs cold"].append(_CPU[-1])
    warm, theirs_warm = [], []
    nlp = fresh_spacy() if spacy is not None else None
    for _ in range(repeat):
        warm.append(_timed(lambda: analyze(text, "da")))
        cpu["warm"].append(_CPU[-1])
        if nlp is not None:
            theirs_warm.append(_timed(lambda: nlp.make_doc(text)))
            cpu["theirs warm"].append(_CPU[-1])
    result = analyze(text, "da")
    counts = f" ({len(result.entities)} entities, {len(result.quotes)} quotes, {len(result.sentences)} sentences)"
    ours, ours_warm = min(cold), min(warm)
    if spacy is not None:
        theirs, theirs_w = min(theirs_cold), min(theirs_warm)
        print(_line("COLD analysis (new text):", ours, mb, f"   spaCy tokenizer {theirs:.3f} s {mb / theirs:6.2f} MB/s"
                    f"   ratio {theirs / ours:.2f}x"))
        print(_line("warm analysis (seen text):", ours_warm, mb, f"   spaCy tokenizer {theirs_w:.3f} s "
                    f"{mb / theirs_w:6.2f} MB/s   ratio {theirs_w / ours_warm:.2f}x"))
        best = {key: min(values) for key, values in cpu.items()}
        print(f"{'  in CPU time (cold, warm):':<34}{best['cold']:7.3f} s, {best['warm']:.3f} s   spaCy "
              f"{best['theirs cold']:.3f} s, {best['theirs warm']:.3f} s   ratio "
              f"{best['theirs cold'] / best['cold']:.2f}x, {best['theirs warm'] / best['warm']:.2f}x")
        print(f"{'':<34}{counts.strip()}; spaCy: {len(nlp.make_doc(text))} tokens")
    else:
        print(_line("COLD analysis (new text):", ours, mb, counts))
        print(_line("warm analysis (seen text):", ours_warm, mb))
    if line_mb:
        line = text.replace("\n", " ")
        line = (line * int(line_mb / mb + 1))[: int(line_mb * 1_000_000)]
        if model is not None:
            model.clear()
        seconds = _timed(lambda: analyze(line, "da"))
        print(_line(f"{len(line) / 1e6:.0f} MB single line (cold):", seconds, len(line.encode('utf-8')) / 1e6))


if __name__ == "__main__":
    raise SystemExit(main())
