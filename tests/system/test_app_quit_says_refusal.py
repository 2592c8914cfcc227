"""An older copy of the database put back over it while the app is open (an editor writing back
the buffer it read earlier): the app says so in a toast, but a reporter who quits then saw the
shell come back silent, status 0, as if all were saved. Quitting now says the refusal again on
the terminal, one line naming `reader doctor --repair`, status 1; a fine quit stays silent."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

import pytest

from reader.model import Anchor
from reader.store import open_store

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _note(store, text: str) -> None:  # noqa: ANN001 - a Store
    store.add_annotation("a", Anchor(0, 3, "abc", "", ""), note=text)


def _quit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, put_back: bool) -> tuple[int, str]:
    import reader.commands.open as opening
    import reader.tui.running as running

    db = tmp_path / "reader.json"
    with open_store(db) as store:
        _note(store, "first")
    buffer = db.read_bytes()  # an editor reads the file
    with open_store(db) as store:  # `reader tag` from the shell, compacted as it closes
        _note(store, "saved after the editor read the file")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(sys, "stdout", _Terminal())
    monkeypatch.setattr(sys, "stderr", terminal)

    def app(paths, store, settings, **options) -> int:  # the reporter's session
        _note(store, "saved in the app")
        if put_back:
            (tmp_path / "buffer").write_bytes(buffer)
            os.replace(tmp_path / "buffer", db)  # the editor writes its buffer back
        return 0  # q

    monkeypatch.setattr(running, "open_app", app)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    code = opening.launch(argparse.Namespace(paths=[str(SAMPLES)], db=str(db)))
    return code, terminal.getvalue()


def test_quitting_over_an_older_copy_says_it_again_on_the_terminal(tmp_path, monkeypatch):
    code, said = _quit(tmp_path, monkeypatch, put_back=True)
    lines = said.splitlines()
    assert code == 1 and len(lines) == 1, said
    assert "older than its journal" in lines[0] and "reader doctor --repair" in lines[0]


def test_a_fine_quit_stays_silent(tmp_path, monkeypatch):
    assert _quit(tmp_path, monkeypatch, put_back=False) == (0, "")
