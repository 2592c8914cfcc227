"""The busy line names another reader only when that reader holds the lock now: the pid in the lock
file is the last writer's, who may have let go while a third program holds it (two windows of
reader waiting on a script: the innocent window must not be named)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import open_store

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="Linux lists flock holders in /proc/locks")


def test_a_reader_that_wrote_last_but_let_go_is_not_named_as_the_holder(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # a reader window, idle
    try:
        with open_store(tmp_path / "reader.json") as store:
            store.add_tags("a1", ["x"])
            lock = store.path.with_name("reader.json.lock")
            lock.write_text(f"{other.pid}\n", encoding="ascii")  # it wrote last (its pid stays in the file)
            fd = os.open(lock, os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a program that writes no pid holds it now
                busy = store.busy()
                assert f"pid {other.pid}" not in busy  # old: "another reader (pid …) is writing to it"
                assert "another program holds its lock file" in busy
            finally:
                os.close(fd)
    finally:
        other.kill()
        other.wait()


def test_a_reader_holding_the_lock_is_still_named(tmp_path: Path) -> None:
    # As reader writes its pid: over the file's whole content (a shorter pid written over a longer
    # one left "367", a newline, "5", read as no pid: the test failed only where pids had fewer digits).
    script = ("import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX); "
              "os.ftruncate(fd, 0); os.write(fd, f'{os.getpid()}\\n'.encode()); print('held', flush=True); "
              "time.sleep(60)")
    with open_store(tmp_path / "reader.json") as store:
        store.add_tags("a1", ["x"])
        lock = store.path.with_name("reader.json.lock")
        holder = subprocess.Popen([sys.executable, "-c", script, str(lock)], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert f"another reader (pid {holder.pid}) is writing to it" in store.busy()
        finally:
            holder.kill()
            holder.wait()
