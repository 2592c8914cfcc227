"""A shutdown begun by a signal ends the process even when Textual's shutdown never returns (its
terminal gone, its output thread dead): the app lingered, deaf to SIGTERM, until kill -9."""

from __future__ import annotations

import os
import signal
import threading

from reader.tui import exit_watchdog, running, waiting

from lock_holder import library, store  # noqa: F401 (fixtures)
from tui_helpers import make_app, wait_until


class _Terminal:
    """What ``exit_if_stuck`` reads of an app on a real terminal."""

    is_headless = False


def test_a_stuck_shutdown_is_ended_with_the_signals_code():
    app, ended = _Terminal(), []
    done = threading.Event()
    exit_watchdog.exit_if_stuck(app, 129, seconds=0.01, end=lambda code: (ended.append(code), done.set()))
    assert done.wait(60)  # a hang guard, not a speed limit
    assert ended == [129]


def test_an_app_under_a_test_harness_is_never_ended():
    class Headless:
        is_headless = True

    app, ended = Headless(), []
    exit_watchdog.exit_if_stuck(app, 143, seconds=0.01, end=ended.append)
    assert getattr(app, "exit_watchdog", None) is None and ended == []


def test_open_app_cancels_the_watchdog_once_the_app_has_returned(monkeypatch):
    started = {}

    class FakeApp(_Terminal):
        exit_note = ""

        def __init__(self, *args, **kwargs):
            started["app"] = self

    def fake_run(app):
        exit_watchdog.exit_if_stuck(app, 143, seconds=3600, end=lambda code: None)
        return 143

    import reader.tui.app as app_module

    monkeypatch.setattr(app_module, "ReaderApp", FakeApp)
    monkeypatch.setattr(running, "run_app", fake_run)
    assert running.open_app([], None, None) == 143
    watchdog = started["app"].exit_watchdog
    watchdog.join(60)
    assert not watchdog.is_alive() and watchdog.finished.is_set()


async def test_a_signal_starts_the_watchdog_as_it_ends_the_app(tmp_path, library, store, monkeypatch):  # noqa: F811
    seen = []
    monkeypatch.setattr(waiting, "exit_if_stuck", lambda app, code: seen.append(code))  # old: no such hook
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert signal.getsignal(signal.SIGHUP) not in (signal.SIG_DFL, signal.SIG_IGN, None)
        os.kill(os.getpid(), signal.SIGHUP)
        await wait_until(pilot, lambda: not app.is_running)
    assert seen == [129] and app.return_code == 129
