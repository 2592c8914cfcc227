"""The reading view's mouse: a click puts the cursor on a word, a drag selects (a part of
ArticleView, kept apart by subject)."""

from __future__ import annotations

from textual import events


class MouseSelection:
    """Mixin for ArticleView: the mouse handlers."""

    # -- mouse ---------------------------------------------------------------
    def on_mouse_down(self, event: events.MouseDown) -> None:
        """Click puts the cursor on a word; dragging selects."""
        offset = self._event_offset(event)
        if offset is None:
            return
        self.focus()
        word = self.motions.word_at(offset)
        self.selection_anchor = None
        self.cursor = word
        self._drag_origin = word
        self.capture_mouse()
        self._changed()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Extend the selection while the button is held."""
        origin = self._drag_origin
        if origin is None or not event.button:
            return
        offset = self._event_offset(event)
        if offset is None:
            return
        word = self.motions.word_at(offset)
        if word != self.cursor:
            self.selection_anchor = origin
            self.cursor = word
            self._changed()

    def _event_offset(self, event: events.MouseEvent) -> int | None:
        """The text offset under a mouse event (padding taken into account)."""
        content = event.get_content_offset(self)
        if content is None:
            return None
        return self.offset_at(content.x, content.y)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        """Finish a drag."""
        self._drag_origin = None
        self.release_mouse()
