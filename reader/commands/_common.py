"""Shared plumbing of the shell commands: library scanning and the store (export items: reader.workspace)."""

from __future__ import annotations

import sys
import time
from typing import Callable, Sequence

from reader.model import LibraryScan
from reader.textsafe import one_line, shown_name


def scan_paths(paths: Sequence[str], *, report_skipped: bool = True, indexed: bool = False,
               db: str | None = None) -> LibraryScan:
    """Scan ``paths`` (default: the current folder); skipped files are reported on stderr.
    ``indexed``: the library index of the database ``db`` names stands in for the files it
    holds unchanged (the same result, without parsing every file)."""
    from reader.workspace.library import scan_paths as scan

    db_path = None
    if indexed:
        from reader.settings import resolve_db_path
        from reader.workspace.doctor import database_file

        db_path = str(resolve_db_path(db))
        database_file(db_path)  # a folder, device or pipe: refused before the walk, not after it
    result = scan(paths, scan_progress(sys.stderr), db_path)
    if report_skipped:
        for skipped in result.skipped:
            if skipped.own_file:
                continue  # the database, its backups and earlier exports: expected, not news
            print(f"reader: skipped {shown_name(skipped.path)}: {one_line(skipped.reason)}", file=sys.stderr)
    return result


def scan_progress(stream, after: float = 1.0, clock=None, stage: str = "reading") -> Callable[[int, int], None] | None:
    """"reading 500 of 20,000 files" on a terminal once a scan has run ``after`` seconds (list
    and export read every file: a minute on a 20,000-file archive); a quick scan, a pipe or a
    file stays quiet, as before."""
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    from reader.archive import progress_printer

    clock = clock or time.monotonic
    report, start, shown = progress_printer(stream), clock(), [False]

    def progress(done: int, total: int) -> None:
        if not shown[0] and (done >= total or clock() - start < after):
            return
        shown[0] = True
        report(stage, done, total)

    return progress


def open_db(db: str | None, *, readonly: bool = False, fallback_readonly: bool = False):
    """Open the store named by ``--db``, ``$READER_DB`` or the user data directory."""
    from reader.settings import resolve_db_path
    from reader.workspace.library import database_busy, open_store

    path = resolve_db_path(db)
    if not readonly and hasattr(sys.stderr, "isatty") and sys.stderr.isatty():
        busy = database_busy(path)  # said before the wait for the lock, not after it
        if busy:
            print(f"reader: {one_line(busy, 300)}; waiting up to 10 s for it (ctrl+c stops)",
                  file=sys.stderr, flush=True)
    store = open_store(path, readonly=readonly, fallback_readonly=fallback_readonly)
    for warning in store.warnings:
        print(f"reader: warning: {one_line(warning)}", file=sys.stderr)
    return store


def empty_index_line(paths: Sequence[str]) -> str:
    """What a command that reads the library index says when it holds no article."""
    if paths:  # the paths were named and brought up to date: nothing in them is an article
        named = ", ".join(one_line(p, 200) for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
        return (f"reader: no articles in {named} (reader reads wire copy (.txt), Markdown, HTML and "
                "JSON files)")
    return "reader: the index is empty: run 'reader index PATH' first (or name the paths)"


def say_failed(report) -> None:
    """One line on stderr for each article of a sync ``report`` whose analysis failed (a bug its
    text found): still searchable by its words, without its names and quotes."""
    for item in report.failed:
        print(f"reader: {one_line(item.path)}: the analysis failed ({one_line(item.reason, 160)}); "
              "its text is searchable, its names and quotes are not; please report it", file=sys.stderr)
