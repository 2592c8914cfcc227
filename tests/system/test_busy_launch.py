"""A launch while another program holds the database's lock: said at once, then read-only."""

from __future__ import annotations

import argparse
import fcntl
import io
import os
import sys
import time
from pathlib import Path

import pytest

from reader.store import open_store

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, release_after: int | None) -> dict:
    """Run ``reader PATH`` with the lock held by someone else; what the app was given and what
    the terminal showed before it."""
    import reader.commands.open as opening
    import reader.tui.running as running
    from reader.store import storage

    db = tmp_path / "reader.json"
    open_store(db).close()
    held = os.open(str(db) + ".lock", os.O_RDWR)  # a description of its own: another holder
    fcntl.flock(held, fcntl.LOCK_EX)
    terminal, seen = _Terminal(), {}
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(sys, "stdout", _Terminal())
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(storage, "LOCK_TIMEOUT", 0.3)  # the old launch's wait, kept short
    monkeypatch.setattr(opening, "LOCK_WAIT_SECONDS", 1.0, raising=False)
    sleeps = [0]
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        if sleeps[0] == 0:  # before any wait, the terminal already says what is going on
            seen["said_at_once"] = terminal.getvalue()
        sleeps[0] += 1
        if release_after is not None and sleeps[0] == release_after:
            fcntl.flock(held, fcntl.LOCK_UN)
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)

    def app(paths, store, settings, **options) -> int:
        seen.update(readonly=store.readonly, reason=store.readonly_reason)
        return 0

    monkeypatch.setattr(running, "open_app", app)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    try:
        code = opening.launch(argparse.Namespace(paths=[str(SAMPLES)], db=str(db)))
    finally:
        os.close(held)
    seen.update(code=code, terminal=terminal.getvalue())
    return seen


def test_a_lock_held_at_launch_is_said_at_once_then_the_app_opens_read_only(tmp_path, monkeypatch):
    seen = _launch(tmp_path, monkeypatch, release_after=None)
    assert seen["code"] == 0 and seen["readonly"] is True
    assert "another program holds its lock file" in seen["said_at_once"]
    assert "waiting 1 s for it, then opening read-only (ctrl+c stops)" in seen["said_at_once"]
    assert "is busy" in seen["reason"] and "quit and open reader again" in seen["reason"]


def test_a_lock_let_go_during_the_countdown_opens_the_database_for_writing(tmp_path, monkeypatch):
    seen = _launch(tmp_path, monkeypatch, release_after=2)
    assert seen["code"] == 0 and seen["readonly"] is False and seen["reason"] == ""
    assert "another program holds its lock file" in seen["terminal"]


def test_a_command_says_at_once_that_it_waits_for_a_busy_lock(tmp_path, monkeypatch):
    from reader.commands._common import open_db
    from reader.errors import DatabaseLockedError
    from reader.store import storage

    db = tmp_path / "reader.json"
    open_store(db).close()
    held = os.open(str(db) + ".lock", os.O_RDWR)
    fcntl.flock(held, fcntl.LOCK_EX)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(storage, "LOCK_TIMEOUT", 0.3)
    said_before_the_wait = []
    wait = storage.FileLock.acquire

    def acquire(lock, timeout):
        said_before_the_wait.append(terminal.getvalue())
        return wait(lock, timeout)

    monkeypatch.setattr(storage.FileLock, "acquire", acquire)
    try:
        with pytest.raises(DatabaseLockedError):
            open_db(str(db))
    finally:
        os.close(held)
    assert "another program holds its lock file" in said_before_the_wait[0]
    assert "waiting up to 10 s for it (ctrl+c stops)" in said_before_the_wait[0]
