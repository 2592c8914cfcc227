"""Ctrl-C during a command that shows progress on a terminal: the message takes the progress line's
place instead of being glued to the end of it ("reading 500 of 20,000 filesreader: interrupted")."""

from __future__ import annotations

import io
import sys

from reader import cli
from reader.archive import progress_printer


class _Terminal(io.StringIO):
    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


def test_ctrl_c_after_a_progress_line_starts_its_own_line(monkeypatch, tmp_path):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    def run(args):
        progress_printer(terminal)("reading", 500, 20_000)
        raise KeyboardInterrupt

    import reader.commands.list as listing
    monkeypatch.setattr(listing, "run", run)
    status = cli.main(["list", str(tmp_path), "--db", str(tmp_path / "db.json")])
    assert status == 130
    shown = terminal.getvalue().split("\r\x1b[K")[-1]  # what the terminal shows on the last line
    assert shown.strip() == "reader: interrupted"


def test_ctrl_c_into_a_pipe_writes_the_plain_message(monkeypatch, tmp_path):
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)

    def run(args):
        raise KeyboardInterrupt

    import reader.commands.list as listing
    monkeypatch.setattr(listing, "run", run)
    assert cli.main(["list", str(tmp_path), "--db", str(tmp_path / "db.json")]) == 130
    assert stream.getvalue() == "reader: interrupted\n"
