"""Benchmark: what the app does with a changed file, in the app (bench/index.py times the index's
part only): the library launched on a workdir of ``bench/index.py --workdir``, then three files
changed one after the other and followed by the folder watch. For each change: the worker's
``_show_from_worker`` (the list read from the index, ids recorded; its thread's CPU) and
``_show_scan`` on the UI thread (ids settled, records relocated, rows made and sorted; that
thread's CPU), wall and CPU. A library indexed parse-only (a full bench/index.py run analyses
it) is analysed by the app in the background meanwhile: the wall figures share the machine.

By default the files change 2 s after the list shows: at 100,000 articles the launch's own passes
(files checked, analysed, the Speakers and Names lists counted) are still running then, and they
pick the changes up (before index23 the whole list read again). ``--watching``: the files change
once the launch's passes are done, the way a change is shown for the rest of a session.

    nice -n 10 python bench/watch_change.py --workdir DIR --articles N [--watching]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from wire_stories import story  # bench/ is the script's own folder on sys.path


def _timed(times: list, name: str, function):
    """``function`` wrapped: each call's wall and thread CPU seconds appended to ``times``."""

    def wrapper(*args, **kwargs):
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            times.append((name, time.perf_counter() - t0, time.thread_time() - c0))

    return wrapper


def _memory() -> str:
    """This process's resident and peak memory (VmRSS, VmHWM)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if line.startswith(("VmRSS", "VmHWM")))
    except OSError:
        return "unknown"
    return ", ".join(f"{key} {int(value.split()[0]) / 1024:.0f} MB" for key, value in sorted(fields.items()))


def _passes_done(screen) -> bool:
    """Whether the launch's passes are done: since index23 the watch starts before them and says
    so in ``_passes_done``; before, the watch started once they were done."""
    done = getattr(screen, "_passes_done", None)
    return done.is_set() if done is not None else getattr(screen, "_watching", None) is not None


def run(folder: Path, db: Path, expected: int, watching: bool = False) -> None:
    """Launch, wait for every row, then change three files and time what the watch does."""
    from reader.store import open_store
    from reader.tui.app import ReaderApp
    from reader.tui.screens import library_index
    from reader.tui.screens.library import LibraryScreen

    times: list = []
    LibraryScreen._show_scan = _timed(times, "_show_scan (UI thread)", LibraryScreen._show_scan)
    cls = library_index.IndexedLibrary
    cls._show_from_worker = _timed(times, "_show_from_worker (worker thread, without the UI's part)",
                                   cls._show_from_worker)
    launch: list = []  # the list kept at a launch for the changes to come (index23)
    if hasattr(cls, "_hold_list"):
        cls._hold_list = _timed(launch, "at the launch: _hold_list (worker thread)", cls._hold_list)

    async def main() -> None:
        with open_store(db) as store:
            app = ReaderApp([str(folder)], store)
            async with app.run_test(size=(120, 40)) as pilot:
                started = time.perf_counter()
                while not (isinstance(app.screen, LibraryScreen) and len(app.screen.table.rows) == expected):
                    await pilot.pause(0.05)
                    if time.perf_counter() - started > 300:
                        raise SystemExit("the library did not show within 300 s")
                if watching:  # the launch's passes done (before index23: the folder watch started then)
                    while not _passes_done(app.screen):
                        await pilot.pause(0.2)
                        if time.perf_counter() - started > 900:
                            raise SystemExit("the folder watch did not start within 900 s")
                    print(f"the launch's passes done {time.perf_counter() - started:.1f} s after the list showed")
                await pilot.pause(2.0)  # the watch started (a workdir not yet analysed: the app analyses it meanwhile)
                for what, wall, cpu in launch:
                    print(f"{what}: {wall:.3f} s, CPU {cpu:.3f} s")
                print(f"memory before the changes: {_memory()}")
                times.clear()
                for turn, name in enumerate(("000001.txt", "000002.txt", "000003.txt")):
                    target = next(folder.rglob(name))
                    stamp = time.time_ns() % 10**9
                    target.write_text(story(1 + turn, random.Random(stamp)).replace(
                        "date ", f"date 2026-01-0{turn + 1} X{stamp} ", 1), encoding="utf-8")
                    waited = time.perf_counter()
                    while len(times) < 2 and time.perf_counter() - waited < 120:
                        await pilot.pause(0.05)
                    await pilot.pause(1.5)  # the analysing pass (shows again only if the file changed again)
                    for what, wall, cpu in times:
                        print(f"change {turn + 1}: {what}: {wall:.3f} s, CPU {cpu:.3f} s")
                    if not times:
                        print(f"change {turn + 1}: not shown within 120 s")
                    times.clear()
                print(f"memory after the changes: {_memory()}")

    asyncio.run(main())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", required=True, help="the --workdir of an earlier bench/index.py run")
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--watching", action="store_true", help="change the files once the folder watch runs")
    args = parser.parse_args(argv)
    work = Path(args.workdir)
    os.environ["READER_INDEX_DIR"] = str(work / "index")
    run(work / "library", work / "db" / "reader.json", args.articles, args.watching)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
