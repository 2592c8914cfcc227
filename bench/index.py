"""Benchmark: the library index on a generated library of wire stories (10k or 100k).

Each figure is printed beside a baseline measured in the same run; wall-clock figures with the CPU
time they took (on a shared machine the CPU time moves less):

* second launch -> every row on screen (a fresh process, the index built) vs a minimal Textual app
  that reads the first line of every file into an OptionList; peak memory of both processes;
* first launch (an empty index) -> the first rows on screen, and every row on screen (listed from
  the files' heads, provisional or not) vs the same OptionList app; with ``--first-full`` also
  until every row is read in full (the parse that follows);
* search in process, p50/p95 over words, a phrase, and two filters, vs the bare FTS5 MATCH
  (no ranking, no snippets, no filters);
* whole-process ``reader search`` vs ``reader --version`` (the interpreter's and the CLI's start);
* one changed file re-indexed and listed vs a sync that finds nothing changed (the stat pass),
  three times after a launch (an index opened afresh, its compact rows listed), each parsed and
  listed first, then analysed, as the folder watch does (the first change reads the whole list;
  from then on the index keeps it; the first two analyses load their language's data);
* indexing throughput with analysis, articles per second, on 1 and 2 worker processes, on a
  sample of the library (analysing 100k stories takes most of an hour on one core), and the
  parse-only indexing of the whole library with 2 workers.

    nice -n 19 python bench/index.py [--articles 10000] [--sample 600] [--first-runs 3] [--first-full]
        [--workdir DIR [--changes-only]] [--analysed-first]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from index_figures import QUERIES, _children_cpu, _cpu_with_children, changes, pct, search_figures, throughput  # noqa: F401
from wire_stories import generate  # bench/ is the script's own folder on sys.path


# -- child processes: one app launch each ---------------------------------------------------------
def _peak_mb() -> float:
    """This process's peak memory since its exec (VmHWM; ru_maxrss also counts the forked parent's
    memory on Linux, so a child of a large bench process showed the bench's own peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_app(folder: str, db: str, expected: int) -> dict:
    """A fresh process: seconds from the app's start to every row on screen, and peak memory."""
    from reader.store import open_store
    from reader.tui.app import ReaderApp
    from reader.tui.screens.library import LibraryScreen

    async def run() -> tuple[float, float, float]:
        with open_store(db) as store:
            app = ReaderApp([folder], store)
            started, cpu = time.perf_counter(), time.process_time()
            async with app.run_test(size=(120, 40)) as pilot:
                while True:
                    await pilot.pause(0.01)
                    screen = app.screen
                    if isinstance(screen, LibraryScreen) and len(screen.table.rows) == expected:
                        break
                    if time.perf_counter() - started > 300:
                        raise SystemExit("the library did not show within 300 s")
                await pilot.pause(0)  # one more screen update: the rows are drawn
                shown, shown_cpu = time.perf_counter() - started, time.process_time() - cpu
                await pilot.pause()  # until the process is idle (the background check of the files)
                idle = time.perf_counter() - started
                first = screen.table.rows[0].article.title.split()[0]
                if first not in app.export_screenshot():
                    raise SystemExit(f"the first row ({first!r}) is not on the screen")
                await app.workers.wait_for_complete()
                return shown, idle, shown_cpu

    shown, idle, cpu = asyncio.run(run())
    return {"seconds": shown, "idle": idle, "cpu": cpu, "rss_mb": _peak_mb()}


def child_first(folder: str, db: str, expected: int, full: bool) -> dict:
    """A fresh process on an empty index: seconds to the first rows drawn and to every row drawn
    (``full``: and to every row read in full, no provisional one left)."""
    from reader.store import open_store
    from reader.tui.app import ReaderApp
    from reader.tui.screens.library import LibraryScreen

    async def run() -> dict:
        with open_store(db) as store:
            app = ReaderApp([folder], store)
            started, cpu = time.perf_counter(), time.process_time()
            out: dict = {}
            async with app.run_test(size=(120, 40)) as pilot:
                while True:
                    await pilot.pause(0.01)
                    screen = app.screen
                    rows = len(screen.table.rows) if isinstance(screen, LibraryScreen) else 0
                    if rows and "first" not in out:
                        await pilot.pause(0)  # one more screen update: the rows are drawn
                        out["first"], out["first_rows"] = time.perf_counter() - started, rows
                        first = screen.table.shown[0].article.title.split()[0]
                        if first not in app.export_screenshot():
                            raise SystemExit(f"the first row ({first!r}) is not on the screen")
                    if rows == expected:
                        await pilot.pause(0)
                        out["whole"], out["whole_cpu"] = time.perf_counter() - started, time.process_time() - cpu
                        break
                    if time.perf_counter() - started > 600:
                        raise SystemExit("the whole library did not show within 600 s")
                while full:
                    await pilot.pause(0.5)
                    data = screen.table.model.data
                    if len(data) == expected and all(row[0] >= 0 for row in data):
                        out["full"] = time.perf_counter() - started
                        break
        return out

    result = asyncio.run(run())
    result["rss_mb"] = _peak_mb()
    print(json.dumps(result), flush=True)
    os._exit(0)  # the background parse is not waited for


