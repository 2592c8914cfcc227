"""Attacks on ``reader list`` / ``export`` reading unchanged files from the library index: what the
index holds must never stand in for a file whose bytes are not the ones indexed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import main

OLD = 'Title: Borgmester trækker sig\nDate: 2025-01-03\nSource: Ritzau\n\nBorgmesteren går af. "Jeg er færdig," siger borgmester Hansen.\n'
NEW = 'Title: Borgmester bliver siddende\nDate: 2025-01-03\nSource: Ritzau\n\nBorgmesteren bliver. "Jeg er ikke færdig," siger Olsen.     \n'


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text(OLD, encoding="utf-8")
    (lib / "b.txt").write_text(OLD.replace("Hansen", "Jensen").replace("Borgmester", "Rådmanden", 1), encoding="utf-8")
    monkeypatch.setenv("READER_DB", str(tmp_path / "reader.json"))
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "idx"))
    assert main(["index", str(lib), "--workers", "1"]) == 0
    return lib


def _runs(lib: Path, capsys) -> dict[str, str]:
    got = {}
    for name, argv in {"list": ["list", str(lib)], "json": ["list", "--json", str(lib)],
                       "export": ["export", "--format", "json", str(lib)],
                       "quotes": ["export", "--quotes", str(lib)]}.items():
        capsys.readouterr()
        assert main(argv) == 0, name
        got[name] = capsys.readouterr().out
    return got


def _same_stat(path: Path, text: str) -> None:
    """``path`` rewritten with ``text`` (as many bytes), its mtime put back: ``touch -r``, or an edit
    within the file system's time granularity."""
    info = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size


def test_a_file_rewritten_with_the_same_size_and_mtime_is_read_again(indexed, tmp_path, capsys, monkeypatch):
    assert len(NEW.encode()) == len(OLD.encode())
    _same_stat(indexed / "a.txt", NEW)
    with_index = _runs(indexed, capsys)
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "none"))
    assert with_index == _runs(indexed, capsys)
    assert "Borgmester bliver siddende" in with_index["list"] and "Hansen" not in with_index["quotes"]


def test_two_files_of_one_size_swapping_names_keep_their_own_titles(indexed, tmp_path, capsys, monkeypatch):
    a, b = indexed / "a.txt", indexed / "b.txt"
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    _same_stat(a, tb)
    _same_stat(b, ta)
    with_index = _runs(indexed, capsys)
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "none"))
    assert with_index == _runs(indexed, capsys)
    assert with_index["quotes"].index("Rådmanden") < with_index["quotes"].index("Hansen")  # a.txt, with b's text
