"""Layering: only tui/ imports textual and rich, only store/ imports tinydb, and start-up stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reader"


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_non_ui_packages_do_not_import_textual_or_rich():
    code = (
        "import sys\n"
        "import reader.model, reader.library, reader.analysis, reader.store, reader.export, reader.cli\n"
        "import reader.commands._common, reader.commands.list, reader.commands.tag, reader.commands.export\n"
        "from reader.analysis import analyze\n"
        "analyze('Anders Holm siger, at Nato er vigtig.', 'da')\n"
        "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))"
    )
    assert run_python(code) == "[]"


def test_cli_start_imports_nothing_heavy():
    code = (
        "import sys\nimport reader.cli\n"
        "print(sorted(m for m in ('textual', 'rich', 'tinydb', 'reader.analysis', 'reader.store') if m in sys.modules))"
    )
    assert run_python(code) == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_store_imports_tinydb_and_only_tui_imports_textual():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        imported = _imports(path)
        if "tinydb" in imported and not relative.startswith("store/"):
            offenders.append(f"{relative} imports tinydb")
        if imported & {"textual", "rich"} and not relative.startswith("tui/"):
            offenders.append(f"{relative} imports textual/rich")
    assert offenders == []
