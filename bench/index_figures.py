"""The in-process figures of bench/index.py: search, indexing throughput and the changed-file
rows (a module of its own to keep bench/index.py short; bench/ is on sys.path)."""

from __future__ import annotations

import random
import resource
import time
from pathlib import Path

from wire_stories import story


QUERIES = [
    "borgmester", "strike", "bidrag", "festival", "ferry", "havn*", "contract*",
    '"fair deal"', '"millioner kroner"', '"network rail"',
    "person:Hansen lang:da", "speaker:Smith date:2015..2018", "source:benchbureau havn",
    "budget date:2020-01..2020-06", "lang:en police -strike", "kalaring", "nering*", "person:Mette -lang:en",
]


def search_figures(index, rounds: int) -> tuple[list[float], list[float], list[float]]:
    """Per-query seconds: ours (parse, BM25, filters, snippets; wall-clock and CPU) and the bare
    FTS5 MATCH."""
    from reader.index import parse_query

    ours, ours_cpu, bare = [], [], []
    for _ in range(rounds):
        for query in QUERIES:
            t0, c0 = time.perf_counter(), time.process_time()
            index.search(query, limit=20)
            ours.append(time.perf_counter() - t0)
            ours_cpu.append(time.process_time() - c0)
            words = [w for w in query.replace('"', " ").split() if ":" not in w and not w.startswith("-")]
            match = " ".join(f'"{w.rstrip("*")}"' for w in words) or '"a"'
            t0 = time.perf_counter()
            index.conn.execute("SELECT rowid FROM fts WHERE fts MATCH ? LIMIT 20", (match,)).fetchall()
            bare.append(time.perf_counter() - t0)
    assert parse_query("x").include
    return ours, ours_cpu, bare


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def throughput(folder: Path, sample: int, workers: int, tmp: Path) -> tuple[float, float]:
    """Articles per second indexed with analysis on ``workers`` processes (a fresh index), and the
    CPU seconds they took (all processes)."""
    from reader.index import LibraryIndex

    files = sorted(str(p) for p in folder.rglob("*.txt"))[:sample]
    index = LibraryIndex(tmp / f"tp-{workers}.sqlite3")
    t0, c0 = time.perf_counter(), _cpu_with_children()
    index.sync(files, workers=workers)
    return sample / (time.perf_counter() - t0), _cpu_with_children() - c0


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (workers, subprocesses)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def changes(folder: Path, db: Path, n: int, index=None, analysed_first: bool = False) -> None:
    """The changed-file rows: a whole sync that finds nothing changed (the stat pass), then three
    files changed one after the other on an index opened as a launch opens it (compact rows
    listed), each synced by its path and the list re-read, then analysed, as the folder watch
    does. The first analysis loads its language's data in this process, the second the other's.
    ``analysed_first``: each change analysed before the list is read, as the watch did before
    index15 (then "shown" includes the analysis and "then" is nothing)."""
    from reader.archive import library_from_index, library_rows, open_index

    index = index or open_index(db)
    t0, c0 = time.perf_counter(), time.process_time()
    index.sync([str(folder)], analyse=False)
    idle, idle_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"a whole sync that finds nothing changed (stat of every file): {idle:.2f} s, CPU {idle_cpu:.2f} s")
    index.close()
    index = open_index(db)  # a launch: the compact rows listed, no article objects
    t0, c0 = time.perf_counter(), time.process_time()
    rows, _skipped, _settled = library_rows(index, [str(folder)])
    print(f"a launch's compact rows ({len(rows):,}): {time.perf_counter() - t0:.2f} s, CPU "
          f"{time.process_time() - c0:.2f} s")
    del rows
    for turn, name in enumerate(("000001.txt", "000002.txt", "000003.txt")):
        target = next(folder.rglob(name))
        stamp = time.time_ns() % 10**9  # other bytes than any earlier run's: the file is read again
        target.write_text(story(1 + turn, random.Random(stamp)).replace("date ", f"date 2026-01-0{turn + 1} X{stamp} ", 1),
                          encoding="utf-8")
        t0, c0 = time.perf_counter(), time.process_time()  # what the folder watch does with the path:
        report = index.sync([str(target)], analyse=analysed_first)  # parsed and shown first,
        if hasattr(index, "keep_list"):
            index.keep_list()  # (as the watch does at a change: later changes re-read their rows only)
        listed = len(library_from_index(index, [str(folder)]).articles)
        shown, shown_cpu = time.perf_counter() - t0, time.process_time() - c0
        t1, c1 = time.perf_counter(), time.process_time()
        analysed = index.sync([str(target)]).analysed  # then analysed (names and quotes)
        after, after_cpu = time.perf_counter() - t1, time.process_time() - c1
        print(f"changed file {turn + 1} after the launch ({target.name}, {report.read} read) re-indexed and the list of "
              f"{listed:,} re-read: {shown:.2f} s, CPU {shown_cpu:.2f} s (ratio to the stat pass {shown / idle:.2f}); "
              f"then its analysis ({analysed} article) {after:.2f} s, CPU {after_cpu:.2f} s; both "
              f"{shown + after:.2f} s, CPU {shown_cpu + after_cpu:.2f} s")
