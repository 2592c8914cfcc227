"""list and export read every file of the folders: on a 20,000-file archive a minute. On a
terminal they say how far they are once it takes over a second, never a frozen prompt."""

from __future__ import annotations

import io
import itertools
import re
import time
from pathlib import Path

import pytest

from reader.cli import main


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "wire"
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:03d}.txt").write_text(
            f" date 2024-01-01 Story {number} from the desk\n\nAarhus. Text {number}.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", [["list"], ["export", "--format", "json"]])
def test_a_slow_scan_shows_its_progress_on_a_terminal(tmp_path, monkeypatch, capsys, command):
    folder = _folder(tmp_path, 250)
    ticks = itertools.count(0, 0.4)  # a slow machine: every look at the clock is 0.4 s later
    monkeypatch.setattr(time, "monotonic", lambda: next(ticks))
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main([*command, str(folder), "--db", str(tmp_path / "db.json")]) == 0
    shown = terminal.getvalue()
    assert re.search(r"reading (100|200) of 250 files", shown)  # on the way, not only at the end
    assert "reading 250 of 250 files\n" in shown


def test_a_quick_scan_or_a_pipe_stays_quiet(tmp_path, monkeypatch, capsys):
    folder = _folder(tmp_path, 250)
    terminal = _Terminal()
    monkeypatch.setattr(time, "monotonic", lambda: 5.0)  # no time passes
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["list", str(folder), "--db", str(tmp_path / "db.json")]) == 0
    assert "reading" not in terminal.getvalue()
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)  # not a terminal: no progress, however slow
    ticks = itertools.count(0, 0.4)
    monkeypatch.setattr(time, "monotonic", lambda: next(ticks))
    assert main(["list", str(folder), "--db", str(tmp_path / "db.json")]) == 0
    assert "reading" not in pipe.getvalue()


def test_quotes_first_seen_shows_how_far_it_is_on_a_terminal(tmp_path, monkeypatch, capsys):
    # comparing every quote with the ones sharing its words: 15 s on 20,000 quotes, said nothing
    folder = tmp_path / "wire"
    folder.mkdir()
    for number in range(40):
        quotes = "\n\n".join(f"- Sag {number} punkt {k} er {'vigtig ' * (k + 1)}nu, siger Mette Lund."
                             for k in range(3))
        (folder / f"{number:03d}.txt").write_text(
            f" date 2024-01-01 Story {number}\n\nAarhus. Direktør Mette Lund taler.\n\n{quotes}\n", encoding="utf-8")
    db = str(tmp_path / "db.json")
    assert main(["index", str(folder), "--db", db, "--workers", "1"]) == 0
    ticks = itertools.count(0, 0.4)
    monkeypatch.setattr(time, "monotonic", lambda: next(ticks))
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["quotes", str(folder), "--first-seen", "--db", db]) == 0
    shown = terminal.getvalue()
    assert re.search(r"comparing (50|100) of 120 quotes", shown), shown
    assert "comparing 120 of 120 quotes\n" in shown
