"""Benchmark: the quote sheet of a generated library (``reader export --quotes``), its quotes read
from the library index vs every article analysed again (the baseline, in the same run), and the
writes of the first index (FTS5 rows written once). The two sheets must be the same bytes.

    nice -n 19 python bench/quote_sheet.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wire_stories import generate  # bench/ is the script's own folder on sys.path


def _run(*argv: str) -> tuple[float, float, int, str]:
    """``reader ARGV`` in a child process: wall and CPU seconds, 512-byte blocks written, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}  # this checkout's reader
    done = subprocess.run([sys.executable, "-m", "reader", *argv], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"reader {argv[0]} failed: {done.stderr.strip()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, after.ru_oublock - before.ru_oublock, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "lib"
        generate(folder, args.articles)
        os.environ["READER_DB"] = str(tmp / "reader.json")
        os.environ["READER_INDEX_DIR"] = str(tmp / "idx")
        wall, cpu, blocks, _ = _run("index", str(folder), "--workers", "1")
        size = sum(p.stat().st_size for p in (tmp / "idx").iterdir())
        print(f"first index of {args.articles:,} stories: {wall:.1f} s wall, {cpu:.1f} s CPU,"
              f" {blocks * 512 / 1e6:.0f} MB written for an index of {size / 1e6:.0f} MB")
        fast, fast_cpu, _, sheet = _run("export", "--quotes", str(folder))
        os.environ["READER_INDEX_DIR"] = str(tmp / "none")  # no index: every article analysed
        slow, slow_cpu, _, baseline = _run("export", "--quotes", str(folder))
        if sheet != baseline:
            raise SystemExit("the sheet from the index differs from the one analysing every article")
        print(f"quote sheet: {fast:.2f} s wall, {fast_cpu:.2f} s CPU from the index vs {slow:.2f} s wall,"
              f" {slow_cpu:.2f} s CPU analysing every article ({slow_cpu / max(fast_cpu, 1e-9):.1f}x CPU;"
              f" {sheet.count(chr(10) + '- '):,} quotes, same bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
