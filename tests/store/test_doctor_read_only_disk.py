"""review25: a database copied alone onto a read-only disk (no backups folder, no lock file yet)
got `status ok` and `problems none` from `reader doctor`, while every command that writes refused
it; and with a lock file there, doctor advised to "fix its permissions or remove it", neither of
which a read-only disk allows. Now both say the disk is read-only, in one line."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import open_store
from store_helpers.tmpfs import mounted_tmpfs

@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs mounted for the test (needs root and mount permission)."""
    with mounted_tmpfs(tmp_path / "disk", "1m") as mount_point:
        yield mount_point


def _doctor(db: Path, capsys) -> tuple[int, list[str]]:
    code = main(["doctor", "--db", str(db)])
    captured = capsys.readouterr()
    return code, [line for line in (captured.out + captured.err).splitlines() if line.strip()]


@pytest.mark.parametrize("beside", ["nothing", "lock and backups"])
def test_doctor_says_the_disk_is_read_only(disk: Path, tmp_path: Path, beside: str, capsys) -> None:
    db = disk / "reader.json"
    with open_store(tmp_path / "made" / "reader.json") as store:
        store.add_tags("a", ["kept"])
    if beside == "nothing":  # the database file alone, as copied onto a stick or a share
        shutil.copy(tmp_path / "made" / "reader.json", db)
    else:
        with open_store(db) as store:
            store.add_tags("a", ["kept"])
        assert (disk / "reader.json.lock").exists()
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    code, lines = _doctor(db, capsys)
    problems = [line for line in lines if "read-only file system" in line]
    assert code == 1 and problems, lines
    assert any("nothing can be saved" in line for line in problems), lines
    assert not any("remove it" in line or "problems   none" in line for line in lines), lines
    with open_store(db, readonly=True) as store:
        assert store.tags("a") == ("kept",)  # nothing lost, still read
