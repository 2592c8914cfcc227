"""For tests of a database lock another program holds: that program's ``flock`` on the lock file,
and the one-article library and fresh database the waiting-save tests open the app on."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from reader.store import open_store

from tui_helpers import WIRE


class LockHolder:
    """Another program's ``flock`` on the database's lock file (no pid written)."""

    def __init__(self, store) -> None:
        self.path = store.path.with_name(store.path.name + ".lock")
        self.fd: int | None = None

    def hold(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR)
        fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened
