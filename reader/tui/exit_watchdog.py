"""Ending a process whose shutdown, begun by a signal, never finishes; and treating a terminal
that hung up without a SIGHUP as a SIGHUP."""

from __future__ import annotations

import os
import sys
import threading
from typing import Any, Callable


STUCK_EXIT_SECONDS = 10.0  # a shutdown begun by a signal that has not ended by then is ended
TERMINAL_CHECK_SECONDS = 2.0  # how often the terminal is looked at


def exit_if_stuck(app: Any, code: int, seconds: float = STUCK_EXIT_SECONDS, end: Any = os._exit) -> None:
    """End the process with ``code`` if the shutdown a signal began has not finished in ``seconds``.

    With its terminal gone (SIGHUP), Textual's shutdown can wait for ever on its output thread (its
    queue full, the writer dead on the vanished terminal), and a later SIGTERM is then never heard:
    the process lingered until kill -9. What waited for the lock was saved (or said) before the
    shutdown began, and every store write survives a kill at any point. ``open_app`` cancels this
    once the app has returned; an app under a test harness (headless) is never ended this way."""
    if getattr(app, "is_headless", True) or getattr(app, "exit_watchdog", None) is not None:
        return
    timer = threading.Timer(seconds, end, args=(code,))
    timer.name = "reader-exit-watchdog"
    timer.daemon = True
    app.exit_watchdog = timer
    timer.start()


def follow_terminal(app: Any, loop: Any, on_hangup: Callable[[], None], gone: Callable[[], bool] | None = None,
                    every: float = TERMINAL_CHECK_SECONDS, end: Any = os._exit) -> threading.Event | None:
    """Look at the app's terminal every ``every`` seconds from a thread; once it has hung up, end the
    app as a SIGHUP does (``on_hangup`` on the event loop) and end the process if that has not
    finished in STUCK_EXIT_SECONDS.

    An app started in a session of its own (``su -c``, ``setsid``) gets no SIGHUP when its terminal
    closes: Textual's input thread then spun on the dead terminal for ever (27 % of a core for half
    an hour, review18), and a quit under way when the terminal closed hung in Textual's shutdown.
    A thread, not a timer of the app: by then the event loop may be stuck in that shutdown. The
    event returned (also ``app.terminal_watch``) stops the thread; ``open_app`` sets it."""
    if getattr(app, "is_headless", True):
        return None
    if gone is None:
        try:
            fd = sys.__stdout__.fileno()
        except (AttributeError, ValueError, OSError):
            return None
        if not os.isatty(fd):
            return None
        gone = lambda: not os.isatty(fd)  # noqa: E731 - a hung-up terminal is no longer a tty
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(every):
            if gone():
                exit_if_stuck(app, 129, end=end)
                try:
                    loop.call_soon_threadsafe(on_hangup)
                except RuntimeError:  # the loop is closed: the watchdog ends the process
                    pass
                return

    app.terminal_watch = stop
    threading.Thread(target=watch, name="reader-terminal", daemon=True).start()
    return stop