def child_baseline(folder: str, expected: int) -> dict:
    """A minimal Textual app: read the first line of every file into an OptionList."""
    from textual.app import App, ComposeResult
    from textual.widgets import OptionList

    class Baseline(App):
        def compose(self) -> ComposeResult:
            yield OptionList()

    async def run() -> tuple[float, float]:
        app = Baseline()
        started, cpu = time.perf_counter(), time.process_time()
        async with app.run_test(size=(120, 40)) as pilot:
            titles = []
            for root, _dirs, files in os.walk(folder):
                for name in sorted(files):
                    with open(os.path.join(root, name), encoding="utf-8") as handle:
                        titles.append(handle.readline().strip())
            app.query_one(OptionList).add_options(titles)
            await pilot.pause()
            assert len(titles) == expected
            return time.perf_counter() - started, time.process_time() - cpu

    seconds, cpu = asyncio.run(run())
    return {"seconds": seconds, "cpu": cpu, "rss_mb": _peak_mb()}


def _child(*args: str, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env)
    if out.returncode:
        raise SystemExit(f"the {args[0]} child failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- in-process figures ---------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=600, help="articles for the throughput figures")
    parser.add_argument("--first-full", action="store_true",
                        help="time the first launch until every row is read in full too (minutes at 100k)")
    parser.add_argument("--first-only", action="store_true", help="time the first launch only")
    parser.add_argument("--first-runs", type=int, default=3, help="first launches (each beside a baseline run)")
    parser.add_argument("--workdir", help="work in this folder and keep it (the library, the indexes): a later run "
                        "with --changes-only reuses it instead of generating and indexing 100,000 stories again")
    parser.add_argument("--changes-only", action="store_true",
                        help="with --workdir of an earlier run: only the changed-file rows, on its index")
    parser.add_argument("--analysed-first", action="store_true",
                        help="the changed files analysed before the list is read (the folder watch before index15)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "first":
            child_first(rest[0], rest[1], int(rest[2]), rest[3] == "full")
        result = child_app(rest[0], rest[1], int(rest[2])) if kind == "app" else child_baseline(rest[0], int(rest[1]))
        print(json.dumps(result))
        return 0
    if args.changes_only and not args.workdir:
        parser.error("--changes-only needs the --workdir of an earlier run")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(args.workdir or tmp_name)
        os.environ["READER_INDEX_DIR"] = str(tmp / "index")
        folder, db = tmp / "library", tmp / "db" / "reader.json"
        n = args.articles
        if args.changes_only:
            changes(folder, db, n, analysed_first=args.analysed_first)
            return 0
        if args.workdir and tmp.exists() and any(tmp.iterdir()):
            parser.error(f"--workdir {tmp} is not empty: a full run starts from nothing")
        t0 = time.perf_counter()
        generate(folder, n)
        print(f"generated {n:,} stories in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

        # a first launch: an index folder of its own, empty, then the same OptionList baseline;
        # in turn, several times (a shared machine: the ratio of each pair is the figure)
        pairs = []
        for run in range(args.first_runs):
            first_env = dict(os.environ, READER_INDEX_DIR=str(tmp / f"first-index-{run}"))
            first = _child("first", str(folder), str(tmp / f"first-db-{run}" / "reader.json"), str(n),
                           "full" if args.first_full else "-", env=first_env)
            first_base = _child("baseline", str(folder), str(n))
            pairs.append((first["whole"] / first_base["seconds"], first, first_base))
            print(f"first launch (empty index) -> first rows drawn {first['first']:.2f} s ({first['first_rows']:,} "
                  f"rows); all {n:,} rows drawn {first['whole']:.2f} s (CPU {first['whole_cpu']:.2f} s); OptionList "
                  f"baseline reading the files {first_base['seconds']:.2f} s (CPU {first_base['cpu']:.2f} s); ratio "
                  f"{pairs[-1][0]:.2f}, CPU {first['whole_cpu'] / first_base['cpu']:.2f}"
                  + (f"; every row read in full {first['full']:.1f} s" if "full" in first else ""))
        ratios = sorted(pair[0] for pair in pairs)
        print(f"first launch, whole list / OptionList: median ratio {statistics.median(ratios):.2f} "
              f"(of {len(ratios)}: {', '.join(f'{r:.2f}' for r in ratios)}); first rows at most "
              f"{max(pair[1]['first'] for pair in pairs):.2f} s")
        if args.first_only:
            return 0

        from reader.archive import library_from_index, open_index

        index = open_index(db)
        t0, c0 = time.perf_counter(), _cpu_with_children()
        index.sync([str(folder)], workers=2, analyse=False)
        built, built_cpu = time.perf_counter() - t0, _cpu_with_children() - c0
        print(f"first index (parse only, 2 workers): {n / built:,.0f} articles/s ({built:.1f} s, CPU {built_cpu:.1f} s)")
        t0, c0 = time.perf_counter(), _cpu_with_children()
        done = index.sync([str(folder)], workers=2).analysed  # names and quotes: the app finds all done
        took, took_cpu = time.perf_counter() - t0, _cpu_with_children() - c0
        print(f"analysis of the whole library (2 workers): {done / took:,.0f} articles/s ({took:.1f} s, "
              f"CPU {took_cpu:.1f} s)")
        library_from_index(index, [str(folder)])  # as the app's first launch leaves it

        app = _child("app", str(folder), str(db), str(n))
        base = _child("baseline", str(folder), str(n))
        print(f"second launch -> {n:,} rows drawn: {app['seconds']:.2f} s, CPU {app['cpu']:.2f} s (the app idle "
              f"after its background check of the files: {app['idle']:.2f} s); OptionList baseline reading the "
              f"files {base['seconds']:.2f} s, CPU {base['cpu']:.2f} s; ratio {app['seconds'] / base['seconds']:.2f}, "
              f"CPU {app['cpu'] / base['cpu']:.2f}")
        print(f"peak memory: reader {app['rss_mb']:.0f} MB, baseline {base['rss_mb']:.0f} MB; "
              f"ratio {app['rss_mb'] / base['rss_mb']:.2f}")

        ours, ours_cpu, bare = search_figures(index, rounds=5)
        print(f"search in process ({len(QUERIES)} queries x5): p50 {pct(ours, .5) * 1000:.1f} ms, "
              f"p95 {pct(ours, .95) * 1000:.1f} ms (CPU p50 {pct(ours_cpu, .5) * 1000:.1f} ms, p95 "
              f"{pct(ours_cpu, .95) * 1000:.1f} ms); bare FTS5 MATCH p50 {pct(bare, .5) * 1000:.1f} ms, "
              f"p95 {pct(bare, .95) * 1000:.1f} ms")

        env = dict(os.environ)
        reader = [sys.executable, "-m", "reader"]
        runs, runs_cpu = [], []
        for query in ("borgmester", '"fair deal" lang:en'):
            t0, c0 = time.perf_counter(), _children_cpu()
            subprocess.run([*reader, "search", query, "--db", str(db)], env=env, capture_output=True, check=True)
            runs.append(time.perf_counter() - t0)
            runs_cpu.append(_children_cpu() - c0)
        t0, c0 = time.perf_counter(), _children_cpu()
        subprocess.run([*reader, "--version"], env=env, capture_output=True, check=True)
        start, start_cpu = time.perf_counter() - t0, _children_cpu() - c0
        print(f"whole-process reader search: {max(runs):.2f} s, CPU {max(runs_cpu):.2f} s (slowest of {len(runs)}); "
              f"reader --version {start:.2f} s, CPU {start_cpu:.2f} s")

        changes(folder, db, n, index, args.analysed_first)

        sample = min(args.sample, n)
        one, one_cpu = throughput(folder, sample, 1, tmp)
        two, two_cpu = throughput(folder, sample, 2, tmp)
        print(f"indexing with analysis ({sample} articles): 1 worker {one:.0f}/s (CPU {one_cpu:.1f} s), 2 workers "
              f"{two:.0f}/s (CPU {two_cpu:.1f} s, all processes); scaling {two / one:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
