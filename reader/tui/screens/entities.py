"""The Entities screen: people, organisations and places across the library with mention and
article counts; Enter shows the articles an entity appears in and the names it appears with most,
so a reporter can go from a company to the people named alongside it."""

from __future__ import annotations

from typing import Any, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.textsafe import folded, one_line, plural
from reader.tui.messages import open_screen
from reader.tui.screens.who_list import WhoListScreen, open_article_at
from reader.tui.widgets.footer import ReaderFooter

KIND_NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place"}


class EntitiesScreen(WhoListScreen):
    """Every person, organisation and place in the library (corrections applied)."""

    TITLE_TEXT = "Names: people, organisations and places in the library (Enter: their articles)"
    COLUMNS = ("Name", "Type", "Mentions", "Articles")
    FLEX = ((0, 1.0),)  # a long name is cut (…) so Mentions and Articles fit 80 columns
    SORTS = ("mentions", "articles", "name", "type")
    NOUN = ("name", "names")

    def fetch(self) -> list:
        from reader.workspace import who

        return who.entities(self.index, self.paths, None, self.corrections)

    def cells(self, e: Any) -> tuple:
        return (e.name, KIND_NAMES.get(e.label, e.label), str(e.mentions), str(e.articles))

    def haystack(self, e: Any) -> str:
        return folded(" ".join((e.name, e.label, KIND_NAMES.get(e.label, ""), *e.aliases)))

    def sort_key(self, sort: str):
        if sort == "name":
            return lambda e: e.name.casefold()
        if sort == "articles":
            return lambda e: (-e.articles, -e.mentions, e.name.casefold())
        if sort == "type":
            return lambda e: (e.label, -e.mentions, e.name.casefold())
        return lambda e: (-e.mentions, -e.articles, e.name.casefold())

    def open_row(self, e: Any) -> None:
        self.app.push_screen(EntityScreen(self.index, e.name, e.label, self.paths, self.corrections))

    def timeline_of(self, e: Any) -> tuple[str, str]:
        return e.label, e.name


def article_line(title: str, date: str, source: str, mentions: int) -> Content:
    """One article of a name: "2026-10-10  Headline  nordbureau · 2 mentions" (no source: no "·")."""
    where = f"{one_line(source, 20)} · " if source and source.strip() else ""
    return Content.assemble((date or "-", "bold"), "  ", one_line(title, 70), "  ",
                            (f"{where}{plural(mentions, 'mention')}", "$text-muted"))


class EntityScreen(Screen):
    """One entity: the articles naming it (Enter opens one) and the names seen with it (Enter
    goes to that name)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="who.entity.back"),
        Binding("tab", "app.focus_next", "Other list", show=False, id="who.entity.switch"),
        Binding("ctrl+t", "timeline", "Timeline", id="who.entity.timeline"),
    ]

    def __init__(self, index: Any, name: str, label: str, paths: Sequence[str] | None = None,
                 corrections: Sequence = ()) -> None:
        super().__init__()
        self.index, self.subject, self.label = index, name, label
        self.paths, self.corrections = paths, tuple(corrections)
        self.articles: list = []
        self.together: list = []

    def compose(self) -> ComposeResult:
        yield Static(Content(f"{one_line(self.subject, 60)} ({KIND_NAMES.get(self.label, self.label)})"), classes="who-title")
        with Horizontal(classes="who-entity"):
            yield OptionList(id="who-entity-articles")
            yield OptionList(id="who-entity-with")
        yield Static(Content("Loading…"), classes="who-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Load the articles and the co-occurring names in a worker."""
        self.query_one("#who-entity-articles", OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="who-entity")
    def load(self) -> None:
        """Read from the index (in a thread)."""
        from reader.workspace import who

        articles = who.entity_articles(self.index, self.subject, self.label, self.paths, self.corrections)
        together = who.cooccurring(self.index, self.subject, self.label, 30, self.paths, self.corrections)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, articles, together)

    def _show(self, articles: list, together: list) -> None:
        self.articles, self.together = articles, together
        left = self.query_one("#who-entity-articles", OptionList)
        left.set_options(Option(article_line(title, date, source, n)) for _rowid, title, date, source, n, _path in articles)
        right = self.query_one("#who-entity-with", OptionList)
        right.set_options(Option(Content.assemble(one_line(name, 40), "  ",
                                                  (f"{KIND_NAMES.get(kind, kind)} · {n}", "$text-muted")))
                          for kind, name, n in together)
        for listing, items in ((left, articles), (right, together)):
            if items:
                listing.highlighted = 0
        self.query_one(".who-status", Static).update(Content(
            f"In {plural(len(articles), 'article')}; named with {plural(len(together), 'other name')}"
            "  ·  Enter opens, Tab switches lists, ctrl+t timeline"))

    @on(OptionList.OptionSelected, "#who-entity-articles")
    def _open_article(self, event: OptionList.OptionSelected) -> None:
        row = self.articles[event.option_index]
        open_article_at(self.app, self.index, row[5], row[0], None, self.subject)

    @on(OptionList.OptionSelected, "#who-entity-with")
    def _open_other(self, event: OptionList.OptionSelected) -> None:
        kind, name, _n = self.together[event.option_index]
        self.app.push_screen(EntityScreen(self.index, name, kind, self.paths, self.corrections))

    def action_timeline(self) -> None:
        """This entity's mentions over time."""
        open_screen(self, "timeline", self.index, self.label, self.subject, self.paths, self.corrections)

    def action_back(self) -> None:
        """Back."""
        self.dismiss()
