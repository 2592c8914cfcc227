"""The library screen's use of the library index: rows from the index at once, then the files
are checked and indexed in a background worker with a progress bar, and the rows fill in.

A mixin of LibraryScreen (kept apart so the screen's own flows stay small). When the index
cannot be used at all (no cache folder, say) the screen falls back to reading every file.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from typing import Any

from textual.content import Content
from textual.message import Message
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from reader.model import Article, LibraryScan, Skipped
from reader.tui.screens.search_help import HELP_SECTIONS

_PARTIAL_EVERY = 2.0  # seconds between showing the rows read so far on a first launch
_STAGES = {"reading": "Indexing: reading {done:,} of {total:,} files",
           "analysing": "Indexing: finding names and quotes, {done:,} of {total:,} articles"}


class IndexProgress(Message):
    """How far the background indexing has got."""

    def __init__(self, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.stage, self.done, self.total = stage, done, total


class _Cancelled(Exception):
    """A rescan replaced this pass."""


class IndexedLibrary:
    """Loading the library from the index (see the module docstring)."""

    HELP_SECTIONS = HELP_SECTIONS  # the search language, on the library's help screen
    library_index: Any = None
    search_screen: Any = None
    _painted: Any = None
    _index_early: tuple[Skipped, ...] = ()
    app: Any

    def scan_from_index(self) -> bool:
        """In the scan worker: show the indexed rows, bring the index up to date, show them
        again if anything changed; False when the index cannot be used (then scan the files)."""
        from reader.archive import library_rows, open_index
        from reader.workspace.library import id_digest

        worker = get_current_worker()
        paths = list(self.app.paths)
        try:
            if self.library_index is None:
                self.library_index = open_index(self.app.store.path)
                self.app.library_index = self.library_index  # for the screens that show who said what
                if self.library_index.notice:
                    self.app.call_from_thread(self.app.say, self.library_index.notice, severity="warning", timeout=8)
            index = self.library_index
            rows, skipped, settled = library_rows(index, paths)
        except Exception:
            return False
        shown = bool(rows)
        if rows and settled:  # a second launch: the rows as the last launch left them, at once
            self._painted = threading.Event()
            self.app.call_from_thread(self._show_indexed_rows, rows, skipped)
            self._painted.wait(2.0)  # then the rest, once they are on screen
            listed = [(row[1], id_digest(row[1])) for row in rows]
            self.app.call_from_thread(self._mark_new, listed)  # type: ignore[attr-defined]
            del listed
        elif rows:
            self._show_from_worker()
        del rows
        last = [time.monotonic() if shown else 0.0]

        def progress(stage: str, done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            self.post_message(IndexProgress(stage, done, total))
            if stage == "reading" and done and time.monotonic() - last[0] > _PARTIAL_EVERY:
                last[0] = time.monotonic()  # a first launch: rows appear as they are read
                self._show_from_worker()

        try:
            report = index.sync(paths, progress, workers=1, analyse=False)
            self._index_early = tuple(report.skipped)
            if report.changed or not shown or report.skipped:
                self._show_from_worker()  # the store settles the ids of what changed
            index.sync(paths, progress, workers=1, analyse=True)
            self._warm_who_lists(index, paths)
        except _Cancelled:
            return True
        except Exception as error:  # the rows shown are still good to read
            self.post_message(IndexProgress("done", 1, 1))
            if not len(self.table.model):  # type: ignore[attr-defined]  # nothing shown: read the files
                return False
            self.app.call_from_thread(self.app.say, f"Indexing stopped: {error}", severity="warning", timeout=8)
        self.post_message(IndexProgress("done", 1, 1))
        self.watch_files()
        return True

    def _warm_who_lists(self, index: Any, paths: list[str]) -> None:
        """Count the Speakers and Names lists once the library is indexed (in this worker), so that
        opening either screen reads them kept instead of counting 100,000 articles then."""
        from reader.workspace import who

        store = self.app.store
        try:
            who.speakers(index, paths, overrides=store.speaker_overrides())
            who.entities(index, paths, None, tuple(store.corrections()))
        except Exception:  # only a head start: the screens count for themselves if this fails
            pass

    # -- files that change while the app is open ------------------------------------------------
    def watch_files(self) -> None:
        """Follow the library's folders (watchfiles: inotify, FSEvents...): new, changed and
        removed files are indexed and shown within about a second; R stays a manual rescan."""
        if getattr(self, "_watching", None) is None:
            self._watching = threading.Event()
            # A plain daemon thread, not a Textual worker: it runs as long as the screen, and
            # waiting for the workers to finish must not wait for it.
            threading.Thread(target=self._watch, name="reader-watch", daemon=True).start()

    def _watch(self) -> None:
        from reader.workspace.library import SUPPORTED_SUFFIXES

        try:
            import watchfiles
        except ImportError:
            return
        try:
            roots = [p for p in self.app.paths if os.path.exists(p)]
        except Exception:  # the screen was closed before this thread started
            return
        if not roots:
            return

        def wanted(_change: Any, path: str) -> bool:
            name = os.path.basename(path)
            return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES

        stop = self._watching
        try:
            for changes in watchfiles.watch(*roots, watch_filter=wanted, debounce=300, step=50,
                                            stop_event=stop, rust_timeout=500, raise_interrupt=False):
                if stop.is_set():
                    return
                index = self.library_index
                changed = sorted({path for _kind, path in changes})
                report = index.sync(changed, workers=1)
                if report.changed:
                    self._show_from_worker()
                    self._warm_who_lists(index, list(self.app.paths))
        except Exception:  # a folder gone, too many watches: R still rescans by hand
            return

    def on_unmount(self) -> None:
        """Stop following the folders."""
        stop = getattr(self, "_watching", None)
        if stop is not None:
            stop.set()

    def _show_from_worker(self) -> None:
        """Read the library from the index as articles, let the store settle their ids (in the
        app's thread), show them and record the ids in the index; the articles are let go."""
        from reader.archive import library_from_index, record_ids

        listed = library_from_index(self.library_index, list(self.app.paths))
        held = {a.rowid: a.id for a in listed.articles}  # type: ignore[attr-defined]
        settled = self.app.call_from_thread(self._show_indexed, listed)
        record_ids(self.library_index, settled, held)

    def _with_early_skips(self, skipped) -> list:
        if self._index_early:
            return sorted((*skipped, *self._index_early), key=lambda s: s.path)
        return list(skipped)

    def _show_indexed(self, result: LibraryScan) -> list:
        return self._show_scan(replace(result, skipped=tuple(self._with_early_skips(result.skipped))))  # type: ignore[attr-defined]

    def _show_indexed_rows(self, rows: list[tuple], skipped) -> None:
        self._show_rows(rows, self._with_early_skips(skipped), self.listed_articles, known=False,  # type: ignore[attr-defined]
                        by_date=True)  # type: ignore[attr-defined]
        self.call_after_refresh(self._painted.set)

    def listed_articles(self, rows) -> list:
        """The articles of compact rows, from the index (bodies stay there until read)."""
        from reader.archive import listed_articles

        return listed_articles(self.library_index, rows)

    def on_index_progress(self, event: IndexProgress) -> None:
        """The progress bar and status line while indexing (a handler by name: Textual does not
        see @on handlers of a mixin that is not a widget). None once the screen is gone: a kill
        while indexing closes the app with progress still queued."""
        if not self.is_attached:  # type: ignore[attr-defined]
            return
        bars = self.query(ProgressBar)  # type: ignore[attr-defined]
        if event.stage == "done" or event.done >= event.total:
            for bar in bars:
                bar.remove()
            if event.stage == "done":
                self._update_status()  # type: ignore[attr-defined]
            return
        if bars:
            bar = bars.first()
        else:
            bar = ProgressBar(total=event.total, show_eta=False, id="index-progress")
            self.mount(bar, before=self.query_one("#library-status"))  # type: ignore[attr-defined]
        bar.update(total=event.total, progress=event.done)
        self.query_one("#library-status", Static).update(  # type: ignore[attr-defined]
            Content(_STAGES.get(event.stage, "{done} of {total}").format(done=event.done, total=event.total)))

    def full_article(self, article: Article) -> Article:
        """An article of the list with its text (as its file reads now, else as indexed)."""
        from reader.archive import full_article

        return full_article(self.library_index, article)

    def articles_to_export(self) -> list[Article]:
        """The shown articles that have notes, tags or quote checks, with their text."""
        store = self.app.store
        counts = store.annotation_counts()
        table = self.table  # type: ignore[attr-defined]
        picked = [k for k, aid in enumerate(table.ids(shown=True))
                  if counts.get(aid) or store.tags(aid) or store.quote_states(aid)]
        rows = table.shown
        return [self.full_article(rows[k].article) for k in picked]

    def action_search(self) -> None:
        """Search the full text of the library (the index), notes, labels and tags too."""
        from reader.archive import user_data
        # Pushed here, not routed: the keys typed right after "/" are forwarded to this very screen.
        from reader.tui.screens.search import SearchScreen  # noqa: the other route-free push

        if self.library_index is None:
            self.app.say("The library index is not ready yet", severity="warning", timeout=4)
            return
        data = user_data(self.app.store, self.table.ids())  # type: ignore[attr-defined]
        self.search_screen = SearchScreen(self.library_index, list(self.app.paths), data)
        self.app.push_screen(self.search_screen)

