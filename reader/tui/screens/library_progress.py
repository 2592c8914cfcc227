"""The library's indexing progress: a bar and a status line while the background worker checks,
reads and analyses the files, and the rows read so far shown every few seconds on a first launch.
A mixin of LibraryScreen, through IndexedLibrary (reader.tui.screens.library_index)."""

from __future__ import annotations

import time
from typing import Any

from textual.content import Content
from textual.message import Message
from textual.widgets import ProgressBar, Static

_PARTIAL_EVERY = 2.0  # seconds between showing the rows read so far on a first launch
_STAGES = {"listing": "Listing new files by their first lines: {done:,} of {total:,}",
           "walking": "Listing new files by their first lines: {done:,} so far",
           "reading": "Indexing: reading {done:,} of {total:,} files",
           "analysing": "Indexing: finding names and quotes, {done:,} of {total:,} articles"}


class IndexProgress(Message):
    """How far the background indexing has got."""

    def __init__(self, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.stage, self.done, self.total = stage, done, total


class _Refresh:
    """Showing the rows read so far, from the indexing worker: at once the first time, then every
    few seconds, less often as showing them takes longer (the keyboard keeps most of the time)."""

    def __init__(self, show: Any, shown: bool) -> None:
        self.show = show
        self.at = time.monotonic() if shown else 0.0
        self.cost = 0.0
        self.behind = False  # rows were read since they were last shown

    def now(self) -> None:
        started = time.monotonic()
        self.show()
        self.at = time.monotonic()
        self.cost, self.behind = self.at - started, False

    def soon(self) -> None:
        self.behind = True
        if time.monotonic() - self.at > max(_PARTIAL_EVERY, 4 * self.cost):
            self.now()


class ShowsIndexProgress:
    """The progress bar and status line of the indexing (see the module docstring)."""

    def on_index_progress(self, event: IndexProgress) -> None:
        """The progress bar and status line while indexing (a handler by name: Textual does not
        see @on handlers of a mixin that is not a widget). None once the screen is gone: a kill
        while indexing closes the app with progress still queued."""
        if not self.is_attached:  # type: ignore[attr-defined]
            return
        bars = self.query(ProgressBar)  # type: ignore[attr-defined]
        stage = "walking" if event.stage == "listing" and not event.total else event.stage  # how many: not known yet
        if event.stage == "done" or (event.done >= event.total and stage != "walking"):
            for bar in bars:
                bar.remove()
            if event.stage == "done":
                self._update_status()  # type: ignore[attr-defined]
            return
        if bars:
            bar = bars.first()
        else:
            bar = ProgressBar(total=event.total or None, show_eta=False, id="index-progress")
            self.mount(bar, before=self.query_one("#library-status"))  # type: ignore[attr-defined]
        bar.update(total=event.total or None, progress=event.done)
        self.query_one("#library-status", Static).update(  # type: ignore[attr-defined]
            Content(_STAGES.get(stage, "{done} of {total}").format(done=event.done, total=event.total)))
