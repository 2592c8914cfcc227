"""The library screen's keys for who said what: the Speakers and Entities screens (a mixin of
LibraryScreen, like IndexedLibrary, so the library screen's own flows stay small)."""

from __future__ import annotations

from typing import Any


class WhoActions:
    """Open the Speakers (w) and Entities (n) screens over the library index."""

    library_index: Any = None
    app: Any

    def _who_ready(self) -> bool:
        if self.library_index is None:
            self.app.say("The library index is not ready yet", severity="warning", timeout=4)
            return False
        return True

    def action_speakers(self) -> None:
        """Everyone quoted in the library."""
        from reader.tui.screens.speakers import SpeakersScreen

        if self._who_ready():
            self.app.push_screen(SpeakersScreen(self.library_index, list(self.app.paths)))

    def action_entities(self) -> None:
        """People, organisations and places in the library."""
        from reader.tui.screens.entities import EntitiesScreen

        if self._who_ready():
            corrections = tuple(self.app.store.corrections())
            self.app.push_screen(EntitiesScreen(self.library_index, list(self.app.paths), corrections))
