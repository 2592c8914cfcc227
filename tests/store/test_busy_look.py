"""What the app needs of the store to never wait on a lock another program holds: a look that
never waits (``busy``), and a short wait that fails as DatabaseBusyError with nothing written."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import pytest

from reader.errors import DatabaseBusyError
from reader.store import memory_store, open_store


def test_a_held_lock_is_seen_by_a_look_and_a_short_wait_writes_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "reader.json") as store:
        store.add_tags("a1", ["before"])
        assert store.busy() == ""
        fd = os.open(store.path.with_name("reader.json.lock"), os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert "is busy: another program holds its lock file" in store.busy()
            store.wait_for_lock(0.05)
            with pytest.raises(DatabaseBusyError):
                store.add_tags("a1", ["while held"])
            assert store.tags("a1") == ("before",)
        finally:
            os.close(fd)
        # The wait that ran out left a thread blocked on the lock: it takes the lock as soon as it
        # is let go and lets it go at once; a look in between sees it held (a count of looks).
        for _ in range(2000):
            if store.busy() == "":
                break
            time.sleep(0.005)
        assert store.busy() == ""
        store.add_tags("a1", ["after"])  # the same write, tried again once the lock is free
    with open_store(tmp_path / "reader.json") as again:
        assert again.tags("a1") == ("before", "after")


def test_memory_and_read_only_stores_are_never_busy(tmp_path: Path) -> None:
    assert memory_store().busy() == ""
    with open_store(tmp_path / "reader.json"):
        pass
    with open_store(tmp_path / "reader.json", readonly=True) as store:
        fd = os.open(tmp_path / "reader.json.lock", os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert store.busy() == ""  # nothing it could write waits: it writes nothing
        finally:
            os.close(fd)
