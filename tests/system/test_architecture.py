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


# The screens' modules by family: a screen and the parts it is made of (mixins, its own dialogs).
# Across families, a screen asks for another with messages.OpenScreen and the app routes it.
SCREEN_FAMILIES = {
    "article": {"article", "article_actions", "article_display", "article_places", "article_reread", "quote_actions",
                "article_at", "entity", "note", "speaker", "article_checks", "article_commands"},
    "library": {"library", "library_filter", "library_follow", "library_index", "library_progress", "library_reading",
                "library_watch", "who_actions", "library_actions"},
    "session": {"session", "session_display"},
    "who lists": {"who_list", "speakers", "entities"},
}
SCREEN_HELPERS = {"who_panel", "search_help"}  # text and lookups, no screen in them
# Deliberate: pushed directly so that keys typed right after "/" or after Enter in the filter reach
# the new screen at once (tests/tui/test_slash_search.py, test_fast_typing.py).
ROUTE_FREE = {("library", "article"), ("library_index", "search")}


def _screen_imports() -> list[tuple[str, str]]:
    import ast

    found = []
    for path in sorted((ROOT / "reader" / "tui" / "screens").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name.startswith("reader.tui.screens.") or name == "reader.tui.app":
                    found.append((path.stem, name.rsplit(".", 1)[-1] if name != "reader.tui.app" else "APP"))
    return found


def test_screens_never_import_the_app_or_another_family() -> None:
    family = {module: name for name, modules in SCREEN_FAMILIES.items() for module in modules}
    wrong = [(src, dst) for src, dst in _screen_imports()
             if dst == "APP" or not (dst in SCREEN_HELPERS or (src, dst) in ROUTE_FREE
                                     or family.get(src, src) == family.get(dst, dst))]
    assert wrong == [], f"screens importing across families (post messages.OpenScreen instead): {wrong}"
    assert ("library", "article") in _screen_imports()  # the walk sees imports inside functions too


def test_screen_helpers_hold_no_screens() -> None:
    import ast

    for name in SCREEN_HELPERS:
        tree = ast.parse((ROOT / "reader" / "tui" / "screens" / f"{name}.py").read_text(encoding="utf-8"))
        bases = [ast.unparse(b) for n in ast.walk(tree) if isinstance(n, ast.ClassDef) for b in n.bases]
        assert not any("Screen" in b for b in bases), (name, bases)
