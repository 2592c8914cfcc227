"""A clock set back (a wrong clock corrected, a laptop's battery, a VM restored) never makes the
newest backup look older than the ones before it: rotation would delete it at once, and
``doctor --repair`` would restore an older one."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from reader.store import backups, open_store, repair
from reader.store.backups import Backups


class _Clock(datetime):
    """Stands in for ``datetime`` in the backups module: ``now`` is whatever the test sets."""

    at = datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc)

    @classmethod
    def now(cls, tz=None):  # noqa: ANN001 - datetime.now's signature
        cls.at = cls.at.replace(microsecond=(cls.at.microsecond + 1) % 1_000_000)
        return cls.at


def _tags(db: Path) -> tuple[str, ...]:
    with open_store(db, readonly=True) as store:
        return store.tags("a")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> type[_Clock]:
    monkeypatch.setattr(backups, "datetime", _Clock)
    return _Clock


def _sessions(db: Path, names: list[str]) -> None:
    for name in names:  # each session ends with a compaction, which keeps a backup
        with open_store(db) as store:
            store.add_tags("a", [name])


def test_the_newest_backup_survives_a_clock_set_back(tmp_path: Path, clock: type[_Clock]) -> None:
    db = tmp_path / "reader.json"
    _sessions(db, [f"ahead-{i}" for i in range(Backups(db).keep + 1)])
    clock.at = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)  # the clock set back half a year
    _sessions(db, ["after-0", "after-1"])
    with open_store(db) as store:
        store.remove_tags("a", ["after-0"])  # the newest backup now holds less than the one before
    newest = Backups(db).all()[0]
    copy = tmp_path / "copy" / "reader.json"
    copy.parent.mkdir()
    copy.write_bytes(newest.read_bytes())
    assert _tags(copy) == _tags(db) == tuple(f"ahead-{i}" for i in range(6)) + ("after-1",)


def test_repair_after_a_clock_set_back_restores_the_last_backup(tmp_path: Path, clock: type[_Clock]) -> None:
    db = tmp_path / "reader.json"
    _sessions(db, [f"ahead-{i}" for i in range(Backups(db).keep)])
    clock.at = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
    _sessions(db, ["after-0"])
    expected = _tags(db)
    db.write_bytes(b"{ damaged")
    repair.repair(db)
    assert _tags(db) == expected
