"""Benchmark: keyboard latency in the article view (issue 4 targets).

1. With a 20,000-word article open, a motion key (word, sentence, paragraph, next entity) must
   repaint within 50 ms. Measured per key as the bound action plus a full render of the screen
   (Pilot's own idle waits are left out: they are test-harness sleeps), against the same keys on
   a 200-word article in the same run (the baseline).
2. Saving an annotation (the store write plus the view's refresh) must take under 100 ms with
   100,000 annotations stored, against the same save on an empty store in the same run.

    python bench/keyboard.py [--words 20000] [--presses 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NAMES = ["Mette Lund", "Anders Holm", "Nordisk Energi", "Aarhus", "Vejle Kommune", "Nato", "Jens Bak"]
WORDS = ("regeringen vil nu bruge flere penge på skoler og veje i hele landet siger ministeren "
         "efter mødet med kommunerne om budgettet for næste år").split()


def article_text(words: int, seed: int = 3) -> str:
    """A Danish wire story of about ``words`` words with names, numbers and dash quotes."""
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        body = []
        for _ in range(rng.randint(2, 4)):
            sentence = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
            sentence.insert(rng.randrange(len(sentence)), rng.choice(NAMES))
            sentence.insert(rng.randrange(len(sentence)), str(rng.randint(2, 900)))
            body.append(" ".join(sentence).capitalize() + ".")
        text = " ".join(body)
        if rng.random() < 0.3:
            text = f"- {text} siger {rng.choice(NAMES[:2])}."
        paragraphs.append(text)
        count += len(text.split())
    return " date 2024-05 Lang artikel om budgettet\n\nAarhus. " + "\n\n".join(paragraphs) + "\n\n/benchbureau/\n"


async def time_keys(path: Path, db: Path, presses: int) -> tuple[list[float], list[float]]:
    """Per-press seconds for motion keys, and per-save seconds for annotations."""
    from reader.store import open_store
    from reader.tui.app import ReaderApp
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.widgets.article_view import ArticleView

    with open_store(db) as store:
        app = ReaderApp([str(path)], store)
        async with app.run_test(size=(120, 40)) as pilot:
            while not getattr(app.screen, "table", None) or not app.screen.table.rows:
                await pilot.pause(0.05)
            await pilot.press("enter")
            while not isinstance(app.screen, ArticleScreen) or app.screen.analysis is None:
                await pilot.pause(0.05)
            await app.workers.wait_for_complete()
            screen = app.screen
            view = screen.query_one(ArticleView)
            actions = ["word(1)", "word(1)", "unit(1, 'sentence')", "item(1)", "unit(1, 'paragraph')", "row(1)", "word(-1)"]
            compositor = screen._compositor  # Textual internals: render what the terminal would get
            motion = []
            for index in range(presses):
                started = time.perf_counter()
                await app.run_action(actions[index % len(actions)], view)  # what the key is bound to
                screen._refresh_status()  # the status line follows the cursor (message handler)
                compositor.render_update(full=True)  # the repaint of the whole screen
                motion.append(time.perf_counter() - started)
            saves = []
            for index in range(20):
                view.action_select("sentence")
                started = time.perf_counter()
                screen._new_annotation(view.target, f"note {index}", "")
                compositor.render_update(full=True)
                saves.append(time.perf_counter() - started)
                await pilot.press("right_parenthesis")
    return motion, saves


def fill_store(db: Path) -> None:
    """100,000 annotations over 10,000 articles, written with the store's own code."""
    from store import build_tables, write_store  # bench/store.py

    tables, _ = build_tables(10_000, 10)
    write_store(db, tables)


def ms(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` in milliseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main(argv: list[str] | None = None) -> int:
    """Run both measurements and print the figures with their ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--presses", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        big, small = tmp_path / "big", tmp_path / "small"
        big.mkdir()
        small.mkdir()
        (big / "long.txt").write_text(article_text(args.words), encoding="utf-8")
        (small / "short.txt").write_text(article_text(200), encoding="utf-8")
        full_db = tmp_path / "full" / "reader.json"
        full_db.parent.mkdir()
        started = time.perf_counter()
        fill_store(full_db)
        print(f"built a store of 100,000 annotations in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        big_motion, big_saves = asyncio.run(time_keys(big, full_db, args.presses))
        small_motion, small_saves = asyncio.run(time_keys(small, tmp_path / "empty.json", args.presses))
    print(f"motion key, {args.words}-word article: p50 {ms(big_motion, .5):.1f} ms, p95 {ms(big_motion, .95):.1f} ms"
          f" (target 50 ms); 200-word article: p50 {ms(small_motion, .5):.1f} ms")
    print(f"save annotation, 100,000 stored: p50 {ms(big_saves, .5):.1f} ms, p95 {ms(big_saves, .95):.1f} ms"
          f" (target 100 ms); empty store: p50 {ms(small_saves, .5):.1f} ms")
    print(f"keyboard motion_ms_p95={ms(big_motion, .95):.1f} motion_ratio_vs_small={statistics.median(big_motion) / statistics.median(small_motion):.2f} "
          f"save_ms_p50={ms(big_saves, .5):.1f} save_ratio_vs_empty={statistics.median(big_saves) / statistics.median(small_saves):.2f}")
    return 0 if ms(big_motion, .95) <= 50 and ms(big_saves, .5) <= 100 else 1


if __name__ == "__main__":
    raise SystemExit(main())
