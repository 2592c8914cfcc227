"""An article opened from the Speakers or Entities screen: the cursor on the quote (or name) it
was opened at, and the quote's provenance said in the status line."""

from __future__ import annotations

from typing import Any

from reader.tui.screens.article import ArticleScreen


class SpanArticleScreen(ArticleScreen):
    """The article screen with the cursor put on ``span`` once the text is laid out."""

    def __init__(self, article: Any, span: tuple[int, int] | None, note: str = "") -> None:
        super().__init__(article)
        self.span = span
        self.note = note

    def on_mount(self) -> None:
        """Go to the span (after the first layout, so the view can scroll to it)."""
        if self.span is not None and 0 <= self.span[0] < self.span[1] <= len(self.article.body):
            self.call_after_refresh(self._go)
        if self.note:
            self.app.say(self.note, timeout=5)

    def _go(self) -> None:
        self.view.select_span(self.span)

