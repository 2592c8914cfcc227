"""The real app in a real terminal (tmux): one annotation and one tagging session, read off the screen."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from reader.library import scan
from reader.store import open_store

from tui_helpers import WIRE

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """A detached tmux session on a private socket."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.socket = f"reader-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        shell = f"env -u COLUMNS -u LINES {exports} " + " ".join(shlex.quote(part) for part in command) + "; sleep 5"
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "120", "-y", "40", shell)
        self.tmux("set-option", "-t", "t", "window-size", "manual")
        self.tmux("resize-window", "-t", "t", "-x", "120", "-y", "40")

    def tmux(self, *args: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20)
        return result.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "t", key)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "t", "-l", text)

    def wait_for(self, needle: str, timeout: float = 120.0) -> str:
        # A hang detector, not a speed check: at load 15 the app takes many seconds to start.
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if needle in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{needle!r} never appeared; the screen was:\n{screen}")

    def wait_gone(self, needle: str, timeout: float = 120.0) -> str:
        """The screen once ``needle`` has left it (the app quit): a hang detector, as ``wait_for``."""
        deadline = time.monotonic() + timeout
        screen = self.screen()
        while needle in screen and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = self.screen()
        assert needle not in screen, screen
        return screen

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "other.txt").write_text(" date 2024-02 Færgen sejler igen\n\nFanø. Færgen sejler igen.\n\n/testbureau/\n", encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    env = {
        "TEXTUAL_ANIMATIONS": "none",
        "TERM": "xterm-256color",
        "READER_CONFIG": str(tmp_path / "none.toml"),
        "HOME": str(tmp_path),
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    term = Terminal([sys.executable, "-m", "reader", str(folder), "--db", str(db)], env)
    try:
        yield term, folder, db
    finally:
        term.close()


def test_annotate_and_tag_in_a_real_terminal(terminal):
    term, folder, db = terminal
    term.wait_for("Borgmester vil lukke skole i Ribe")
    term.keys("Enter")
    term.wait_for("Notes (0)")
    screen = term.wait_for("Quotes (1)")
    assert "Ribe. Borgmester Hanne Dahl" in screen, screen
    term.keys(")", "s", "a")
    term.wait_for("New note")
    term.type("Ring til forvaltningen")
    term.keys("C-s")
    screen = term.wait_for("Notes (1)")
    assert "Ring til forvaltningen" in screen, screen
    assert "Deselect" in term.wait_for("Deselect")  # the sentence stays selected; Escape would clear it
    term.keys("Escape")
    term.wait_for("Back")
    term.keys("q")  # back to the library
    term.wait_for("T Session")
    term.keys("T")
    term.wait_for("0 of 2 tagged")
    term.keys("1")
    screen = term.wait_for("1 of 2 tagged")
    term.keys("n", "2")
    term.wait_for("2 of 2 tagged")
    term.keys("Escape")
    term.wait_for("T Session")
    term.keys("q")
    screen = term.wait_gone("T Session")  # q quit the app
    assert "Traceback" not in screen and "internal error" not in screen, screen
    articles = {a.title: a for a in scan([folder]).articles}
    ribe = articles["Borgmester vil lukke skole i Ribe"]
    with open_store(db, readonly=True) as store:
        [note] = store.annotations(ribe.id)
        assert note.note == "Ring til forvaltningen"
        assert note.anchor.exact.startswith("Borgmester Hanne Dahl")
        tagged = [store.tags(a.id) for a in articles.values()]
    assert sorted(tagged) == sorted([("politics",), ("business",)])


def test_redirected_stderr_is_refused_in_one_line(tmp_path):
    """The app draws through stderr: with stderr sent to a file it would run unseen, so it says so."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    errors = tmp_path / "err.log"
    env = {"TERM": "xterm-256color", "HOME": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path),
           "READER_CONFIG": str(tmp_path / "none.toml")}
    command = (f"{shlex.quote(sys.executable)} -m reader {shlex.quote(str(folder))} --db "
               f"{shlex.quote(str(tmp_path / 'db.json'))} 2>{shlex.quote(str(errors))}; echo EXIT=$?")
    term = Terminal(["sh", "-c", command], env)
    try:
        term.wait_for("EXIT=")
        assert "EXIT=2" in term.screen()
    finally:
        term.close()
    text = errors.read_text(encoding="utf-8")
    assert text.startswith("reader: the app draws on the terminal through stderr") and text.count("\n") == 1


def test_sigterm_gives_the_terminal_back(tmp_path):
    """``kill`` ends the app as ctrl+q does: its exit status says so and the terminal is left in
    its normal mode (line editing and echo on), not in the app's raw mode."""
    folder = tmp_path / "sigterm-articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    env = {"TERM": "xterm-256color", "HOME": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path),
           "READER_CONFIG": str(tmp_path / "none.toml"), "TEXTUAL_ANIMATIONS": "none"}
    command = (f"{shlex.quote(sys.executable)} -m reader {shlex.quote(str(folder))} --db "
               f"{shlex.quote(str(tmp_path / 'db.json'))}; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -- '-*icanon'")
    term = Terminal(["sh", "-c", command], env)
    try:
        term.wait_for("Borgmester vil lukke")  # the library is on screen
        found = subprocess.run(["pgrep", "-f", "--", f"^{re.escape(sys.executable)} -m reader {re.escape(str(folder))}"],
                               capture_output=True, text=True).stdout.split()
        assert len(found) == 1, found
        os.kill(int(found[0]), 15)
        screen = term.wait_for("EXIT=")
        assert "EXIT=143" in screen
        lines = [line.strip() for line in term.wait_for("icanon").splitlines()]
        assert "icanon" in lines and "-icanon" not in lines
    finally:
        term.close()


def test_a_stray_byte_typed_into_a_note_is_kept_as_a_replacement(terminal):
    """A byte that is not UTF-8 in the terminal's input (a Latin-1 paste, Alt as the eighth bit)
    ended the app from Textual's input thread, with a traceback and the open note lost (attack14)."""
    term, folder, db = terminal
    term.wait_for("Borgmester vil lukke skole i Ribe")
    term.keys("Enter")
    term.wait_for("Quotes (1)")
    term.keys(")", "s", "a")
    term.wait_for("New note")
    term.type("Ring ")
    term.tmux("send-keys", "-t", "t", "-H", "ff", "e6")
    term.type(" igen")
    term.keys("C-s")
    screen = term.wait_for("Notes (1)")
    assert "Traceback" not in screen, screen
    term.keys("Escape")  # quit the app: one left running when the terminal goes may never end
    term.wait_for("Back")
    term.keys("q")
    term.wait_for("T Session")
    term.keys("q")
    term.wait_gone("T Session")
    ribe = next(a for a in scan([folder]).articles if a.title == "Borgmester vil lukke skole i Ribe")
    with open_store(db, readonly=True) as store:
        assert [n.note for n in store.annotations(ribe.id)] == ["Ring \ufffd\ufffd igen"]
