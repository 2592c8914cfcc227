"""The article screen opened at a place: from the Speakers or Entities screen with the cursor on the
quote (or name) and the quote's provenance said in the status line (SpanArticleScreen), or from a
search with every hit marked (HitArticleScreen)."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from textual.app import ComposeResult
from textual.binding import Binding
from textual.strip import Strip

from reader.tui.screens.article import ArticleScreen
from reader.tui.widgets.article_view import ArticleView


class SpanArticleScreen(ArticleScreen):
    """The article screen with the cursor put on ``span`` once the text is laid out."""

    def __init__(self, article: Any, span: tuple[int, int] | None, note: str = "", name: str = "") -> None:
        super().__init__(article)
        self.span = span
        self.note = note
        self.find_name = name  # from the Names screen: the cursor goes to its first mention once analysed

    def on_mount(self) -> None:
        """Go to the span (after the first layout, so the view can scroll to it)."""
        if self.span is not None and 0 <= self.span[0] < self.span[1] <= len(self.article.body):
            self.call_after_refresh(self._go)
        if self.note:
            self.app.say(self.note, timeout=5)

    def _show_analysis(self, analysis: Any) -> None:
        super()._show_analysis(analysis)
        name, self.find_name = self.find_name, ""  # once: a later analysis (a correction) leaves the cursor be
        moved = self.view.cursor[0] != getattr(self, "_left_at", 0)  # the reader moved on: leave the cursor
        if not name or self.span is not None or self.analysis is None or moved:
            return
        entities = self.analysis.entities
        first = next((e for e in entities if name in (e.canonical, e.text)), None) or next(
            (e for e in entities if name.endswith(" " + e.text) or name.startswith(e.text + " ")), None)  # "Samuelsen"
        if first is not None:
            self.view.move_to((first.start, first.end))

    def _go(self) -> None:
        # The cursor on the quote, not a selection: V and " go on from it instead of dragging a
        # selection over every quote they pass (a note typed then would cover them all).
        self.view.move_to(self.span)


class HitView(ArticleView):
    """The reading view with the search's hits marked."""

    hits: tuple[tuple[int, int], ...] = ()

    def render_line(self, y: int) -> Strip:
        """The row as the reading view draws it, the hits on it in reverse video."""
        strip = super().render_line(y)
        if not self.hits:
            return strip
        row_index = y + int(self.scroll_offset.y)
        rows = self._layout.rows
        if not 0 <= row_index < len(rows) or not isinstance(rows[row_index], tuple):
            return strip
        start, end = rows[row_index]
        on_row = [(max(s, start), min(e, end)) for s, e in self.hits if s < end and e > start]
        if not on_row:
            return strip
        from rich.cells import cell_len

        gutter = 3
        cuts, marked = [], []
        for s, e in on_row:
            x0 = gutter + cell_len(self.text[start:s])
            x1 = x0 + cell_len(self.text[s:e])
            cuts += [x0, x1]
            marked.append((x0, x1))
        pieces = strip.divide(sorted(set(cuts)) + [strip.cell_length])
        out, x = [], 0
        hit_style = Style(reverse=True, bold=True)
        for piece in pieces:
            inside = any(x0 <= x < x1 for x0, x1 in marked)
            out.append(piece.apply_style(hit_style) if inside else piece)
            x += piece.cell_length
        return Strip.join(out)


class HitArticleScreen(ArticleScreen):
    """An article opened from a search: every hit marked, the cursor on the first; > and < step."""

    BINDINGS = [
        Binding("greater_than_sign", "hit(1)", "Next hit", id="search.hit_next"),
        Binding("less_than_sign", "hit(-1)", "Previous hit", show=False, id="search.hit_prev"),
    ]

    def __init__(self, article: Any, highlighter: Any) -> None:
        super().__init__(article)
        self.highlighter = highlighter
        self.hits = tuple(highlighter.spans(article.body, article.language)) if highlighter else ()
        self.hit_number = 0

    def read_again(self, fresh: Any) -> None:
        """The file changed while open: the hits are found again in the text as it is now."""
        super().read_again(fresh)
        self.hits = tuple(self.highlighter.spans(fresh.body, fresh.language)) if self.highlighter else ()
        self.hit_number = 0
        view = self.query_one(HitView)
        view.hits = self.hits
        view.refresh()

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if type(widget) is ArticleView:  # the same view, with the hits drawn on it
                widget = HitView(id=widget.id)
            yield widget

    def on_mount(self) -> None:
        """Mark the hits and go to the first."""
        view = self.query_one(HitView)
        view.hits = self.hits
        if self.hits:
            self.call_after_refresh(self._go, 0)
        elif self.highlighter:
            self.app.say("The words were found in the headline, notes or tags, not in the text", timeout=4)
        else:  # tag:, date:, source:, has: only: nothing of the query is words of the text
            self.app.say("Found by the query's filters; there are no words of it to mark in the text", timeout=4)

    def _go(self, number: int) -> None:
        self.hit_number = number % len(self.hits)
        view = self.query_one(HitView)
        view.move_to(self.hits[self.hit_number])
        view.refresh()
        self.app.say(f"Hit {self.hit_number + 1} of {len(self.hits)} (> next, < previous)", timeout=3)

    def action_hit(self, step: int) -> None:
        """Go to the next (1) or previous (-1) hit."""
        if not self.hits:
            self.app.bell()
            return
        self._go(self.hit_number + step)
