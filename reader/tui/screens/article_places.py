"""Two things the article screen does besides notes: picking the names in the headline (h, or N
before the text's first name) and keeping the reader's place in each article. Mixed into
ArticleScreen (reader.tui.screens.article), whose attributes they use."""

from __future__ import annotations

from reader.model import Entity
from reader.tui.waiting import store_busy


class HeadlinePick:
    """The headline's names, reachable by the cursor: the picked one is what r, x and X act on."""

    @property
    def title_names(self) -> list[Entity]:
        """The names found in the headline, in order."""
        if self.analysis is None:
            return []
        return sorted(self.analysis.title_entities, key=lambda e: e.start)

    @property
    def title_name(self) -> Entity | None:
        """The headline name picked, if any."""
        names = self.title_names
        if self.picked_title is None or not 0 <= self.picked_title < len(names):
            return None
        return names[self.picked_title]

    def action_headline(self, step: int = 1) -> None:
        """Pick the next name in the headline (after the last: back to the text)."""
        names = self.title_names
        if not names:
            self.app.bell()
            self.app.say("No names found in the headline" if self.analysis is not None
                         else "Still analysing… names and quotes are not marked yet", timeout=2)
            return
        if self.picked_title is None:
            self._pick_title(0 if step > 0 else len(names) - 1)
        else:
            index = self.picked_title + step
            self._pick_title(index if 0 <= index < len(names) else None)

    def _pick_title(self, index: int | None) -> None:
        self.picked_title = index
        self._title_picked_at = (self.view.cursor, self.view.selection)
        self._refresh_header()
        self._refresh_status()
        self._footer_selecting = self._has_selection()
        self.refresh_bindings()


class ReadingPlace:
    """Opening an article marks it read and returns to where the reader left it."""

    def _resume_reading(self) -> None:
        """Put the cursor where the reader left this article, and mark it read."""
        store = self.app.store
        offset = store.read_positions().get(self.article.id, 0)
        view = self.view
        if 0 < offset < len(view.text):
            view.move_to(view.motions.word_at(offset))
        self._left_at = self._cursor_at = offset
        if not store.readonly and not store_busy(store):  # a convenience: never a wait for a held lock
            with self.app.saving():
                store.set_read_position(self.article.id, offset)

    def _remember_position(self) -> None:
        """Keep the cursor's place for the next time this article is opened."""
        offset = getattr(self, "_cursor_at", 0)  # kept by _cursor_moved: the view may be gone here
        store = self.app.store
        if offset == getattr(self, "_left_at", 0) or store.readonly or store_busy(store):
            return
        self._left_at = offset
        try:
            store.set_read_position(self.article.id, offset)
        except Exception:  # a convenience: leaving the article is never held up by it
            pass
