"""The help screen, generated from the key bindings of the screen it covers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.keys import key_to_character
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static, TextArea

from reader.tui.screen_roles import DescribesKeys

GROUP_NAMES = {
    "ArticleView": "Reading and selecting",
    "ArticleScreen": "Article",
    "ArticleTable": "Library list",
    "LibraryScreen": "Library",
    "SessionScreen": "Tagging session",
    "ReaderApp": "Everywhere",
    "SearchScreen": "Search",
}


def group_name(node: Any) -> str:
    """The help section of ``node``'s keys: its class's name here, or the nearest base class's
    (the article opened from a search is an article screen, its view a reading view)."""
    return next((GROUP_NAMES[kind.__name__] for kind in type(node).__mro__ if kind.__name__ in GROUP_NAMES),
                type(node).__name__)


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


def describe(node: Any, binding: Binding) -> str | None:
    """What help and the command palette call ``binding``; None leaves it out.

    A node may say it itself (``describe_binding``: the article screen names its label keys after the
    configured labels); the tagging session's number keys are named after its tags here.
    """
    if isinstance(node, DescribesKeys):
        return node.describe_binding(binding)
    return binding.tooltip or binding.description


def binding_rows(screen: Screen) -> list[BindingRow]:
    """Every binding of ``screen``'s own widgets, the screen and the app, keys merged per action."""
    app = screen.app
    typing = isinstance(screen.focused, (Input, TextArea))  # a character key types there (search's `?`)
    rows: list[BindingRow] = []
    for node in _own_nodes(screen):
        group = group_name(node)
        merged: dict[str, tuple[list[str], Binding]] = {}
        for key, bindings in node._bindings.key_to_bindings.items():
            character = key_to_character(key)
            typed = typing and character is not None and character.isprintable()
            for binding in bindings:
                if not binding.id:  # Textual's own inherited bindings; ours all carry an id
                    continue
                if typed and not binding.priority:
                    continue
                keys, _ = merged.setdefault(binding.action, ([], binding))
                display = app.get_key_display(binding)
                if display not in keys:
                    keys.append(display)
        for action, (keys, binding) in merged.items():
            description = describe(node, binding)
            if description is None:  # e.g. label 7 when five labels are configured
                continue
            rows.append(BindingRow(group, " ".join(keys), description or action, action, node))
    return rows


class HelpScreen(ModalScreen[None]):
    """Every key of the screen below, grouped; Escape or ? closes."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, covered: Screen) -> None:
        super().__init__()
        self.covered = covered

    def compose(self) -> ComposeResult:
        from reader.tui.render import wrap_indented

        rows = binding_rows(self.covered)
        parts: list = [("Keys", "bold $text-primary"), ("   (Escape closes; ctrl+p searches every command)", "$text-muted")]
        # The dialog is 84 columns wide (less on a narrow terminal): 4 for border and padding, 2 spare.
        width = max(40, min(84, self.app.size.width) - 8)
        group = None
        for row in rows:
            if row.group != group:
                group = row.group
                parts += ["\n\n", (group, "bold $text-accent")]
            lines = wrap_indented(row.description, width, " " * 20, " " * 20)  # wrapped under the description
            parts += ["\n", (f"{row.keys:>18}", "bold"), "  ", "\n".join(lines)[20:]]
        sections = self.covered.HELP_SECTIONS if isinstance(self.covered, DescribesKeys) else ()
        for title, text in sections:  # e.g. the search language
            parts += ["\n\n", (title, "bold $text-accent"), "\n", text]
        with VerticalScroll(id="help-dialog"):
            yield Static(Content.assemble(*parts))

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
