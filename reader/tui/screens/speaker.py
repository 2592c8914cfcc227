"""The speaker editor: who said a quote, picked from the people in the article or typed."""

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


def speaker_hint(found: str | None, people: list[str]) -> str:
    """The keys, the speaker the analysis found, and the article's people (the first ten, and how
    many more: a name not listed still completes as you type)."""
    hint = "Enter save (empty: no speaker)  ·  → completes the name  ·  Escape cancel"
    if found:
        hint += f"\nFound in the text: {one_line(found, 40)}"
    if people:
        hint += "\nIn the article: " + ", ".join(one_line(p, 30) for p in people[:SHOWN_PEOPLE])
        if len(people) > SHOWN_PEOPLE:
            hint += f" and {len(people) - SHOWN_PEOPLE} more (type to complete)"
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

    def __init__(self, quote_text: str, current: str, people: list[str], found: str | None) -> None:
        super().__init__()
        self.quote_text = quote_text
        self.current = current
        self.people = people
        self.found = found

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker-dialog"):
            yield Static(Content("Who said it?"), id="speaker-title")
            yield Static(Content(f"“{one_line(self.quote_text, 200)}”"), id="speaker-quote")
            yield SafeInput(self.current, placeholder="a name (empty: no speaker)", id="speaker-input",
                        suggester=PeopleSuggester(self.people))
            yield Static(Content(speaker_hint(self.found, self.people)), id="speaker-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Save the name (cleaned by the store)."""
        self.dismiss(visible(event.value))

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
