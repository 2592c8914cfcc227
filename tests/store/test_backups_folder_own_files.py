"""A file the user put into the backups folder (a copy of the database named by hand) is not a
backup: rotation never deletes it, and repair never restores it in place of the newest one."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.commands import doctor
from reader.store import open_store
from reader.store.backups import Backups


def _tag(db: Path, tag: str) -> None:
    with open_store(db) as store:
        store.add_tags("a", [tag])


def test_a_copy_put_in_the_backups_folder_outlives_rotation(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    _tag(db, "t0")
    mine = db.with_name("reader.json.backups") / "reader-2019-list.json"
    mine.write_bytes(b'{"mine": true}\n')  # sorts before every time stamp: rotation's oldest on main
    for i in range(1, 8):
        _tag(db, f"t{i}")
    assert mine.exists()
    assert mine not in Backups(db).all()


def test_repair_restores_the_newest_backup_not_a_copy_named_by_hand(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    _tag(db, "t0")
    mine = db.with_name("reader.json.backups") / "reader-old-copy.json"  # sorts after every stamp
    mine.write_bytes(db.read_bytes())
    _tag(db, "t1")
    db.write_bytes(b'{"meta": {"1": {"sche')  # damaged
    assert doctor.run(argparse.Namespace(db=str(db), repair=True)) == 0
    capsys.readouterr()
    with open_store(db, readonly=True) as store:
        assert store.tags("a") == ("t0", "t1")  # main restored the hand copy: ("t0",)
    assert mine.exists()
