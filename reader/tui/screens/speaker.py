"""The speaker editor: who said a quote, picked from the people in the article (and the
descriptions it quotes, "a manager"), its organisations (a statement), or typed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.tui.widgets.safe_input import SafeInput
from reader.textsafe import one_line, visible
from reader.tui.widgets.suggesters import PeopleSuggester


SHOWN_PEOPLE = 10


def speaker_hint(found: str | None, people: list[str], organisations: list[str] = ()) -> str:
    """The keys, the speaker the analysis found, and the article's people and organisations (the
    first ten of each, and how many more: a name not listed still completes as you type)."""
    hint = "Enter save (empty: no speaker)  ·  → completes the name  ·  Escape cancel"
    if found:
        hint += f"\nFound in the text: {one_line(found, 40)}"
    for head, names in (("In the article", people), ("Organisations", organisations)):
        if names:
            hint += f"\n{head}: " + ", ".join(one_line(p, 30) for p in names[:SHOWN_PEOPLE])
            if len(names) > SHOWN_PEOPLE:
                hint += f" and {len(names) - SHOWN_PEOPLE} more (type to complete)"
    return hint


class SpeakerEditor(ModalScreen[str | None]):
    """Edit the speaker of one quote: Enter saves (empty: the quote has no speaker), Escape cancels."""

    AUTO_FOCUS = "#speaker-input"
    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True, id="speaker.cancel")]
    DEFAULT_CSS = """
    SpeakerEditor { align: center middle; }
    #speaker-dialog {
        width: 76; max-width: 100%; height: auto; max-height: 90%;
        padding: 1 2; background: $panel; border: thick $primary;
    }
    #speaker-title { text-style: bold; margin-bottom: 1; }
    #speaker-quote { color: $text-muted; text-style: italic; max-height: 3; margin-bottom: 1; }
    #speaker-help { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, quote_text: str, current: str, people: list[str], found: str | None,
                 organisations: list[str] = ()) -> None:
        super().__init__()
        self.quote_text = quote_text
        self.current = current
        self.people = people
        self.found = found
        # an organisation's statement ("the fire service said") is theirs: they complete too (polish30)
        self.organisations = [o for o in organisations if o not in people]

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker-dialog"):
            yield Static(Content("Who said it?"), id="speaker-title")
            yield Static(Content(f"“{one_line(self.quote_text, 200)}”"), id="speaker-quote")
            yield SafeInput(self.current, placeholder="a name, an organisation or a description (empty: no speaker)",
                            id="speaker-input", suggester=PeopleSuggester([*self.people, *self.organisations]))
            yield Static(Content(speaker_hint(self.found, self.people, self.organisations)), id="speaker-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Save the name (cleaned by the store)."""
        self.dismiss(visible(event.value))

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
