"""Choose an entity type with one key (a personal gazetteer correction), for every article or
for this article only."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.textsafe import one_line

CHOICES = (("p", "PER", "person"), ("o", "ORG", "organisation"), ("l", "LOC", "place"),
           ("m", "MISC", "other name"), ("d", "DATE", "date"), ("n", "NUM", "number"))


@dataclass(frozen=True)
class EntityChoice:
    """What the chooser returns: a label ("" for none) and whether it is for this article only."""

    label: str
    here: bool = False


class EntityChooser(ModalScreen[EntityChoice | None]):
    """p/o/l/m/d/n pick a type, x says "not an entity", Tab switches every article / this one,
    Escape cancels."""

    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (16, "-roomy")]  # under 16 rows: app.tcss tightens it

    BINDINGS = [
        *(Binding(key, f"choose('{label}')", name, id=f"entity.{label.lower()}") for key, label, name in CHOICES),
        Binding("x", "choose('')", "not an entity", id="entity.none"),
        Binding("tab", "scope", "Every article / this article", id="entity.scope"),
        Binding("escape", "choose(None)", "Cancel", id="entity.cancel"),
    ]

    def __init__(self, text: str, current: str | None, here: bool = False) -> None:
        super().__init__()
        self.text = text
        self.current = current
        self.here = here

    def compose(self) -> ComposeResult:
        with Vertical(id="entity-dialog"):
            yield Static(id="entity-title")
            lines = [f"  {key}  {name}" + ("   (now)" if label == self.current else "") for key, label, name in CHOICES]
            lines.append("  x  not an entity")
            lines.append("  Tab  every article / this article only")
            lines.append("  Escape  cancel")
            yield Static(Content("\n".join(lines)), id="entity-choices")

    def on_mount(self) -> None:
        """Say where the correction will apply."""
        self._show_title()

    def _show_title(self) -> None:
        verb = "Change" if self.current else "Add"
        where = "in this article only" if self.here else "in every article"
        self.query_one("#entity-title", Static).update(
            Content.assemble(f"{verb} “{one_line(self.text, 60)}” ", (where, "bold underline"), " as:"))

    def action_scope(self) -> None:
        """Switch between every article and this article only."""
        self.here = not self.here
        self._show_title()

    def action_choose(self, label: str | None) -> None:
        """Return the chosen label ("" for none) and scope, or None for cancel."""
        self.dismiss(None if label is None else EntityChoice(label, self.here))
