"""A named pipe where the store reads a file (journal, backup): one line, never a wait (attack14)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.errors import StoreError
from reader.store import open_store
from reader.store.check import inspect
from reader.store.files import NotAFileError, read_bytes

HANG_GUARD = 120  # seconds: only for the old code, which waited for a writer that never came


def finished(call: Callable[[], Any]) -> tuple[bool, Any]:
    """(returned in time, what it returned or raised): a wait on a pipe fails the test, never hangs it."""
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as error:  # noqa: BLE001 - the test judges it
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_GUARD)
    return (not thread.is_alive()), (result[0] if result else None)


@pytest.fixture
def held_pipe() -> Iterator[Callable[[Path], None]]:
    """Make a named pipe at a path and hold it open for writing (so an old blocking open returns)."""
    fds: list[int] = []

    def make(path: Path) -> None:
        os.mkfifo(path)
        fds.append(os.open(path, os.O_RDWR | os.O_NONBLOCK))

    yield make
    for fd in fds:
        os.close(fd)


@pytest.mark.parametrize("readonly", [False, True])
def test_a_journal_that_is_a_pipe_is_named_in_one_line(tmp_path: Path, held_pipe: Callable[[Path], None],
                                                        readonly: bool) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["kept"])
    kept = db.read_bytes()
    (tmp_path / "reader.json.journal").unlink()
    held_pipe(tmp_path / "reader.json.journal")
    with pytest.raises(StoreError) as caught:
        open_store(db, readonly=readonly)
    message = str(caught.value)
    assert "named pipe" in message and "reader.json.journal" in message and "\n" not in message
    assert db.read_bytes() == kept


def test_read_bytes_refuses_a_pipe_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    done, outcome = finished(lambda: read_bytes(pipe))
    assert done, "read_bytes waited on a named pipe"
    assert isinstance(outcome, NotAFileError)


def test_a_backup_that_is_a_pipe_neither_hangs_nor_hides_the_database(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["kept"])
    with open_store(db) as store:  # a second compaction: a backup holding the tag
        store.add_tags("a", ["more"])
    backups = tmp_path / "reader.json.backups"
    os.mkfifo(backups / "reader-29991231T235959000000Z-w9999.json")  # sorts as the newest
    done, report = finished(lambda: inspect(db))
    assert done, "doctor waited on a named pipe in the backups folder"
    assert not isinstance(report, BaseException), report
    assert any("named pipe" in check.detail for check in report.backups)
    db.unlink()
    (tmp_path / "reader.json.journal").unlink(missing_ok=True)
    done, outcome = finished(lambda: open_store(db))
    assert done, "opening a missing database waited on a named pipe among its backups"
    assert isinstance(outcome, StoreError) and "doctor --repair" in str(outcome)


@pytest.mark.parametrize("name", ["reader.json.lock", "reader.json.journal"])
def test_a_folder_named_as_the_lock_or_journal_is_not_called_a_database_file(tmp_path: Path, name: str) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["kept"])
    target = tmp_path / name
    target.unlink()
    target.mkdir()
    with pytest.raises(StoreError) as caught:
        open_store(db)
    assert f"{name} is a folder, not a file" in str(caught.value)
    assert "database file" not in str(caught.value)
