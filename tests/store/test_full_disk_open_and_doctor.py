"""review26: on a full disk the app would not start at all ("reader: error: disk full while
saving ..."): opening took over the last session's undo history, a write. Now the notes open and
are shown, a warning says why nothing can be saved; and `reader doctor` named no problem there
("problems none", status 0) while every command that writes said "disk full"."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.cli import main
from reader.store import open_store
from store_helpers.tmpfs import mounted_tmpfs


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_tmpfs(tmp_path / "disk", "256k") as mount_point:
        yield mount_point


def _fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def _last_session(db: Path, made: Path) -> None:
    """A session that wrote a note and a tag and closed, its undo steps left to the next one (made
    on another disk and copied here: the journal's room made ahead would hold the next save)."""
    with open_store(made / "reader.json") as store:
        body = "Borgmesteren i Odense vil spare."
        store.add_annotation("a1", make_anchor(body, 0, 12), note="Ring til borgmesteren")
        store.add_tags("a1", ["kommune"])
        store._storage.compact()  # all in the file
    shutil.copy(made / "reader.json", db)


def test_the_notes_open_on_a_full_disk(disk: Path, tmp_path: Path) -> None:
    db = disk / "reader.json"
    _last_session(db, tmp_path)
    _fill(disk)
    with open_store(db, fallback_readonly=True) as store:  # as the app opens it
        assert [a.note for a in store.annotations("a1")] == ["Ring til borgmesteren"]
        assert store.tags("a1") == ("kommune",)
        assert any("disk full" in warning for warning in store.warnings), store.warnings
    (disk / "filler").unlink()
    with open_store(db) as store:  # room again: the history is taken over, nothing was lost
        assert [a.note for a in store.annotations("a1")] == ["Ring til borgmesteren"]
        assert not store.warnings


def test_doctor_says_the_disk_is_full(disk: Path, tmp_path: Path, capsys) -> None:
    db = disk / "reader.json"
    _last_session(db, tmp_path)
    _fill(disk)
    code = main(["doctor", "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "problems   none" not in out
    assert "is full (no room left): notes are shown, but saves fail" in out
    (disk / "filler").unlink()
    assert main(["doctor", "--db", str(db)]) == 0
    assert "problems   none" in capsys.readouterr().out
