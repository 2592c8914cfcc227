"""The base of the who-said-what lists (Speakers, Entities): a table sortable and filtered as you
type, Enter to open a row, ctrl+t for its timeline; and opening an indexed article at a quote."""

from __future__ import annotations

from typing import Any, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from reader.tui.widgets.safe_input import SafeInput
from reader.textsafe import folded, one_line, plural
from reader.tui.messages import open_screen
from reader.tui.widgets.footer import ReaderFooter



_SHOWN = 2000  # rows put in the table at most


class WhoListScreen(Screen):
    """A filterable, sortable table loaded from the index in a worker (Speakers, Entities)."""

    TITLE_TEXT = ""
    COLUMNS: tuple[str, ...] = ()
    SORTS: tuple[str, ...] = ()
    NOUN = ("row", "rows")
    # (column, share): columns cut (with …) to share the width the other columns leave, so the
    # whole table fits the screen (80 columns and up); () keeps every cell up to 60 characters
    FLEX: tuple[tuple[int, float], ...] = ()
    BINDINGS = [
        Binding("escape", "back", "Back", id="who.back"),
        Binding("down", "move(1)", "Next", show=False, id="who.down"),
        Binding("up", "move(-1)", "Previous", show=False, id="who.up"),
        Binding("pagedown", "move(15)", "Page down", show=False, id="who.page_down"),
        Binding("pageup", "move(-15)", "Page up", show=False, id="who.page_up"),
        Binding("enter", "open", "Open", id="who.open"),
        Binding("ctrl+o", "sort", "Sort", tooltip="Sort by the next column", id="who.sort"),
        Binding("ctrl+t", "timeline", "Timeline", tooltip="The highlighted row over time", id="who.timeline"),
    ]

    def __init__(self, index: Any, paths: Sequence[str] | None = None, corrections: Sequence = (),
                 heading: str = "") -> None:
        super().__init__()
        self.heading = heading or self.TITLE_TEXT  # the search's own words when opened from one
        self.index = index
        self.paths = list(paths) if paths else None
        self.corrections = tuple(corrections)
        self.rows: list = []
        self.shown: list = []
        self.sort = self.SORTS[0] if self.SORTS else ""

    def compose(self) -> ComposeResult:
        yield Static(Content(self.heading), classes="who-title")
        yield SafeInput(placeholder="Filter as you type…", classes="who-filter")
        table: DataTable = DataTable(cursor_type="row", zebra_stripes=True, classes="who-table")
        table.add_columns(*self.COLUMNS)
        yield table
        yield Static(Content("Loading…"), classes="who-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Load the rows in a worker; the filter box has the keyboard."""
        self.query_one(Input).focus()
        self.load()

    @work(thread=True, exclusive=True, group="who-load")
    def load(self) -> None:
        """Read the rows from the index (in a thread)."""
        try:
            rows = self.fetch()
        except Exception as error:  # a damaged index: say so, the app carries on
            self.app.call_from_thread(self._status, f"Could not read the library index: {one_line(str(error), 80)}")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded, rows)

    def fetch(self) -> list:
        """The rows (in a worker thread)."""
        raise NotImplementedError

    def cells(self, row: Any) -> tuple:
        """One row's cells."""
        raise NotImplementedError

    def haystack(self, row: Any) -> str:
        """What the filter looks in (folded)."""
        raise NotImplementedError

    def sort_key(self, sort: str):
        """The key function of one sort."""
        raise NotImplementedError

    def _loaded(self, rows: list) -> None:
        self.rows = rows
        self._fill()

    def _status(self, text: str) -> None:
        self.query_one(".who-status", Static).update(Content(text))

    def _fill(self) -> None:
        words = folded(self.query_one(Input).value).split()
        shown = [r for r in self.rows if all(w in self.haystack(r) for w in words)]
        shown.sort(key=self.sort_key(self.sort))
        self.shown = shown
        table = self.query_one(DataTable)
        table.clear(columns=True)  # a column keeps its widest cell's width: start narrow after a resize
        cells = [self.cells(row) for row in shown[:_SHOWN]]
        limits = self._limits(cells)
        texts = [[one_line(str(c), n) for c, n in zip(row, limits)] for row in cells]
        for n, label in enumerate(self.COLUMNS):  # widths given, not measured later (a resize in tmux
            table.add_column(label, width=max([cell_len(label), *(cell_len(row[n]) for row in texts)]))  # left 4)
        for k, row in enumerate(texts):  # a long list is narrowed by typing, not scrolled
            table.add_row(*(Text(c) for c in row), key=str(k))  # never markup
        if shown:
            table.move_cursor(row=0)
        total = len(self.rows)
        head = plural(len(shown), *self.NOUN) + (f" of {total}" if len(shown) != total else "")
        if len(shown) > _SHOWN:
            head += f" (the first {_SHOWN:,} listed: type to narrow)"
        if not total:
            head = f"No {self.NOUN[1]} in the index yet (it fills in as the library is indexed)"
        self._status(f"{head}  ·  sorted by {self.sort}  ·  Enter opens, ctrl+o sorts, ctrl+t timeline")

    def _limits(self, cells: list[tuple]) -> list[int]:
        """The most characters each column shows: the ``FLEX`` columns share what the others leave."""
        limits = [60] * len(self.COLUMNS)
        if not self.FLEX:
            return limits
        flex = dict(self.FLEX)
        fixed = sum(max([len(h), *(len(one_line(str(r[n]), 60)) for r in cells)]) for n, h in enumerate(self.COLUMNS)
                    if n not in flex)
        room = (self.size.width or self.app.size.width) - fixed - 2 * len(self.COLUMNS) - 3  # padding, scrollbar
        for n, share in flex.items():
            limits[n] = max(len(self.COLUMNS[n]), min(60, int(room * share)))
        return limits

    def on_resize(self) -> None:
        """Fit the columns to the new width."""
        if self.rows:
            self._fill()

    @on(Input.Changed)
    def _typed(self) -> None:
        self._fill()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_open()

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()

    @property
    def current(self) -> Any:
        """The highlighted row, if any."""
        table = self.query_one(DataTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def action_move(self, step: int) -> None:
        """Move the highlight while typing."""
        table = self.query_one(DataTable)
        if self.shown:
            table.move_cursor(row=max(0, min(len(self.shown) - 1, table.cursor_row + step)))

    def action_sort(self) -> None:
        """Sort by the next column."""
        if self.SORTS:
            self.sort = self.SORTS[(self.SORTS.index(self.sort) + 1) % len(self.SORTS)]
            self._fill()

    def action_open(self) -> None:
        """Open the highlighted row."""
        row = self.current
        if row is None:
            self.app.bell()
            return
        self.open_row(row)

    def open_row(self, row: Any) -> None:
        """What Enter does on ``row``."""
        raise NotImplementedError

    def action_timeline(self) -> None:
        """The highlighted row over time."""
        row = self.current
        if row is None:
            self.app.bell()
            return
        kind, name = self.timeline_of(row)
        open_screen(self, "timeline", self.index, kind, name, self.paths, self.corrections)

    def timeline_of(self, row: Any) -> tuple[str, str]:
        """(kind, name) of ``row``'s timeline."""
        raise NotImplementedError

    def action_back(self) -> None:
        """Clear the filter, else back."""
        box = self.query_one(Input)
        if box.value:
            box.value = ""
            return
        self.dismiss()



def provenance_line(index: Any, quote_id: int) -> str:
    """"also in 3 articles, first 2018-08-24 (ritzau); wording differs in 1" (or "only here")."""
    from reader.workspace import who

    try:
        found = who.provenance(index, quote_id)
    except Exception:
        return ""
    if found is None or not found.others:
        return "Only in this article"
    from reader.tui.screens.who_panel import first_words

    line = first_words(found)
    line = line[0].upper() + line[1:]
    if found.changed:
        line += f"; wording differs in {len(found.changed)}"
    return line


def open_article_at(app: Any, index: Any, path: str, rowid: int, span: tuple[int, int] | None,
                    name: str = "") -> None:
    """Open the indexed article ``rowid`` (of the file ``path``) with the cursor on ``span``, or on
    the first mention of ``name`` (the Names screen: the name, not the top of the article)."""
    from reader.archive import full_article

    try:
        listed, _skipped = index.articles([path])
    except Exception:
        listed = []
    article = next((a for a in listed if a.rowid == rowid), None)
    if article is None:
        app.say("That article is no longer in the library", severity="warning", timeout=4)
        return
    open_screen(app, "article-at", full_article(index, article), span, name=name)
