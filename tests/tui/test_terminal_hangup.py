"""A terminal that closes without a SIGHUP reaching the app (started by ``su -c`` or ``setsid``, a
session of its own): the app went on with Textual's input thread spinning on the dead terminal,
27 % of a core for half an hour, and a quit under way when it closed hung for ever (review18,
tmux kill-session). Now the terminal is looked at from a thread: once it has hung up the app
ends as on SIGHUP, and the process is ended if that does not finish."""

from __future__ import annotations

import asyncio
import threading

from reader.tui import exit_watchdog


class _Terminal:
    """An app on a real terminal, as ``follow_terminal`` sees it."""

    is_headless = False
    exit_watchdog = None


def test_a_hung_up_terminal_ends_the_app_as_sighup_does():
    app, hung, calls, ended = _Terminal(), threading.Event(), [], []
    loop = asyncio.new_event_loop()
    try:
        stop = exit_watchdog.follow_terminal(
            app, loop, lambda: (calls.append("SIGHUP"), loop.stop()), gone=hung.is_set, every=0.01,
            end=ended.append)
        assert stop is app.terminal_watch and not calls
        hung.set()  # the terminal closes; no signal comes
        loop.call_later(60, loop.stop)  # a hang guard, not a speed limit
        loop.run_forever()
    finally:
        loop.close()
    assert calls == ["SIGHUP"]
    assert app.exit_watchdog is not None  # the process is ended if the shutdown sticks
    app.exit_watchdog.cancel()


def test_the_watch_stops_with_the_app_and_never_fires_on_a_live_terminal():
    app, calls = _Terminal(), []
    stop = exit_watchdog.follow_terminal(app, None, lambda: calls.append(1), gone=lambda: False, every=0.01)
    stop.set()
    assert app.exit_watchdog is None and not calls


def test_an_app_under_a_test_harness_is_not_watched():
    class Headless:
        is_headless = True

    assert exit_watchdog.follow_terminal(Headless(), None, lambda: None) is None
