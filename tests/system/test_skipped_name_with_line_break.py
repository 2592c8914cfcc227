"""review25: a skipped file whose name holds a line break was named with a space in its place
("reader: skipped /desk/tom fil.txt: empty file", and so in the app's ``!`` list), which names
another file, one the reporter may have too. The name is now shown as shown_name shows names in
other messages: quoted, the break as ␊, on one line."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from reader.cli import main
from reader.tui.screens.skipped import SkippedScreen

from tui_helpers import WIRE, settle, wait_for_library, running_app


def _desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "tom\nfil.txt").write_bytes(b"")
    (folder / "tom fil.txt").write_text(WIRE.replace("Ribe", "Tønder"), encoding="utf-8")  # the other file
    return folder


def test_the_shell_names_the_file_with_its_line_break(tmp_path: Path, capsys) -> None:
    folder = _desk(tmp_path)
    assert main(["list", str(folder), "--db", str(tmp_path / "db" / "reader.json")]) == 0
    err = capsys.readouterr().err
    skipped = [line for line in err.splitlines() if line.startswith("reader: skipped")]
    assert skipped == [f"reader: skipped '{folder}/tom\u240afil.txt': empty file"], err


async def test_the_skipped_list_names_the_file_with_its_line_break(tmp_path: Path) -> None:
    folder = _desk(tmp_path)
    async with running_app([folder], tmp_path, (80, 24)) as (app, pilot, store):
        await wait_for_library(pilot)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, SkippedScreen)
        texts = [str(s.render()) for s in app.screen.query(Static)][1:]
        assert any("tom\u240afil.txt" in t for t in texts), texts
        assert not any("tom fil.txt" in t for t in texts), texts
