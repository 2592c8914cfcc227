"""Running the app so that an unexpected error is one line on the terminal, never a traceback.

Textual catches an exception the app did not handle, exits and prints a traceback through the
app's ``error_console``. ``run_app`` gives the app an error console that writes into memory (a
public attribute, no private hook overridden), then puts what Textual rendered into the crash log
and prints one line that names the error and the log.
"""

from __future__ import annotations

import codecs
import functools
import io
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.app import App

from reader.errors import describe_os_error
from reader.textsafe import one_line

_BOX = set("│╭╰─╮╯")


def crash_log_path() -> Path:
    """Where unexpected errors are logged with their traceback."""
    from platformdirs import user_state_path

    return user_state_path("reader", appauthor=False) / "crash.log"


def open_app(paths: list[str], store: Any, settings: Any, **options: Any) -> int:
    """The app on ``paths`` (the front door for ``reader PATH...``); its return code."""
    from reader.tui.app import ReaderApp

    app = ReaderApp(paths, store, settings=settings, **options)
    code = run_app(app)
    terminal_watch = getattr(app, "terminal_watch", None)
    if terminal_watch is not None:  # the app has returned: its terminal is no longer looked at
        terminal_watch.set()
    watchdog = getattr(app, "exit_watchdog", None)
    if watchdog is not None:  # the shutdown a signal began has finished
        watchdog.cancel()
    if app.exit_note:  # stopped by a signal with something unsaved (the terminal may be gone)
        try:
            sys.stderr.write(f"reader: {one_line(app.exit_note, 400)}\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
    return code


def tolerate_stray_bytes() -> None:
    """Let terminal input that is not UTF-8 arrive as U+FFFD instead of ending the app.

    Textual's Linux driver decodes keys and pastes strictly: one stray byte (a paste from a
    Latin-1 source, Alt sent as the eighth bit) raised in its input thread and the app exited,
    losing a note open in its editor. Its module-level ``getincrementaldecoder`` is swapped for
    one that replaces such bytes."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # another platform: another driver
        return

    def replacing(encoding: str) -> Any:
        return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")

    if getattr(linux_driver, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
        linux_driver.getincrementaldecoder = replacing


def run_app(app: App[Any], **run_options: Any) -> int:
    """Run ``app``; returns its return code (1 after an unexpected error, reported in one line)."""
    tolerate_stray_bytes()
    captured = io.StringIO()
    app.error_console = Console(file=captured, width=120, color_system=None, markup=False,
                                highlight=False, emoji=False, soft_wrap=False)
    try:
        app.run(**run_options)
    except Exception:  # past Textual's own handling (while shutting down): the same one line
        details = traceback.format_exc()
        sys.stderr.write(crash_line(details, log_crash(details)) + "\n")
        return 1
    code = app.return_code or 0
    details = captured.getvalue()
    if code == 0 and "Traceback (most recent call last)" in details:  # Textual's panic: no code set
        code = 1
    if details.strip() and code:
        sys.stderr.write(crash_line(details, log_crash(details)) + "\n")
    elif details.strip():  # a message the app chose to leave on exit
        sys.stderr.write(details)
    return code


def log_crash(details: str) -> Path | str:
    """Append ``details`` (the error as Textual rendered it) to the crash log and return its path;
    when the state folder cannot take it, a file in the temporary folder; when neither can, why."""
    problem = ""
    for log in (crash_log_path(), Path(tempfile.gettempdir()) / f"reader-crash-{os.getuid()}.log"):
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with open(log, "a", encoding="utf-8", errors="replace") as handle:
                handle.write(time.strftime("%Y-%m-%d %H:%M:%S\n") + details.rstrip() + "\n\n")
            return log
        except OSError as error:
            problem = problem or describe_os_error(error)
    return problem


def crash_line(details: str, log: Path | str) -> str:
    """The one line shown for an unexpected error: its last line ("ValueError: boom") and the log."""
    tail: list[str] = []
    if details.lstrip().startswith("Traceback"):  # Python's own: the last line names the error
        details = details.strip().splitlines()[-1]
    for line in reversed(details.splitlines()):
        text = line.strip()
        if not text:
            continue
        if text[0] in _BOX or text.startswith("NOTE:"):
            if tail:
                break
            continue
        tail.append(text)
    summary = " ".join(reversed(tail)) or "unexpected error"
    where = (f"details in {one_line(str(log))}" if isinstance(log, Path)
             else f"no crash log could be written: {one_line(log)}")
    return f"reader: internal error: {one_line(summary, 200)} ({where})"
