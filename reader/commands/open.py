"""``reader [PATH...]``: open the app."""

from __future__ import annotations

import sys

from reader.commands._common import open_db


def launch(args, *, session: bool = False, untagged: bool = False) -> int:
    """Open the store (a damaged one stops here with a clear message), then run the app."""
    from reader.errors import ReaderError, path_problem

    for path in args.paths:  # a mistyped name is an error, not an empty library
        problem = path_problem(path)
        if problem:
            raise ReaderError(f"{path}: {problem}")
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        print("reader: the app needs a terminal; for scripts use 'reader list', 'reader export' or 'reader analyze'", file=sys.stderr)
        return 2
    if not sys.stderr.isatty():  # the app draws its screen on stderr: it would go into the file
        print("reader: the app draws on the terminal through stderr; run it without redirecting stderr (2>)",
              file=sys.stderr)
        return 2
    from reader.settings import load_settings

    settings = load_settings()
    store = open_db(args.db, fallback_readonly=True)
    try:
        from reader.tui.running import open_app

        return open_app(list(args.paths), store, settings, session=session, untagged=untagged)
    finally:
        store.close()


def run(args) -> int:
    """Run the app on the given files and folders."""
    return launch(args)
