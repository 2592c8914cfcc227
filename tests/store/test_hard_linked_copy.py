"""A copy of the database folder made with hard links (``cp -al``, as snapshot scripts do) shares
the journal's bytes: a save in one must not write into the other (the journal is the one file
written in place), or the copy shows tags and notes it never had, or loses those deleted since."""

from __future__ import annotations

import os
from pathlib import Path

from reader.store import open_store


def _copy_with_links(source: Path, target: Path) -> None:
    """``cp -al source target``."""
    target.mkdir()
    for entry in source.iterdir():
        if entry.is_dir():
            _copy_with_links(entry, target / entry.name)
        else:
            os.link(entry, target / entry.name)


def _tags(db: Path) -> tuple[str, ...]:
    with open_store(db, readonly=True) as store:
        return store.tags("a")


def test_a_save_in_one_copy_never_reaches_the_other(tmp_path: Path) -> None:
    first = tmp_path / "first" / "reader.json"
    first.parent.mkdir()
    for tag in ("t0", "t1"):
        with open_store(first) as store:
            store.add_tags("a", [tag])
    _copy_with_links(first.parent, tmp_path / "second")
    second = tmp_path / "second" / "reader.json"
    with open_store(first) as store:
        store.add_tags("a", ["only-in-first"])
        store.remove_tags("a", ["t0"])
    assert _tags(second) == ("t0", "t1")  # main: the first copy's save was in the second's journal
    with open_store(second) as store:
        store.add_tags("a", ["only-in-second"])
    assert _tags(first) == ("t1", "only-in-first")
    assert _tags(second) == ("t0", "t1", "only-in-second")
