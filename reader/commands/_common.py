"""Shared plumbing of the shell commands: library scanning and the store (export items: reader.workspace)."""

from __future__ import annotations

import sys
from typing import Sequence

from reader.model import Article, LibraryScan
from reader.textsafe import one_line


def scan_paths(paths: Sequence[str], *, report_skipped: bool = True) -> LibraryScan:
    """Scan ``paths`` (default: the current folder); skipped files are reported on stderr."""
    from reader.library import scan

    from reader.errors import ReaderError, path_problem

    for path in paths:  # a mistyped name is an error, not an empty library
        problem = path_problem(path)
        if problem:
            raise ReaderError(f"{path}: {problem}")
    result = scan(list(paths) or ["."])
    if report_skipped:
        for skipped in result.skipped:
            if skipped.own_file:
                continue  # the database, its backups and earlier exports: expected, not news
            print(f"reader: skipped {one_line(skipped.path)}: {one_line(skipped.reason)}", file=sys.stderr)
    return result


def articles_as_listed(path: str) -> list[Article]:
    """The articles of one file, with the ids a library scan of its folder gives them.

    Two files holding the same story (same headline, date and source) share a base id; the scan
    tells them apart, so the shell must see the same ids as the app and ``reader list``.
    """
    import os

    from reader.library import load_articles, scan

    found = load_articles(path)  # a clear one-line error for a file that cannot be read
    target = os.path.abspath(path)
    listed = [a for a in scan([os.path.dirname(target)]).articles if a.path == target]
    return listed if len(listed) == len(found) else found


def open_db(db: str | None, *, readonly: bool = False, fallback_readonly: bool = False):
    """Open the store named by ``--db``, ``$READER_DB`` or the user data directory."""
    from reader.settings import resolve_db_path
    from reader.store import open_store

    store = open_store(resolve_db_path(db), readonly=readonly, fallback_readonly=fallback_readonly)
    for warning in store.warnings:
        print(f"reader: warning: {one_line(warning)}", file=sys.stderr)
    return store
