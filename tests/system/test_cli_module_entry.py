"""``python -m reader.cli`` runs the command line, as ``python -m reader`` and ``reader`` do.

Before, the module had no entry of its own: ``python -m reader.cli list FOLDER`` imported it,
printed nothing and exited 0, so a reporter (or a script) took an empty library for the answer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(module: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_DB": str(tmp_path / "db.json"), "READER_INDEX_DIR": str(tmp_path / "index"),
           "READER_CONFIG": str(tmp_path / "config.json")}
    # (from tmp_path: run from the checkout, "-m" would find its reader/ before PYTHONPATH's)
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)


def test_module_cli_lists_the_folder_as_the_package_does(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "kran.txt").write_text(
        " date 2026-11 Havnen i Sandvig får ny kran\n\nSandvig. Havnen har fået en ny kran.\n\n"
        "- Vi har ventet længe, siger havnefoged Ole Dam.\n", encoding="utf-8")
    by_cli = _run("reader.cli", "list", str(folder), tmp_path=tmp_path)
    by_package = _run("reader", "list", str(folder), tmp_path=tmp_path)
    assert by_cli.returncode == 0, by_cli.stderr
    assert "Havnen i Sandvig får ny kran" in by_cli.stdout
    assert by_cli.stdout == by_package.stdout


def test_module_cli_wrong_argument_is_one_line_with_status_2(tmp_path):
    result = _run("reader.cli", "list", "--no-such-option", tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("reader list: error:") or result.stderr.startswith("reader: error:"), result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
