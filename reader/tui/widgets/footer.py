"""The footer: Textual's, compact on narrow terminals so that "? Help" still fits."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

COMPACT_BELOW = 100  # columns


class ReaderFooter(Footer):
    """A Footer that drops the spacing between keys when the terminal is narrow."""

    def on_resize(self, event: events.Resize) -> None:
        compact = event.size.width < COMPACT_BELOW
        if self.compact != compact:
            self.compact = compact
