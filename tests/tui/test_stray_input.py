"""Terminal input that is not UTF-8, and Textual's panic, never end the app silently (attack14)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.app import ReaderApp


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db.json") as opened:
        yield opened


def test_textuals_input_decoder_replaces_stray_bytes() -> None:
    """One byte that is not UTF-8 (a Latin-1 paste, Alt as the eighth bit) raised in Textual's
    input thread, which ended the app (and a note open in its editor was lost)."""
    from textual.drivers import linux_driver

    from reader.tui import running

    running.tolerate_stray_bytes()
    decode = linux_driver.getincrementaldecoder("utf-8")().decode
    assert decode(b"l\xe6s \xff", final=False) == "l\ufffds \ufffd"
    assert decode(b"\xc3", final=False) == "" and decode(b"\xa6", final=True) == "æ"  # split letters still join
    assert codecs.getincrementaldecoder("utf-8")().errors == "strict"  # nothing else changed


def test_a_panic_is_one_line_and_a_failure_code(tmp_path, store, monkeypatch, capsys) -> None:
    """Textual's panic (an error in its input thread) set no return code: the app ended with 0
    and the whole boxed traceback on the terminal."""
    from reader.tui.running import run_app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    async def pilot(pilot) -> None:
        await pilot.pause()
        try:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        except UnicodeDecodeError:
            import rich.traceback

            pilot.app.panic(rich.traceback.Traceback())

    code = run_app(ReaderApp([str(tmp_path)], store), headless=True, auto_pilot=pilot)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("reader: internal error: UnicodeDecodeError") and err.count("\n") == 1, err
