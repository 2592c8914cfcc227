"""``reader [PATH...]``: open the app."""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any, Callable, TextIO

from reader.commands._common import open_db

LINGER_SECONDS = 5.0  # how long threads left after the app may take to end before the process ends
LOCK_WAIT_SECONDS = 10  # how long a launch waits, counting down, for a lock another program holds


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
    store = open_for_app(args.db, sys.stderr)
    before = set(threading.enumerate())
    try:
        from reader.tui.running import open_app

        code = open_app(list(args.paths), store, settings, session=session, untagged=untagged)
        code = code or still_refused(store, sys.stderr)
    finally:
        store.close()
    end_lingering(code, before)  # after an error the one line is said first (cli.main)
    return code


def still_refused(store: Any, stream: TextIO) -> int:
    """After the app quit: a database refused while it ran (an older copy put back over it) is
    said again on the terminal, 1; the app's toast is gone with its screen, and closing kept the
    journal as it was (0 when the database is fine)."""
    from reader.errors import CorruptDatabaseError, ReaderError
    from reader.textsafe import one_line

    try:
        store.refresh()
    except CorruptDatabaseError as error:
        print(f"reader: error: {one_line(str(error), 600)}", file=stream)
        return 1
    except (ReaderError, OSError):  # said in the app already, or at the next start
        return 0
    return 0


def end_lingering(code: int, before: set[threading.Thread], seconds: float | None = None) -> None:
    """With the app gone and the store closed, a thread the app started that would keep the process
    alive ends it with ``code``: Textual's input thread spinning on a closed terminal (a tmux
    window killed while the app quit) kept it at 20-30 % of a core, its parent gone, until kill -9."""
    left = [t for t in threading.enumerate() if t not in before and not t.daemon]
    deadline = time.monotonic() + (LINGER_SECONDS if seconds is None else seconds)
    for thread in left:
        thread.join(max(0.0, deadline - time.monotonic()))
    if any(t.is_alive() for t in left):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


def run(args) -> int:
    """Run the app on the given files and folders."""
    return launch(args)


def open_for_app(db: str | None, stream: TextIO, seconds: float | None = None, *,
                 sleep: Callable[[float], None] | None = None,
                 clock: Callable[[], float] | None = None) -> Any:
    """The store for the app. When another program holds the database's lock, that is said at
    once on ``stream`` and the lock is waited for with a countdown; still held after ``seconds``,
    the database opens read-only (the app says why), never a blank wait and an exit."""
    from reader.errors import DatabaseLockedError
    from reader.settings import resolve_db_path
    from reader.textsafe import one_line
    from reader.workspace.library import database_busy

    sleep, clock = sleep or time.sleep, clock or time.monotonic
    seconds = LOCK_WAIT_SECONDS if seconds is None else seconds
    path = resolve_db_path(db)
    busy = database_busy(path)
    if busy:
        tty = hasattr(stream, "isatty") and stream.isatty()
        print(f"reader: {one_line(busy, 300)}", file=stream, flush=True)
        end, shown = clock() + seconds, None
        while busy and clock() < end:
            left = max(1, round(end - clock()))
            if tty and left != shown:
                stream.write(f"\r\x1b[Kreader: waiting {left} s for it, then opening read-only (ctrl+c stops)")
                stream.flush()
                shown = left
            sleep(0.2)
            busy = database_busy(path)
        if tty:
            stream.write("\r\x1b[K")
            stream.flush()
    if not busy:
        try:
            return open_db(db, fallback_readonly=True)
        except DatabaseLockedError as error:  # taken again between the look and the open
            busy = str(error).removesuffix("; try again")
    store = open_db(db, readonly=True)
    store.readonly_reason = f"{busy}; quit and open reader again to write notes"
    return store
