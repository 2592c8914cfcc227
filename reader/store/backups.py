"""The last good versions of the database, kept in a folder beside it."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from reader.store.files import DIR_MODE, TEMP_MARK, atomic_write, fsync_dir

KEEP = 5
PRESERVED_TAG = "before-migration"


class Backups:
    """``<db>.backups/<stem>-<UTC time>[-tag].json``; rotation keeps the newest ``KEEP``."""

    def __init__(self, db_path: Path, keep: int = KEEP) -> None:
        self.db_path = db_path
        self.folder = db_path.with_name(db_path.name + ".backups")
        self.keep = keep

    def save(self, blob: bytes, tag: str = "") -> Path:
        """Write one backup durably and rotate; raises OSError."""
        if not self.folder.is_dir():
            self.folder.mkdir(mode=DIR_MODE, exist_ok=True)
            fsync_dir(self.folder.parent)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        suffix = f"-{tag}" if tag else ""
        target = self.folder / f"{self.db_path.stem}-{stamp}{suffix}.json"
        counter = 1
        while target.exists():
            counter += 1
            target = self.folder / f"{self.db_path.stem}-{stamp}-{counter}{suffix}.json"
        atomic_write(target, blob)
        self.rotate()
        return target

    def all(self) -> list[Path]:
        """Every backup, newest first."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return []
        prefix = f"{self.db_path.stem}-"
        found = [self.folder / n for n in names if n.startswith(prefix) and n.endswith(".json")]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def rotating(self) -> list[Path]:
        """The backups subject to rotation (not the copies kept before a migration), newest first."""
        return [p for p in self.all() if not p.stem.endswith(PRESERVED_TAG)]

    def rotate(self) -> None:
        """Delete all but the newest ``keep`` rotating backups."""
        for old in self.rotating()[self.keep:]:
            try:
                old.unlink()
            except OSError:
                pass

    def remove_temps(self) -> None:
        """Delete temporary files a killed writer left in the backup folder."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(".") and TEMP_MARK in name:
                try:
                    os.unlink(self.folder / name)
                except OSError:
                    pass
