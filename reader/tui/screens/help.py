"""The help screen, generated from the key bindings of the screen it covers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

GROUP_NAMES = {
    "ArticleView": "Reading and selecting",
    "ArticleScreen": "Article",
    "ArticleTable": "Library list",
    "LibraryScreen": "Library",
    "SessionScreen": "Tagging session",
    "ReaderApp": "Everywhere",
}


@dataclass(frozen=True)
class BindingRow:
    """One action and every key bound to it."""

    group: str
    keys: str
    description: str
    action: str
    node: Any


def _own_nodes(screen: Screen) -> list[Any]:
    """The screen, the app, and the project's widgets on the screen that define bindings."""
    nodes: list[Any] = []
    for widget in screen.query("*"):
        if type(widget).__module__.startswith("reader.") and type(widget).BINDINGS:
            nodes.append(widget)
    return [*nodes, screen, screen.app]


def binding_rows(screen: Screen) -> list[BindingRow]:
    """Every binding of ``screen``'s own widgets, the screen and the app, keys merged per action."""
    app = screen.app
    rows: list[BindingRow] = []
    for node in _own_nodes(screen):
        group = GROUP_NAMES.get(type(node).__name__, type(node).__name__)
        merged: dict[str, tuple[list[str], Binding]] = {}
        for key, bindings in node._bindings.key_to_bindings.items():
            for binding in bindings:
                if not binding.id:  # Textual's own inherited bindings; ours all carry an id
                    continue
                keys, _ = merged.setdefault(binding.action, ([], binding))
                display = app.get_key_display(binding)
                if display not in keys:
                    keys.append(display)
        for action, (keys, binding) in merged.items():
            rows.append(BindingRow(group, " ".join(keys), binding.tooltip or binding.description or action, action, node))
    return rows


class HelpScreen(ModalScreen[None]):
    """Every key of the screen below, grouped; Escape or ? closes."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, covered: Screen) -> None:
        super().__init__()
        self.covered = covered

    def compose(self) -> ComposeResult:
        rows = binding_rows(self.covered)
        parts: list = [("Keys", "bold $text-primary"), ("   (Escape closes; ctrl+p searches every command)", "$text-muted")]
        group = None
        for row in rows:
            if row.group != group:
                group = row.group
                parts += ["\n\n", (group, "bold $text-accent")]
            parts += ["\n", (f"{row.keys:>18}", "bold"), "  ", row.description]
        with VerticalScroll(id="help-dialog"):
            yield Static(Content.assemble(*parts))

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
