"""Full-text search of the library index, as you type; Enter opens the article at its first hit.

Article text is data: titles and snippets are built as Content and the hits styled by offset,
never parsed as markup.
"""

from __future__ import annotations

from typing import Any, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.tui.widgets.safe_input import SafeInput
from reader.textsafe import one_line, plural
from reader.tui.messages import open_screen
from reader.tui.screen_roles import DescribesKeys
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


_FIRST = "Type a query first: ctrl+t and ctrl+o work on the articles it finds"


class SearchScreen(DescribesKeys, Screen):
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
        yield SafeInput(value=self.initial, placeholder="Search…", id="search-input")
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
            from reader.tui.screens.who_panel import sync_hand

            sync_hand(self.index, self.app.store)  # speaker: finds the speakers set on quotes by hand
            self._user_synced = True
        result = search(self.index, text, self.paths, _LIMIT, self._overrides()) if text.strip() else None
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, text, result)

    def _overrides(self) -> dict[str, str]:
        """The speakers the journalist merged or kept apart (for ``speaker:``)."""
        try:
            return dict(self.app.store.speaker_overrides())
        except Exception:  # an unreadable store: search what the files say
            return {}

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
        parts = [found] + [one_line(p, 200) for p in result.problems]  # wrapped, up to 4 rows
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
        from reader.archive import search

        text = self.query_one(Input).value.strip()
        found = search(self.index, text, self.paths, 1_000_000, self._overrides()).hits if text else []
        paths = sorted({hit.article.path for hit in found})
        if not paths:
            self.app.bell()
            self.app.say("No articles found: nobody to list" if text else _FIRST, timeout=3)
            return
        # Said on the screen: its list is these articles' speakers, not the library's.
        heading = (f"Speakers in the {plural(len(found), 'article')} found for {one_line(text, 40)} "
                   "(Enter: their quotes)")
        open_screen(self, "speakers", self.index, paths, heading=heading)

    def action_timeline(self) -> None:
        """The articles the query finds, per month (or week), as a chart."""
        text = self.query_one(Input).value.strip()
        if not text:  # said, not a silent key
            self.app.bell()
            self.app.say(_FIRST, timeout=3)
            return
        open_screen(self, "timeline", self.index, "search", text, self.paths)

    def action_open(self) -> None:
        """Open the highlighted result at its first hit."""
        results = self.query_one(OptionList)
        if not self.hits or results.highlighted is None:
            self.app.bell()
            return
        hit = self.hits[results.highlighted]
        from reader.archive import full_article
        from reader.workspace.who import parse_query

        article = full_article(self.index, hit.article)
        query = self.query_one(Input).value
        open_screen(self, "article-hits", article, parse_query(query).highlighter())

    def action_back(self) -> None:
        """Back to the library."""
        self.dismiss()
