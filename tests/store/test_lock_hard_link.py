"""A lock file that is a hard link of another file (the database itself: ``ln reader.json
reader.json.lock``, or a copy made with ``cp -al``) is still a lock, but reader never writes its
pid into it: that write used to replace the database's bytes with a number."""

from __future__ import annotations

import os
from pathlib import Path

from reader.cli import main
from reader.store import open_store


def _make(db: Path) -> None:
    for tag in ("t0", "t1"):
        with open_store(db) as store:
            store.add_tags("a", [tag])


def test_a_lock_hard_linked_to_the_database_never_overwrites_it(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    _make(db)
    lock = tmp_path / "reader.json.lock"
    lock.unlink()
    os.link(db, lock)
    before = db.read_bytes()
    with open_store(db) as store:  # main wrote its pid into the database here, then found it damaged
        assert store.tags("a") == ("t0", "t1")
        store.add_tags("a", ["t2"])
    assert lock.read_bytes() == before  # the old database bytes, untouched under the lock's name
    with open_store(db, readonly=True) as store:
        assert store.tags("a") == ("t0", "t1", "t2")


def test_a_lock_hard_linked_to_another_file_leaves_that_file_as_it_was(tmp_path: Path, capsys) -> None:
    db = tmp_path / "reader.json"
    _make(db)
    victim = tmp_path / "story-draft.md"
    victim.write_text("the draft\n", encoding="utf-8")
    lock = tmp_path / "reader.json.lock"
    lock.unlink()
    os.link(victim, lock)
    assert main(["doctor", "--db", str(db)]) == 0
    with open_store(db) as store:
        store.add_tags("a", ["t2"])
    assert victim.read_text(encoding="utf-8") == "the draft\n"
    assert "problems   none" in capsys.readouterr().out
