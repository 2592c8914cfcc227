"""The architecture's rules (pyproject's [tool.importlinter] contracts) hold, and can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on the package under ``root`` with the project's contracts."""
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache", str(ROOT / "pyproject.toml")],
        capture_output=True, text=True, cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def test_import_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Contracts: 6 kept, 0 broken." in result.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("model.py", "import tinydb", "tinydb is imported only in reader.store"),
    ("export/markdown.py", "import rich", "textual and rich are imported only in reader.tui"),
    ("library/build.py", "import reader.export.items", "Layers"),
    ("export/csvout.py", "import reader.export.document", "No import cycles"),
    ("tui/render.py", "import reader.store.editing", "The front ends reach the parts only through"),
    ("commands/tag.py", "import reader.library.scanner", "The front ends reach the parts only through"),
])
def test_a_broken_rule_is_caught(tmp_path: Path, module: str, line: str, contract: str) -> None:
    shutil.copytree(ROOT / "reader", tmp_path / "reader", ignore=shutil.ignore_patterns("__pycache__", "*.gz"))
    target = tmp_path / "reader" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout[-2000:]
    broken = [row for row in result.stdout.splitlines() if " BROKEN" in row]
    assert len(broken) == 1 and broken[0].startswith(contract), broken
