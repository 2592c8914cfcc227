"""The app gone, a thread it started still running (Textual's input thread spinning on a closed
terminal): the process ends instead of lingering at 20-30 % of a core until kill -9 (attack15)."""

from __future__ import annotations

import argparse
import io
import os
import sys
import threading
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Ended(Exception):
    pass


def _launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, linger: bool) -> tuple[list, bool]:
    import reader.commands.open as opening
    import reader.tui.running as running

    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, _Terminal())
    monkeypatch.setattr(opening, "LINGER_SECONDS", 0.2, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    release = threading.Event()
    ended: list = []
    closed: list = []

    def end(code: int) -> None:  # os._exit, recorded instead of ending the test run
        ended.append(code)
        raise _Ended

    monkeypatch.setattr(os, "_exit", end)

    def app(paths, store, settings, **options) -> int:
        real_close = store.close
        store.close = lambda: (closed.append(True), real_close())[1]
        if linger:  # a non-daemon thread the app leaves behind, never ending by itself
            threading.Thread(target=release.wait, name="left-behind").start()
        return 129

    monkeypatch.setattr(running, "open_app", app)
    try:
        code = opening.launch(argparse.Namespace(paths=[str(SAMPLES)], db=str(tmp_path / "reader.json")))
        ended.append(("returned", code))
    except _Ended:
        pass
    finally:
        release.set()
    return ended, bool(closed)


def test_a_thread_left_by_the_app_ends_the_process_after_the_store_is_closed(tmp_path, monkeypatch):
    ended, closed = _launch(tmp_path, monkeypatch, linger=True)
    assert closed and ended == [129]  # old: launch returned and the process waited on the thread


def test_a_clean_exit_returns_as_before(tmp_path, monkeypatch):
    ended, closed = _launch(tmp_path, monkeypatch, linger=False)
    assert closed and ended == [("returned", 129)]
