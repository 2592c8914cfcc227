"""The library list: thousands of rows, filtered and sorted in memory, drawn with the Line API."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import Article
from reader.textsafe import one_line

SORTS = ("date", "title", "notes")
# The mark before a title: new since the last launch, not read yet, read (newsboat's habit).
MARKS = {"new": "N", "unread": "•", "read": " "}


@dataclass
class LibraryRow:
    """One article as the library shows it."""

    article: Article
    tags: tuple[str, ...] = ()
    notes: int = 0
    orphans: int = 0
    haystack: str = ""
    reading: str = ""  # "new" (since the last launch), "unread" or "read"; "" unknown

    def refresh_haystack(self) -> None:
        """Recompute the lower-cased text the filter searches (title, tags, source, date)."""
        self.haystack = " ".join(
            (self.article.title, " ".join(self.tags), self.article.source, self.article.date, self.article.dateline)
        ).casefold()


def _fit(text: str, width: int) -> str:
    """``text`` on one line, cut with an ellipsis or padded to exactly ``width`` cells."""
    text = one_line(text)
    if cell_len(text) > width:
        text = set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""
    return set_cell_size(text, width)


class ArticleTable(ScrollView, can_focus=True):
    """A fast, filterable list of articles."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False, id="table.down"),
        Binding("up,k", "move(-1)", "Up", show=False, id="table.up"),
        Binding("pagedown", "move(20)", "Page down", show=False, id="table.page_down"),
        Binding("pageup", "move(-20)", "Page up", show=False, id="table.page_up"),
        Binding("home,g", "jump(0)", "First", show=False, id="table.first"),
        Binding("end,G", "jump(-1)", "Last", show=False, id="table.last"),
        Binding("enter", "open", "Open", id="table.open"),
    ]

    COMPONENT_CLASSES = {"article-table--row", "article-table--cursor", "article-table--dim", "article-table--tags"}

    class Opened(Message):
        """The user asked to open an article."""

        def __init__(self, row: LibraryRow) -> None:
            super().__init__()
            self.row = row

    class Highlighted(Message):
        """The highlighted row changed."""

        def __init__(self, row: LibraryRow | None) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[LibraryRow] = []
        self.shown: list[LibraryRow] = []
        self.cursor = 0
        self.filter_text = ""
        self.sort = "date"
        self.empty_message = ""
        self.unread_only = False

    # -- data ----------------------------------------------------------------
    def set_rows(self, rows: list[LibraryRow]) -> None:
        """Replace all rows, keeping the highlighted article when it is still there."""
        current = self.current
        for row in rows:
            row.refresh_haystack()
        self.rows = rows
        self._apply(keep=current.article.id if current else None)

    def update_row(self, article_id: str, *, tags: tuple[str, ...] | None = None, notes: int | None = None) -> None:
        """Change one article's tags or note count in place."""
        for row in self.rows:
            if row.article.id == article_id:
                if tags is not None:
                    row.tags = tags
                if notes is not None:
                    row.notes = notes
                row.refresh_haystack()
        self.refresh()

    def set_filter(self, text: str) -> None:
        """Show only rows whose title, tags, source or date contain every word of ``text``."""
        self.filter_text = text
        current = self.current
        self._apply(keep=current.article.id if current else None)

    def set_unread_only(self, on: bool) -> None:
        """Show only the articles not read yet (new ones included), or all."""
        self.unread_only = on
        current = self.current
        self._apply(keep=current.article.id if current else None)

    def set_sort(self, sort: str) -> None:
        """Sort by "date" (newest first), "title" or "notes" (most first)."""
        self.sort = sort
        current = self.current
        self._apply(keep=current.article.id if current else None)

    def _apply(self, keep: str | None) -> None:
        terms = self.filter_text.casefold().split()
        rows = [row for row in self.rows if all(term in row.haystack for term in terms)] if terms else list(self.rows)
        if self.unread_only:
            rows = [row for row in rows if row.reading != "read"]
        if self.sort == "title":
            rows.sort(key=lambda r: (r.article.title.casefold(), r.article.date))
        elif self.sort == "notes":
            rows.sort(key=lambda r: (-r.notes, r.article.title.casefold()))
        else:
            rows.sort(key=lambda r: (r.article.date, r.article.title.casefold()), reverse=True)
        self.shown = rows
        self.cursor = 0
        if keep is not None:
            for index, row in enumerate(rows):
                if row.article.id == keep:
                    self.cursor = index
                    break
        self.virtual_size = Size(self.size.width, len(rows))
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    @property
    def current(self) -> LibraryRow | None:
        """The highlighted row."""
        if 0 <= self.cursor < len(self.shown):
            return self.shown[self.cursor]
        return None

    # -- movement ------------------------------------------------------------
    def _set_cursor(self, index: int) -> None:
        if not self.shown:
            return
        index = max(0, min(index, len(self.shown) - 1))
        if index != self.cursor:
            self.cursor = index
            self._scroll_to_cursor()
            self.refresh()
            self.post_message(self.Highlighted(self.current))

    def _scroll_to_cursor(self) -> None:
        height = self.size.height
        if height <= 0:
            return
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_move(self, step: int) -> None:
        """Move the highlight by ``step`` rows."""
        self._set_cursor(self.cursor + step)

    def action_jump(self, index: int) -> None:
        """Highlight the first (0) or last (-1) row."""
        self._set_cursor(index if index >= 0 else len(self.shown) - 1)

    def action_open(self) -> None:
        """Open the highlighted article."""
        if self.current is not None:
            self.post_message(self.Opened(self.current))

    def on_click(self, event: events.Click) -> None:
        """Click highlights; double click opens."""
        index = event.y + int(self.scroll_offset.y)
        if 0 <= index < len(self.shown):
            self._set_cursor(index)
            if event.chain >= 2:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual size in step with the width."""
        self.virtual_size = Size(self.size.width, len(self.shown))

    # -- rendering -----------------------------------------------------------
    @staticmethod
    def columns(width: int) -> tuple[int, int, int, int, int]:
        """Widths of (title, date, source, tags, notes) for a total ``width``."""
        date, source, notes = 10, 10, 5
        tags = 28 if width >= 140 else 22 if width >= 110 else 18 if width >= 90 else 12 if width >= 64 else 0
        title = max(10, width - date - source - tags - notes - 7)  # 7: the mark and the gaps
        return title, date, source, tags, notes

    def header_text(self, width: int) -> str:
        """The column header line for ``width``."""
        title, date, source, tags, notes = self.columns(width)
        parts = [_fit("Title", title), _fit("Date", date), _fit("Source", source)]
        if tags:
            parts.append(_fit("Tags", tags))
        parts.append(_fit("Notes", notes))
        return "   " + " ".join(parts)

    def render_line(self, y: int) -> Strip:
        """One article row."""
        width = self.size.width
        index = y + int(self.scroll_offset.y)
        base = self.get_component_rich_style("article-table--row")
        if not 0 <= index < len(self.shown):
            if not self.shown and index == 1:
                if self.filter_text:
                    message = f"No article matches “{one_line(self.filter_text, 40)}”. Escape clears the filter."
                else:
                    message = self.empty_message
                dim = self.get_component_rich_style("article-table--dim")
                return Strip([Segment("  " + message, dim)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        row = self.shown[index]
        # Full styles, not partial ones: "auto" colours ($text, $text-muted) are resolved against
        # the background they are drawn on (a partial style resolves them to white).
        if index == self.cursor:
            style = dim = tag_style = self.get_component_rich_style("article-table--cursor")
        else:
            style = base
            dim = self.get_component_rich_style("article-table--dim")
            tag_style = self.get_component_rich_style("article-table--tags")
        title, date, source, tags, notes = self.columns(width)
        note_text = str(row.notes) if row.notes else "·"
        if row.orphans:
            note_text += "!"
        mark = MARKS.get(row.reading, " ")
        mark_style = tag_style + Style(bold=True) if row.reading == "new" else style
        segments = [
            Segment(" ", style),
            Segment(mark, mark_style),
            Segment(" ", style),
            Segment(_fit(row.article.title, title), style),
            Segment(" ", style),
            Segment(_fit(row.article.date or "—", date), dim),
            Segment(" ", style),
            Segment(_fit(row.article.source or "—", source), dim),
            Segment(" ", style),
        ]
        if tags:
            segments += [Segment(_fit(", ".join(row.tags), tags), tag_style), Segment(" ", style)]
        segments.append(Segment(_fit(note_text.rjust(notes - 1), notes), dim))
        return Strip(segments).adjust_cell_length(width, style)
