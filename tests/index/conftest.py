"""Fixtures the index's command tests share: a notes database path and an indexed copy of the
sample articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "reader.json"


@pytest.fixture
def indexed(tmp_path: Path, db: Path, capsys) -> Path:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    assert main(["index", str(folder), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    return folder
