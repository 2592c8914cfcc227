"""A command's output cut short by a full disk says so and fails (review33).

`reader export --quotes > draft.md` with 4 KB left on the disk wrote the first 4 KB of a 7 KB
sheet and exited 0 without a word where Python runs unbuffered (PYTHONUNBUFFERED=1, common in
containers), and with "Exception ignored ... No space left on device", status 120, elsewhere.
"""

from __future__ import annotations

import errno
import io
import shutil
import sys
from pathlib import Path

import pytest

from reader.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


class _NearlyFull(io.RawIOBase):
    """A file on a disk with ``room`` bytes left: a write past it is cut short, the next refused."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        taken = bytes(chunk[:self.room])
        self.data += taken
        self.room -= len(taken)
        return len(taken)


@pytest.mark.parametrize("buffered", [False, True], ids=["unbuffered", "buffered"])
def test_an_export_the_disk_cuts_short_fails_in_one_line(tmp_path: Path, capsys, monkeypatch, buffered: bool) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    disk = _NearlyFull(room=1000)
    # buffered: the whole sheet fits in the buffer, so the disk is met only when it is written out
    stream = io.TextIOWrapper(io.BufferedWriter(disk, buffer_size=1 << 20) if buffered else disk, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "__stdout__", stream)  # the process's own output, as in a shell
    status = main(["export", "--quotes", str(folder), "--db", str(tmp_path / "db.json")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "reader: error: no space left on device" in err
    if buffered:
        assert "the output is cut short" in err
    assert len(disk.data) == 1000  # what fitted is there; the rest was never claimed as written


def test_an_export_with_room_is_whole(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    disk = _NearlyFull(room=10_000_000)
    stream = io.TextIOWrapper(disk, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "__stdout__", stream)
    assert main(["export", "--quotes", str(folder), "--db", str(tmp_path / "db.json")]) == 0
    assert disk.data.decode("utf-8").startswith("# Quotes")
    assert disk.data.decode("utf-8").endswith("\n")
