"""The library list: every article as a compact row, filtered and sorted on those rows, drawn
with the Line API one screen line at a time (a hundred thousand rows cost what the screen shows)."""

from __future__ import annotations

import textwrap
from operator import itemgetter

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.textsafe import one_line
from reader.tui.widgets.library_rows import DATE, ID, SOURCE, TITLE, LibraryRow, LibraryRows, RowsView

__all__ = ["MARKS", "SORTS", "ArticleTable", "LibraryRow", "LibraryRows"]

SORTS = ("date", "title", "notes")
# The mark before a title: new since the last launch, not read yet, read (newsboat's habit).
MARKS = {"new": "N", "unread": "•", "read": " "}


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
        self.model = LibraryRows([], lambda rows: [None] * len(rows))
        self.order: list[int] = []  # rows of the model shown, in order
        self.cursor = 0
        self.filter_text = ""
        self.sort = "date"
        self.empty_message = ""
        self.unread_only = False

    # -- data ----------------------------------------------------------------
    @property
    def rows(self) -> RowsView:
        """Every row (objects made as they are read)."""
        return RowsView(self.model)

    @property
    def shown(self) -> RowsView:
        """The rows shown, in order (objects made as they are read)."""
        return RowsView(self.model, self.order)

    def set_rows(self, model: LibraryRows, keep_place: bool = False) -> None:
        """Replace all rows, keeping the highlighted article when it is still there, else the
        highlight's place (its file deleted: the row that took its place; a provisional row that
        got its article's own id); ``keep_place``: the top stays the top, as when the whole list
        follows its first rows."""
        keep, place = self.current_id, self.cursor
        if keep_place and place == 0:  # at the top it stays at the top: the newest first
            keep = None
        self.model = model
        self._apply(keep=keep, place=place if keep_place or keep is not None else 0)

    def refresh_facts(self) -> None:
        """Tags, note counts or reading state changed (the rows themselves did not)."""
        self.model.refresh_facts()
        if self.unread_only or self.sort == "notes" or self.filter_text:  # what is shown may change
            self._apply(keep=self.current_id)
        else:
            self.refresh()

    def update_row(self, article_id: str, *, tags: tuple[str, ...] | None = None, notes: int | None = None) -> None:
        """Change one article's tags or note count in place."""
        i = self.model.position(article_id)
        if i is None:
            return
        if notes is not None:
            self.model.notes[article_id] = notes
        if tags is not None:
            from reader.model import merge_tags
            from reader.tui.widgets.library_rows import file_tags

            self.model.set_tags(i, merge_tags(tags, file_tags(self.model.data[i])))
        elif notes is not None:
            self.model._changed(i)
        self.refresh()

    def set_filter(self, text: str) -> None:
        """Show only rows whose title, tags, source or date contain every word of ``text``."""
        self.filter_text = text
        self._apply(keep=self.current_id)

    def set_unread_only(self, on: bool) -> None:
        """Show only the articles not read yet (new ones included), or all."""
        self.unread_only = on
        self._apply(keep=self.current_id)

    def set_sort(self, sort: str) -> None:
        """Sort by "date" (newest first), "title" or "notes" (most first)."""
        self.sort = sort
        self._apply(keep=self.current_id)

    def _apply(self, keep: str | None, place: int = 0) -> None:
        self.order = self.model.order(self.filter_text, self.unread_only, self.sort)
        self.cursor = max(0, min(place, len(self.order) - 1))
        if keep is not None:
            i = self.model.position(keep)
            if i is not None:
                try:
                    self.cursor = self.order.index(i)
                except ValueError:
                    pass
        self.virtual_size = Size(self.content_width, len(self.order))
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    @property
    def current_id(self) -> str | None:
        """The highlighted article's id (no object made)."""
        if 0 <= self.cursor < len(self.order):
            return self.model.data[self.order[self.cursor]][ID]
        return None

    @property
    def current(self) -> LibraryRow | None:
        """The highlighted row."""
        if 0 <= self.cursor < len(self.order):
            return self.model.row(self.order[self.cursor])
        return None

    def ids(self, shown: bool = False) -> list[str]:
        """The ids of every row (or of the shown ones, in order)."""
        data = self.model.data
        return [data[i][ID] for i in self.order] if shown else list(map(itemgetter(ID), data))

    # -- movement ------------------------------------------------------------
    def _set_cursor(self, index: int) -> None:
        if not self.order:
            return
        index = max(0, min(index, len(self.order) - 1))
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
        self._set_cursor(index if index >= 0 else len(self.order) - 1)

    def action_open(self) -> None:
        """Open the highlighted article."""
        if self.current is not None:
            self.post_message(self.Opened(self.current))

    def on_click(self, event: events.Click) -> None:
        """Click highlights; double click opens."""
        index = event.y + int(self.scroll_offset.y)
        if 0 <= index < len(self.order):
            self._set_cursor(index)
            if event.chain >= 2:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual size in step with the width."""
        self.virtual_size = Size(self.content_width, len(self.order))

    # -- rendering -----------------------------------------------------------
    @staticmethod
    def columns(width: int) -> tuple[int, int, int, int, int]:
        """Widths of (title, date, source, tags, notes) for a total ``width``."""
        date, notes = 10, 5
        source = 24 if width >= 140 else 20 if width >= 110 else 13 if width >= 96 else 10
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

    @property
    def content_width(self) -> int:
        """The width the rows are drawn in (beside the scroll bar)."""
        return self.scrollable_content_region.width or self.size.width

    def _empty_lines(self, width: int) -> list[str]:
        """What an empty list says (no articles, or none matching the filter), in lines of ``width``."""
        if self.filter_text:
            message = f"No article matches “{one_line(self.filter_text, 40)}”. Escape clears the filter."
        else:
            message = self.empty_message
        return textwrap.wrap(message, max(width - 3, 20))

    def render_line(self, y: int) -> Strip:
        """One article row."""
        width = self.content_width
        index = y + int(self.scroll_offset.y)
        base = self.get_component_rich_style("article-table--row")
        if not 0 <= index < len(self.order):
            if not self.order and index >= 1:  # the message, wrapped to the width (80 columns too)
                lines = self._empty_lines(width)
                if index <= len(lines):
                    dim = self.get_component_rich_style("article-table--dim")
                    return Strip([Segment("  " + lines[index - 1], dim)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        model = self.model
        i = self.order[index]
        row = model.data[i]  # the compact row: no object is made to draw it
        aid = row[ID]
        notes_count, orphans, reading = model.notes.get(aid, 0), model.orphans.get(aid, 0), model.reading(i)
        # Full styles, not partial ones: "auto" colours ($text, $text-muted) are resolved against
        # the background they are drawn on (a partial style resolves them to white).
        if index == self.cursor:
            style = dim = tag_style = self.get_component_rich_style("article-table--cursor")
        else:
            style = base
            dim = self.get_component_rich_style("article-table--dim")
            tag_style = self.get_component_rich_style("article-table--tags")
        title, date, source, tags, notes = self.columns(width)
        note_text = str(notes_count) if notes_count else "·"
        if orphans:
            note_text += "!"
        mark = MARKS.get(reading, " ")
        mark_style = tag_style + Style(bold=True) if reading == "new" else style
        segments = [
            Segment(" ", style),
            Segment(mark, mark_style),
            Segment(" ", style),
            Segment(_fit(row[TITLE], title), style),
            Segment(" ", style),
            Segment(_fit(row[DATE] or "—", date), dim),
            Segment(" ", style),
            Segment(_fit(row[SOURCE] or "—", source), dim),
            Segment(" ", style),
        ]
        if tags:
            segments += [Segment(_fit(", ".join(model.tags(i)), tags), tag_style), Segment(" ", style)]
        segments.append(Segment(_fit(note_text.rjust(notes - 1), notes), dim))
        return Strip(segments).adjust_cell_length(width, style)
