"""Ending a process whose shutdown, begun by a signal, never finishes."""

from __future__ import annotations

import os
import threading
from typing import Any


STUCK_EXIT_SECONDS = 10.0  # a shutdown begun by a signal that has not ended by then is ended


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
    timer.daemon = True
    app.exit_watchdog = timer
    timer.start()
