"""Benchmark: a generated library of 10,000 articles shows its list (target: within 2 s).

Prints the time from app start to the full list on screen (scan included), the cost of one filter
keystroke, and, as a baseline measured in the same run, Textual's OptionList showing the same titles.

    python bench/library.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

WORDS_DA = "borgmester kommune skole budget regeringen forslag aftale byrådet vejen havnen fabrik ordre".split()
WORDS_EN = "council minister budget plan harbour factory order strike court vote union school".split()
TOWNS = ["Ribe", "Vejle", "Aarhus", "Odense", "Leeds", "Halifax", "Cork", "Skagen"]


def generate(folder: Path, count: int, seed: int = 7) -> list[str]:
    """Write ``count`` small wire stories (half Danish, half English); return their titles."""
    rng = random.Random(seed)
    titles = []
    for number in range(count):
        danish = number % 2 == 0
        words = WORDS_DA if danish else WORDS_EN
        town = rng.choice(TOWNS)
        title = f"{town}: {' '.join(rng.choice(words) for _ in range(6)).capitalize()} {number}"
        month = rng.randint(1, 12)
        body = "\n\n".join(
            (f"{town}. " if p == 0 else "") + " ".join(rng.choice(words) for _ in range(40)) + "."
            for p in range(4)
        )
        text = f" date 20{rng.randint(10, 25)}-{month:02d} {title}\n\n{body}\n\n/benchbureau/\n"
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        titles.append(title)
    return titles


async def time_reader(folder: Path, db: Path, expected: int) -> tuple[float, float]:
    """Seconds until the reader's library shows every row; seconds for one filter keystroke."""
    from reader.store import open_store
    from reader.tui.app import ReaderApp
    from reader.tui.screens.library import LibraryScreen

    with open_store(db) as store:
        app = ReaderApp([str(folder)], store)
        started = time.perf_counter()
        async with app.run_test(size=(120, 40)) as pilot:
            while True:
                await pilot.pause(0.01)
                screen = app.screen
                if isinstance(screen, LibraryScreen) and len(screen.table.rows) == expected:
                    break
                if time.perf_counter() - started > 120:
                    raise SystemExit("library did not show within 120 s")
            await pilot.pause()
            shown = time.perf_counter() - started
            table = screen.table
            t0 = time.perf_counter()
            table.set_filter("aarhus budget")
            for y in range(40):
                table.render_line(y)
            filtered = time.perf_counter() - t0
    return shown, filtered


async def time_option_list(titles: list[str]) -> float:
    """Seconds for Textual's OptionList to show the same titles (the baseline)."""
    from textual.app import App, ComposeResult
    from textual.widgets import OptionList

    class Baseline(App):
        def compose(self) -> ComposeResult:
            yield OptionList()

    app = Baseline()
    async with app.run_test(size=(120, 40)) as pilot:
        started = time.perf_counter()
        app.query_one(OptionList).add_options(titles)
        await pilot.pause()
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "library"
        folder.mkdir()
        t0 = time.perf_counter()
        titles = generate(folder, args.articles)
        print(f"generated {args.articles} articles in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        shown, filtered = asyncio.run(time_reader(folder, Path(tmp) / "db.json", args.articles))
        baseline = asyncio.run(time_option_list(titles))
    print(f"reader library: {args.articles} articles scanned and listed in {shown:.2f} s (target 2 s)")
    print(f"filter keystroke over {args.articles} rows: {filtered * 1000:.1f} ms")
    print(f"baseline OptionList with the same titles (no scanning): {baseline:.2f} s")
    print(f"library show_s={shown:.2f} filter_ms={filtered * 1000:.1f} optionlist_s={baseline:.2f} "
          f"ratio_vs_optionlist={shown / baseline:.2f}")
    return 0 if shown <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
