"""Choose an entity type with one key (a personal gazetteer correction)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.textsafe import one_line

CHOICES = (("p", "PER", "person"), ("o", "ORG", "organisation"), ("l", "LOC", "place"),
           ("m", "MISC", "other name"), ("d", "DATE", "date"), ("n", "NUM", "number"))


class EntityChooser(ModalScreen[str | None]):
    """p/o/l/m/d/n pick a type, x says "not an entity", Escape cancels."""

    BINDINGS = [
        *(Binding(key, f"choose('{label}')", name, id=f"entity.{label.lower()}") for key, label, name in CHOICES),
        Binding("x", "choose('')", "not an entity", id="entity.none"),
        Binding("escape", "choose(None)", "Cancel", id="entity.cancel"),
    ]

    def __init__(self, text: str, current: str | None) -> None:
        super().__init__()
        self.text = text
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="entity-dialog"):
            verb = "Change" if self.current else "Add"
            yield Static(Content(f"{verb} “{one_line(self.text, 60)}” in every article as:"), id="entity-title")
            lines = [f"  {key}  {name}" + ("   (now)" if label == self.current else "") for key, label, name in CHOICES]
            lines.append("  x  not an entity")
            lines.append("  Escape  cancel")
            yield Static(Content("\n".join(lines)), id="entity-choices")

    def action_choose(self, label: str | None) -> None:
        """Return the chosen label ("" for none, None for cancel)."""
        self.dismiss(label)
