"""The library screen's keys for who said what: the Speakers and Entities screens (a mixin of
LibraryScreen, like IndexedLibrary, so the library screen's own flows stay small)."""

from __future__ import annotations

from typing import Any

from reader.tui.messages import open_screen


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
        if self._who_ready():
            open_screen(self, "speakers", self.library_index, list(self.app.paths))

    def action_entities(self) -> None:
        """People, organisations and places in the library."""
        if self._who_ready():
            corrections = tuple(self.app.store.corrections())
            open_screen(self, "entities", self.library_index, list(self.app.paths), corrections)
