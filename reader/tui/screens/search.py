"""Full-text search of the library index, as you type; Enter opens the article at its first hit.

Article text is data: titles and snippets are built as Content and the hits styled by offset,
never parsed as markup.
"""

from __future__ import annotations

from typing import Any, Sequence

from rich.style import Style
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.textsafe import one_line
from reader.tui.screens.article import ArticleScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.screens.search_help import HELP_SECTIONS



_DELAY = 0.12  # seconds of quiet typing before a search runs
_LIMIT = 100


def result_prompt(hit: Any, width: int = 200) -> Content:
    """Two lines for one hit: the headline with date and source, and the snippet, hits marked."""
    article = hit.article
    meta = "  ".join(p for p in (article.date, article.source) if p)
    head = Content.assemble((one_line(article.title, width), "bold"), "  ", (one_line(meta, 40), "$text-muted"))
    snippet = Content(hit.snippet)  # one line already, control characters made spaces
    for start, end in hit.spans:
        snippet = snippet.stylize("reverse bold", start, end)
    return Content.assemble(head, "\n  ", snippet)


class SearchScreen(Screen):
    """Type a query; the best matches (BM25) show with a snippet each."""

    HELP_SECTIONS = HELP_SECTIONS
    BINDINGS = [
        Binding("escape", "back", "Back", id="search.back"),
        Binding("f1", "app.help", "Help", id="search.help"),
        Binding("down", "move(1)", "Next result", show=False, id="search.down"),
        Binding("up", "move(-1)", "Previous result", show=False, id="search.up"),
        Binding("enter", "open", "Open", id="search.open"),
        Binding("ctrl+t", "timeline", "Timeline", tooltip="The articles this search finds, per month",
                id="search.timeline"),
        Binding("ctrl+o", "speakers", "Speakers", tooltip="Who is quoted in the articles this search finds",
                id="search.speakers"),
    ]

    def __init__(self, index: Any, paths: Sequence[str], user_data: dict, text: str = "") -> None:
        super().__init__()
        self.index = index
        self.paths = list(paths)
        self.user_data = user_data
        self.initial = text
        self.hits: list = []
        self._user_synced = False
        self._timer: Any = None

    def compose(self) -> ComposeResult:
        yield Static(Content("Search the full text: words, \"phrases\", prefix*, person: date:… (F1 help)"),
                     id="search-title")
        yield Input(value=self.initial, placeholder="Search…", id="search-input")
        yield OptionList(id="search-results")
        yield Static("", id="search-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Focus the box; a query given already runs at once."""
        self.query_one(Input).focus()
        self.run_search(self.initial)

    def on_key(self, event: Any) -> None:
        """Letters typed before the box had focus (a fast "/borgmester" from the library) go into it."""
        box = self.query_one(Input)
        if box.has_focus or not (event.is_printable and event.character):
            return
        box.focus()
        box.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(_DELAY, lambda: self.run_search(event.value))

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str) -> None:
        """Search in a thread; the newest query wins."""
        from reader.archive import search

        if not self._user_synced:  # notes, labels and tags as they are now
            try:
                self.index.set_user_data(self.user_data)
            except Exception:
                pass
            self._user_synced = True
        result = search(self.index, text, self.paths, _LIMIT) if text.strip() else None
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, text, result)

    def _show(self, text: str, result: Any) -> None:
        results = self.query_one(OptionList)
        status = self.query_one("#search-status", Static)
        if result is None:
            self.hits = []
            results.clear_options()
            status.update(Content("Type to search the articles' text, notes, labels and tags."))
            return
        self.hits = list(result.hits)
        results.set_options(Option(result_prompt(hit), id=str(k)) for k, hit in enumerate(self.hits))
        if self.hits:
            results.highlighted = 0
        more = "+" if len(self.hits) >= _LIMIT else ""
        found = f"{len(self.hits)}{more} {'article' if len(self.hits) == 1 and not more else 'articles'}" if self.hits else "No articles"
        parts = [found] + [one_line(p, 90) for p in result.problems]
        status.update(Content("  ·  ".join(parts)))

    def action_move(self, step: int) -> None:
        """Move the highlight in the results while typing."""
        results = self.query_one(OptionList)
        if not self.hits:
            return
        current = results.highlighted if results.highlighted is not None else -step
        results.highlighted = max(0, min(len(self.hits) - 1, current + step))

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self.action_open()

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self) -> None:
        self.action_open()

    def action_speakers(self) -> None:
        """The Speakers screen over the articles the query finds (every one, not only those listed)."""
        from reader.tui.screens.speakers import SpeakersScreen

        text = self.query_one(Input).value.strip()
        found = self.index.search(text, self.paths, limit=1_000_000).hits if text else []
        paths = sorted({hit.article.path for hit in found})
        if not paths:
            self.app.bell()
            self.app.say("No articles found: nobody to list", timeout=3)
            return
        self.app.push_screen(SpeakersScreen(self.index, paths))

    def action_timeline(self) -> None:
        """The articles the query finds, per month (or week), as a chart."""
        from reader.tui.screens.timeline import TimelineScreen

        text = self.query_one(Input).value.strip()
        if not text:
            self.app.bell()
            return
        self.app.push_screen(TimelineScreen(self.index, "search", text, self.paths))

    def action_open(self) -> None:
        """Open the highlighted result at its first hit."""
        results = self.query_one(OptionList)
        if not self.hits or results.highlighted is None:
            self.app.bell()
            return
        hit = self.hits[results.highlighted]
        from reader.archive import full_article
        from reader.index import parse_query

        article = full_article(self.index, hit.article)
        query = self.query_one(Input).value
        self.app.push_screen(HitArticleScreen(article, parse_query(query).highlighter()))

    def action_back(self) -> None:
        """Back to the library."""
        self.dismiss()


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
        self.hits = tuple(highlighter.spans(article.body, article.language)) if highlighter else ()
        self.hit_number = 0

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
        else:
            self.app.say("The words were found in the headline, notes or tags, not in the text", timeout=4)

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
