"""A command run with standard output closed says so in one line (attack33).

`reader list DIR >&-` (or a cron line that closes fd 1) leaves Python's ``sys.stdout`` None:
``print`` then wrote nothing without a word, and since review33's final flush, every command
that prints was "reader: internal error: AttributeError: 'NoneType' object has no attribute
'flush'" with status 70; `reader export` was the same with 'write'. Now it is the system's
own error, one line and status 2, as `cat >&-` does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


@pytest.mark.parametrize("command", [["list"], ["export", "--quotes"]], ids=["list", "export"])
def test_a_closed_output_is_one_line_and_status_2(tmp_path: Path, capsys, monkeypatch, command) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    monkeypatch.setattr(sys, "stdout", None)
    status = main([*command, str(folder), "--db", str(tmp_path / "db.json")])
    err = capsys.readouterr().err
    assert status == 2
    assert "reader: error: standard output is closed\n" in err
    assert "internal error" not in err and "Traceback" not in err


def test_a_closed_output_in_a_real_process(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    env = {**os.environ, "READER_INDEX_DIR": str(tmp_path / "index"), "READER_CONFIG": str(tmp_path / "none.toml")}
    env.pop("READER_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "list", str(folder), "--db", str(tmp_path / "db.json")],
        stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2, done.stderr
    assert "reader: error: standard output is closed" in done.stderr
    assert "internal error" not in done.stderr and "Exception ignored" not in done.stderr
