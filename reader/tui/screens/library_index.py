"""The library screen's use of the library index: rows from the index at once, then the files
are checked and indexed in a background worker with a progress bar, and the rows fill in.

A mixin of LibraryScreen (kept apart so the screen's own flows stay small). When the index
cannot be used at all (no cache folder, say) the screen falls back to reading every file.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from operator import attrgetter
from typing import Any

from textual.worker import get_current_worker

from reader.model import Article, LibraryScan, Skipped
from reader.textsafe import one_line
from reader.tui.screens.library_progress import IndexProgress, ShowsIndexProgress, _Refresh
from reader.tui.screens.library_watch import WatchedFolders, index_stopped
from reader.tui.screens.search_help import HELP_SECTIONS


_SHARED_EVERY = 20_000  # rows a call in the app's thread (a few ms each)


class _Cancelled(Exception):
    """A rescan replaced this pass."""


class IndexedLibrary(WatchedFolders, ShowsIndexProgress):
    """Loading the library from the index (see the module docstring)."""

    HELP_SECTIONS = HELP_SECTIONS  # the search language, on the library's help screen
    library_index: Any = None
    search_screen: Any = None
    _painted: Any = None
    _date_order: Any = None  # the index's articles of the last change (or launch) and their date order
    _index_early: tuple[Skipped, ...] = ()
    _index_problem = ""  # why the library index cannot be opened, once it was tried
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
        except Exception as error:
            if self.library_index is None:  # it cannot be opened (a folder in its place, a full disk): said once
                self._index_problem = one_line(str(error), 200)
                self.app.call_from_thread(self.app.say, f"{self._index_problem[:1].upper()}{self._index_problem[1:]}: "
                                          "the files are read without it", severity="warning", timeout=8)
            return False
        shown = bool(rows)
        index.keep_list()  # a list read from here on is kept: a later change re-reads its files' rows
        if rows and settled:  # a second launch: the rows as the last launch left them, at once
            self._painted = threading.Event()
            self.app.call_from_thread(self._show_indexed_rows, rows, skipped)
            self._painted.wait(2.0)  # then the rest, once they are on screen
            self._share_row_values(rows)
            listed = [row[1] for row in rows]  # digested here, not in the app's thread
            self.app.call_from_thread(self._mark_new, listed, True,  # type: ignore[attr-defined]
                                      {aid: id_digest(aid) for aid in listed})
            del listed
            if self.app.call_from_thread(self._retitled_since, {row[1] for row in rows}, paths):
                self._show_from_worker()  # the store follows it to its new id (follow_updated)
        elif rows:
            self._show_from_worker()
        launch_rows = rows if self._date_order is None else ()  # on screen: the list kept holds their titles
        del rows
        self.watch_files()  # once the rows are on screen; the changes it sees wait for the passes below
        refresh = _Refresh(self._show_from_worker, shown)

        def progress(stage: str, done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            self.post_message(IndexProgress(stage, done, total))
            if stage in ("listing", "reading") and done:  # a first launch: the rows so far appear
                refresh.soon()

        try:
            if not shown:  # a first launch: every file listed from its head first
                self._list_heads(index, paths, progress, refresh)
            report = index.sync(paths, progress, workers=1, analyse=False)
            early, self._index_early = self._index_early, tuple(report.skipped)
            if report.changed or not shown or report.skipped or early:  # a folder back: its ! line goes
                refresh.now()  # the store settles the ids of what changed
            elif self._date_order is None:  # a change from now on: its files' rows re-read, placed
                self._hold_list(index, paths, launch_rows)
            del launch_rows
            self.say_gone_notes()
            report = index.sync(paths, progress, workers=1, analyse=True)  # reads what changed since the pass above
            if refresh.behind or report.removed:  # not shown yet (its progress shows rows every few seconds)
                refresh.now()
            self._warm_who_lists(index, paths)
        except _Cancelled:
            return True  # the changes held wait for the pass that replaced this one
        except Exception as error:  # the rows shown are still good to read
            self.post_message(IndexProgress("done", 1, 1))
            if not len(self.table.model):  # type: ignore[attr-defined]  # nothing shown: read the files
                self.stop_watching()
                return False
            self.app.call_from_thread(self.app.say, index_stopped(error), severity="warning", timeout=12)
        self.post_message(IndexProgress("done", 1, 1))
        try:
            self.release_changes()
        except Exception as error:  # as the watch says it: one line, the list shown stays
            self.app.call_from_thread(self.app.say, index_stopped(error), severity="warning", timeout=12)
        return True

    def _hold_list(self, index: Any, paths: list[str], rows: list[tuple]) -> None:
        """A launch that showed the rows as the last one left them: the article list read now and
        kept by the index, with its date order, so that the first change re-reads only its files'
        rows and places only them, as later changes do (not 100,000 rows read and sorted). The
        articles hold the titles of ``rows`` (the launch's, on screen), the order is an array
        of ints made a date at a time, and a change tells the rows it keeps by their articles,
        not by a copy of every row (memory24: a launch's peak memory)."""
        from reader.archive import hold_list
        from reader.tui.widgets.date_order import newest_first_of

        articles = hold_list(index, paths, rows)
        if articles is not None:
            self._date_order = (articles, newest_first_of(articles))

    def _share_row_values(self, rows: list[tuple]) -> None:
        """The launch's rows on screen share their dates, sources and datelines (LibraryRows.
        share_values), a slice at a time in the app's thread: what they free is what the launch's
        passes and the list kept for the first change then take (memory24)."""

        def share(start: int) -> None:
            model = self.table.model  # type: ignore[attr-defined]
            if getattr(model, "data", None) is rows:  # not replaced meanwhile
                model.share_values(start, start + _SHARED_EVERY)

        for start in range(0, len(rows), _SHARED_EVERY):
            self.app.call_from_thread(share, start)

    def _list_heads(self, index: Any, paths: list[str], progress: Any, refresh: "_Refresh") -> None:
        """Pass one of a first launch (reader.index.provisional): every file not indexed yet is
        listed from its head, the first rows shown at once and the whole list when all are; the
        parse that follows fills them in."""
        from reader.archive import take_heads

        try:
            take_heads(index, paths, lambda done, total: progress("listing", done, total))
        except _Cancelled:
            raise
        except Exception:  # only a head start: the parse lists the files as it reads them
            pass
        if refresh.behind:
            refresh.now()

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

    def _show_from_worker(self) -> None:
        """Read the library from the index as articles, let the store settle their ids (in the
        app's thread), show them and record the ids in the index; the articles are let go. Their
        rows and date order are made here, not in the app's thread (the order from the last
        change's: only the rows whose article the index read again are placed)."""
        from reader.archive import head_rows, library_listed, record_ids, rows_of
        from reader.tui.widgets.library_rows import newest_first

        paths = list(self.app.paths)
        listed, kept = library_listed(self.library_index, paths)
        held = dict(zip(map(attrgetter("rowid"), listed.articles), map(attrgetter("id"), listed.articles)))
        rows = rows_of(listed.articles)
        newest = newest_first(rows, self._date_order, kept)
        self._date_order = (kept, newest) if self.library_index.keeps_list else None  # else: read anew
        settled = self.app.call_from_thread(self._show_indexed, listed, head_rows(self.library_index, paths),
                                            rows, newest)
        record_ids(self.library_index, settled, held)

    def _retitled_since(self, ids: set[str], paths: list[str]) -> bool:
        """Whether a file of the library holds saved data under an id no row has: updated in
        place under a new headline after the last launch (and indexed from the shell since)."""
        roots = [os.path.abspath(p).rstrip(os.sep) for p in paths]
        for aid, path in self.app.store.recorded_paths().items():
            if aid in ids or not path or path.lower().endswith(".json"):  # several articles a file
                continue
            if any(path == r or path.startswith(r + os.sep) for r in roots) and os.path.isfile(path):
                return True
        return False

    def _with_early_skips(self, skipped) -> list:
        if self._index_early:
            return sorted((*skipped, *self._index_early), key=lambda s: s.path)
        return list(skipped)

    def _show_indexed(self, result: LibraryScan, provisional: list[tuple] = (), rows: list[tuple] | None = None,
                      newest: list[int] | None = None) -> list:  # type: ignore[assignment]
        return self._show_scan(replace(result, skipped=tuple(self._with_early_skips(result.skipped))),  # type: ignore[attr-defined]
                               provisional, rows, newest)

    def _show_indexed_rows(self, rows: list[tuple], skipped) -> None:
        self._show_rows(rows, self._with_early_skips(skipped), self.listed_articles, known=False,  # type: ignore[attr-defined]
                        by_date=True)  # type: ignore[attr-defined]
        self.call_after_refresh(self._painted.set)

    def listed_articles(self, rows) -> list:
        """The articles of compact rows, from the index (bodies stay there until read)."""
        from reader.archive import listed_articles

        return listed_articles(self.library_index, rows)

    def full_article(self, article: Article) -> Article:
        """An article of the list with its text (as its file reads now, else as indexed; a
        provisional one whose file cannot be read: without text)."""
        from reader.archive import full_article

        try:
            return full_article(self.library_index, article)
        except Exception:  # a provisional row's file that cannot be parsed (the list says why later)
            return replace(article, body="")

    def read_row(self, row: Any) -> Article | None:
        """A row's article with its text, as its file reads now (a provisional row's file is
        parsed now); the row shows what was read. None, and why in one line, when it cannot be."""
        from reader.archive import full_article
        from reader.workspace import fresh_copy

        old = row.article
        try:
            fresh = full_article(self.library_index, fresh_copy(old))
        except Exception as error:
            self.app.say(one_line(str(error), 200), severity="warning", timeout=6)
            return None
        if old.path not in ("", "-") and not os.path.exists(old.path):
            self.app.say("The file is gone; this is the copy read at the last scan (R scans again)",
                         severity="warning", timeout=6)
        if fresh != old:  # the file changed, or was not parsed yet: the list, tags and exports follow
            model = self.table.model  # type: ignore[attr-defined]
            position = model.position(fresh.id)
            position = model.position(old.id) if position is None else position
            row.article = fresh
            row.refresh_haystack()
            if position is not None:
                model.set_article(position, fresh)
        return fresh

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

        if self.library_index is None:  # the keys typed after "/" go into the filter, never to the list's keys
            why = "cannot be used" if self._index_problem else "is not ready yet"
            self.app.say(f"The library index {why}: filtering titles, tags, sources and dates "
                         "instead", severity="warning", timeout=4)
            self.action_filter()  # type: ignore[attr-defined]
            return
        data = user_data(self.app.store, self.table.ids())  # type: ignore[attr-defined]
        self.search_screen = SearchScreen(self.library_index, list(self.app.paths), data)
        self.app.push_screen(self.search_screen)

