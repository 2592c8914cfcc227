"""Benchmark: how often the app's first launch writes each full-text (FTS5) row, beside one
analysing pass in the same run. The app reads every file first (analyse=False, so the list and
search come early), then analyses: FTS5 does the names' UPDATE as a delete and an insert of the
whole row, body included.

    nice -n 19 python bench/first_launch_writes.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from wire_stories import generate  # bench/ is the script's own folder on sys.path


def run(folder: Path, index_path: Path, passes: list[bool]) -> tuple[int, int, list[float]]:
    """(FTS inserts, FTS updates, CPU seconds per pass) of syncs with ``analyse`` as in ``passes``."""
    from reader.index import LibraryIndex

    index = LibraryIndex(index_path)
    seen: list[str] = []
    index.conn.set_trace_callback(seen.append)
    cpu = []
    for analyse in passes:
        start = time.process_time()
        index.sync([str(folder)], workers=1, analyse=analyse)
        cpu.append(time.process_time() - start)
    index.close()
    inserts = sum(1 for s in seen if s.lstrip().upper().startswith("INSERT INTO FTS"))
    updates = sum(1 for s in seen if s.lstrip().upper().startswith("UPDATE FTS"))
    return inserts, updates, cpu


def main() -> None:
    """Print the writes and CPU time of the app's two passes and of one analysing pass."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "lib"
        generate(folder, args.articles)
        for name, passes in (("app first launch (read, then analyse)", [False, True]), ("one analysing pass", [True])):
            inserts, updates, cpu = run(folder, Path(tmp) / f"{len(passes)}.sqlite3", passes)
            print(f"{name}: FTS inserts {inserts:,}, FTS updates {updates:,}; CPU "
                  + " + ".join(f"{c:.2f}" for c in cpu) + f" = {sum(cpu):.2f} s")


if __name__ == "__main__":
    main()
