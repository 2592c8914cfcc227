"""The library screen: every article in the folders, filter as you type, open, tag, export."""

from __future__ import annotations

import os

from operator import itemgetter

from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.tui.widgets.footer import ReaderFooter

from reader.model import LibraryScan, merge_tags
from reader.textsafe import one_line, plural
from reader.tui.messages import StoreChanged
from reader.tui.screen_roles import DescribesKeys
from reader.tui.screens.library_actions import LibraryActions
from reader.tui.screens.library_filter import FilterInput, FilterKeys
from reader.tui.screens.library_index import IndexedLibrary
from reader.tui.screens.library_reading import SKIPPED_KEY, ReadingState, fit_status
from reader.tui.screens.who_actions import WhoActions
from reader.archive import rows_of
from reader.tui.widgets.article_table import SORTS, ArticleTable, LibraryRows
from reader.tui.widgets.library_rows import with_ids


class ScanProgress(Message):
    """How far the library scan has got."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class LibraryScreen(LibraryActions, FilterKeys, ReadingState, IndexedLibrary, WhoActions, DescribesKeys, Screen):
    """A list of the articles found, with their tags and note counts."""

    BINDINGS = [
        Binding("slash,s,ctrl+f", "search", "Search", tooltip="Search the full text (headline, notes and tags too)",
                id="library.search"),
        Binding("f", "filter", "Filter", show=False, tooltip="Filter the list as you type (title, tag, source, date)",
                id="library.filter"),  # in help; the footer keeps ? Help at 80 columns
        Binding("t", "tag", "Tag", id="library.tag"),
        Binding("T", "session", "Session", tooltip="A fast tagging session", id="library.session"),
        Binding("e", "export", "Export", id="library.export"),
        Binding("o", "sort", "Sort", show=False, id="library.sort"),  # in help; the footer keeps ? Help at 80 columns
        Binding("exclamation_mark", "skipped", "Skipped files", show=False, id="library.skipped"),
        Binding("E", "export_quotes", "Quote sheet", show=False, id="library.quote_sheet",
                tooltip="Export a quote sheet of the listed articles: every quote with its speaker and state"),
        Binding("R", "rescan", "Rescan folders", show=False, id="library.rescan"),
        Binding("u,ctrl+z", "undo", "Undo", show=False, id="library.undo"),
        Binding("ctrl+r,ctrl+y", "redo", "Redo", show=False, id="library.redo"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear"),
        Binding("U", "unread_only", "Unread only", show=False, id="library.unread"),
        Binding("q", "quit", "Quit", id="library.quit"),
        Binding("w", "speakers", "Speakers", show=False, tooltip="Who is quoted in the library", id="library.speakers"),
        Binding("n", "entities", "Names", show=False, tooltip="People, organisations and places", id="library.entities"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.scan_result = LibraryScan()
        self._opening = False
        self._provisional_shown = False  # rows listed from their files' heads are on screen
        self._newness, self._fresh_seen, self._remembered = {}, set(), set()  # see ReadingState
        self.search_screen: Screen | None = None  # pushed by "/": keys still queued here are its own

    def compose(self) -> ComposeResult:
        yield Static("", id="library-title")
        yield FilterInput(placeholder="Filter by title, tag or source…", id="filter")
        yield Static("", id="library-header")
        yield ArticleTable(id="articles")
        yield Static("Scanning…", id="library-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Start scanning the library in the background."""
        self.query_one("#filter", Input).display = False
        if self.app.settings.sort in SORTS:  # the order chosen last time
            self.table.sort = self.app.settings.sort
        self.query_one(ArticleTable).focus()
        self._update_title()
        self.scan()

    @property
    def table(self) -> ArticleTable:
        """The article list."""
        return self.query_one(ArticleTable)

    # -- scanning ------------------------------------------------------------
    @work(thread=True, exclusive=True, group="scan")
    def scan(self) -> None:
        """Find and parse the articles (in a thread), then show them."""
        from reader.workspace.library import scan

        if self.scan_from_index():  # rows from the library index, kept up to date
            return

        def progress(done: int, total: int) -> None:
            if done % 500 == 0 or done == total:
                self.post_message(ScanProgress(done, total))  # post_message is thread-safe

        try:
            result = scan(self.app.paths, progress=progress)
        except Exception as error:  # scan() reports bad files itself; this is a last resort
            self.app.call_from_thread(self.app.say, f"Scanning failed: {error}", severity="error", timeout=10)
            result = LibraryScan()
        if not get_current_worker().is_cancelled:  # a rescan replaced this one
            self.app.call_from_thread(self._show_scan, result)
            self.say_gone_notes()

    @on(ScanProgress)
    def _scan_progress(self, event: ScanProgress) -> None:
        if not len(self.table.model) and event.done < event.total:
            self.query_one("#library-status", Static).update(
                Content(f"Scanning… {event.done:,} of {event.total:,} files")
            )

    def _show_scan(self, result: LibraryScan, provisional: list[tuple] = (), rows: list[tuple] | None = None,
                   newest: list[int] | None = None) -> list:  # type: ignore[assignment]
        """Show articles read from the files (or from the index, on a first launch or after a
        change; ``provisional``: rows of files listed from their heads, not parsed yet): the store
        settles their ids first. ``rows``, ``newest``: their rows and date order, made in the
        worker (rows_of, newest_first). Returns the articles as settled."""
        listed = articles = list(result.articles)
        try:
            articles = self.app.store.settle_ids(articles)
            self.app.store.relocate(articles)  # moved files: their records follow now
            self.app.store.follow_updated(articles)  # retitled files: their tags and notes show
        except Exception as error:  # the scan's own ids still work for reading
            self.app.say(f"Could not match the files to the database: {error}", severity="warning")
        if provisional or any(getattr(a, "rowid", 0) for a in articles[:1]):  # from the index: objects made when asked for
            fetch = self.listed_articles
        else:
            by_key = dict(enumerate(articles))
            fetch = lambda rows: [by_key.get(row[0]) for row in rows]  # noqa: E731
        rows = rows_of(articles) if rows is None else with_ids(rows, listed, articles)
        self._show_rows(rows, list(result.skipped), fetch, provisional=provisional, newest=newest)
        return articles

    def _show_rows(self, rows: list[tuple], skipped: list, fetch, known: bool = True, by_date: bool = False,
                   provisional: list[tuple] = (), newest: list[int] | None = None) -> None:  # type: ignore[assignment]
        """Show the compact rows (reader.archive.library_rows / rows_of) and the provisional ones;
        ``known`` False: which are new since the last launch is worked out later (``_mark_new``)."""
        self.scan_result = LibraryScan(skipped=tuple(skipped))
        if known:
            self._note_known(rows)  # not the provisional rows: their ids are not the articles' yet
        if provisional:
            rows = rows + list(provisional)
        if not rows:
            self.table.empty_message = (
                "No articles found here. reader reads wire copy (.txt), Markdown, HTML and JSON files."
            )
            if self.app.paths and not any(os.path.exists(p) for p in self.app.paths):  # gone while open
                self.table.empty_message = (
                    f"{'The folder' if len(self.app.paths) == 1 else 'Every folder'} opened is gone (deleted, moved "
                    "or unmounted): its articles are listed again when it is back."
                )
        model = LibraryRows(rows, fetch, self.app.store.tags, by_date, None if provisional else newest)
        self._fill_facts(model)
        self.table.set_rows(model, keep_place=bool(provisional) or self._provisional_shown)
        self._provisional_shown = bool(provisional)
        file_tags: tuple[str, ...] = ()
        for text in filter(None, map(itemgetter(6), rows)):  # the tags the files declare
            file_tags = merge_tags(file_tags, tuple(t for t in text.split("\x1f") if t))
        self.app.file_tags = list(file_tags)
        self._update_status()
        if self.app.start_session:
            self.app.start_session = False
            self.action_session(untagged=self.app.session_untagged)

    def _fill_facts(self, model: LibraryRows) -> None:
        store = self.app.store
        model.notes = store.annotation_counts()
        model.orphans = store.orphan_counts()
        model.read = store.read_positions()
        model.new = getattr(self, "_new_ids", set())
        model.tags_of = store.tags

    def _reload_rows(self) -> None:
        """Tags, notes and reading state as the store has them now."""
        self._fill_facts(self.table.model)
        self.table.refresh_facts()
        self._update_status()

    def on_screen_resume(self) -> None:
        """Coming back from an article: its notes and tags may have changed."""
        self._opening = False
        self._handing_off = False
        self.search_screen = None
        if len(self.table.model):
            self._reload_rows()

    @on(StoreChanged)
    def _store_changed(self) -> None:
        self._reload_rows()

    # -- chrome --------------------------------------------------------------
    def _update_title(self) -> None:
        paths = ", ".join(one_line(p, 40) for p in self.app.paths)
        db = one_line(str(self.app.store.path), 60)
        mode = "  [read-only]" if self.app.store.readonly else ""
        self.query_one("#library-title", Static).update(Content(f"reader — {paths}   db: {db}{mode}"))

    def _update_status(self) -> None:
        table = self.table
        total, shown = len(table.model), len(table.order)
        skipped = sum(1 for s in self.scan_result.skipped if not s.own_file)
        parts = [f"{shown:,} of {plural(total, 'article')}" if shown != total else plural(total, "article")]
        if skipped:  # before the rest: the one part that asks for a key, never cut off at 80 columns
            parts.append(f"{skipped} skipped{SKIPPED_KEY}")
        parts += self._reading_status()
        if table.filter_text:
            parts.append(f"filter: {one_line(table.filter_text, 30)}")
        parts.append(f"sorted by {table.sort}")
        self.query_one("#library-status", Static).update(Content(fit_status(parts, self.size.width - 2)))

    def on_resize(self) -> None:
        """Keep the column header aligned with the rows, and the status line fitted."""
        self._update_header()
        if len(self.table.model):  # not while the first scan says "Scanning…"
            self._update_status()

    def _update_header(self) -> None:
        width = self.table.content_width or self.size.width
        self.query_one("#library-header", Static).update(Content(self.table.header_text(width)))

    @on(ArticleTable.Highlighted)
    def _highlighted(self) -> None:
        self._update_header()

    def action_sort(self) -> None:
        """Cycle the sort order: date, title, notes."""
        table = self.table
        table.set_sort(SORTS[(SORTS.index(table.sort) + 1) % len(SORTS)])
        self.app.remember(sort=table.sort)
        self._update_status()

    # -- actions -------------------------------------------------------------
    @on(ArticleTable.Opened)
    def _open(self, event: ArticleTable.Opened) -> None:
        # Pushed here, not routed: keys typed after Enter ("/Leeds⏎n") are handed on to it at once.
        from reader.tui.screens.article import ArticleScreen  # noqa: the one route-free push (see test_architecture)

        if not self.is_current or self._opening:  # a second Enter before the article screen appeared
            return
        fresh = self.read_row(event.row)
        if fresh is not None:
            self._opening = True
            self.app.push_screen(ArticleScreen(fresh))
