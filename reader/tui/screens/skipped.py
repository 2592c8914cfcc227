"""The files the library could not read, each with its one-line reason."""

from __future__ import annotations

from typing import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.model import Skipped
from reader.textsafe import one_line, plural, shown_name


class SkippedScreen(ModalScreen[None]):
    """A scrollable list of skipped files."""

    BINDINGS = [Binding("escape,q,exclamation_mark", "close", "Close", id="skipped.close")]

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        super().__init__()
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="skipped-dialog"):
            # Said what the list is and how to leave it: a bare list of paths explained neither.
            what = (f"{plural(len(self.skipped), 'file')} not read as articles, and why" if self.skipped
                    else "No files were skipped.")
            yield Static(Content.assemble((what, "bold $text-primary"), ("   (Escape closes)", "$text-muted"),
                                          "\n"), id="skipped-heading")
            for item in self.skipped:
                # shown_name: a line break in a name shows as ␊, not as a space that names another file
                yield Static(Content.assemble((shown_name(item.path), "bold"), "\n  ", one_line(item.reason, 200)))

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(None)
