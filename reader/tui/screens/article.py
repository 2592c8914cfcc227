"""The article screen: read with highlights, select, annotate, label, tag, check quotes."""

from __future__ import annotations

from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Footer, Static

from reader.model import Analysis, Annotation, AnchorStatus, Article, Entity, Quote, QuoteState
from reader.tui.app import StoreChanged
from reader.tui.render import header_content, panel_content, status_content
from reader.tui.screens.article_actions import CheckActions, NoteActions
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.marks import annotation_slot

LABEL_KEYS = [
    Binding(str(n), f"label({n})", f"Label {n}", show=False, id=f"article.label_{n}") for n in range(1, 10)
]


class ArticleScreen(NoteActions, CheckActions, Screen):
    """One article, its highlights, and the journalist's notes."""

    BINDINGS = [
        Binding("a", "annotate", "Note", id="article.annotate"),
        Binding("enter", "edit", "Edit note", show=False, id="article.edit"),
        Binding("d", "delete", "Delete note", show=False, id="article.delete"),
        Binding("t", "tag", "Tag", id="article.tag"),
        Binding("c", "check_quote", "Check quote", show=False, id="article.check_quote"),
        Binding("r", "retype", "Entity type", show=False, id="article.retype"),
        Binding("x", "remove_entity", "Not an entity", show=False, id="article.remove_entity"),
        Binding("u,ctrl+z", "undo", "Undo", id="article.undo"),
        Binding("ctrl+r,ctrl+y", "redo", "Redo", show=False, id="article.redo"),
        Binding("y", "copy", "Copy", show=False, tooltip="Copy the selection (or the word/quote under the cursor) to the clipboard", id="article.copy"),
        Binding("e", "export", "Export", id="article.export"),
        Binding("escape", "back", "Back", id="article.back"),
        *LABEL_KEYS,
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.annotations: list[Annotation] = []
        self.analysis: Analysis | None = None
        self.quote_states: dict[tuple[int, int], QuoteState] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="article-header")
        with Horizontal(id="article-main"):
            yield ArticleView(id="view")
            with VerticalScroll(id="panel"):
                yield Static(id="panel-content")
        yield Static(id="article-status")
        yield Footer()

    def on_mount(self) -> None:
        """Show the text at once; highlights follow from a worker."""
        view = self.view
        view.set_document(self.article.body, self.article.paragraphs)
        view.focus()
        self.reload_store()
        cached = self.app.cached_analysis(self.article)
        if cached is not None:
            self._show_analysis(cached)
        else:
            self.analyse()

    @property
    def view(self) -> ArticleView:
        """The reading view."""
        return self.query_one(ArticleView)

    @property
    def labels(self) -> tuple[str, ...]:
        """The configured annotation labels (keys 1-9)."""
        return self.app.settings.labels

    # -- data ----------------------------------------------------------------
    def analyse(self) -> None:
        """Find entities and quotes in a worker, so opening an article never blocks the keyboard."""
        self._analyse_in_thread(tuple(self.app.store.corrections()))

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse_in_thread(self, corrections: tuple) -> None:
        try:
            result = self.app.analysis_for(self.article, corrections)
        except Exception as error:  # the text stays readable without highlights
            message = f"Could not find names and quotes: {type(error).__name__}: {error}"
            self.app.call_from_thread(self.app.say, message, severity="error", timeout=10)
            result = Analysis(self.article.body, self.article.language)
        if not get_current_worker().is_cancelled:  # a newer analysis (after a correction) replaced this one
            self.app.call_from_thread(self._show_analysis, result)

    def _show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.view.set_analysis(analysis.sentences, analysis.entities, analysis.quotes)
        self._refresh_panel()

    def reload_store(self) -> None:
        """Re-read notes, quote checks and tags from the store."""
        store = self.app.store
        with self.app.saving():
            self.annotations = list(store.attach(self.article))
        self.quote_states = dict(store.quote_states(self.article.id))
        slots = {label: index for index, label in enumerate(self.labels, 1)}
        self.view.set_annotations(self.annotations, slots, self.quote_states)
        self._refresh_header()
        self._refresh_panel()

    @on(StoreChanged)
    def _store_changed(self) -> None:
        self.reload_store()
        self._reanalyse_if_corrections_changed()

    def _reanalyse_if_corrections_changed(self) -> None:
        cached = self.app.cached_analysis(self.article)
        if cached is None:
            self.analyse()
        elif cached is not self.analysis:
            self._show_analysis(cached)

    # -- rendering -----------------------------------------------------------
    def _style_of(self, name: str) -> Style:
        rich_style = self.view.get_component_rich_style(f"article-view--{name.lower()}", partial=True)
        return Style.from_rich_style(rich_style)

    def _note_style(self, label: str) -> Style:
        slots = {name: index for index, name in enumerate(self.labels, 1)}
        slot = annotation_slot(label, slots)
        rich_style = self.view.get_component_rich_style(f"article-view--note-{slot}", partial=True)
        if rich_style.bgcolor is not None:
            from rich.style import Style as RichStyle

            rich_style = RichStyle(color=rich_style.bgcolor)
        return Style.from_rich_style(rich_style)

    def _refresh_header(self) -> None:
        tags = self.app.store.tags(self.article.id)
        self.query_one("#article-header", Static).update(header_content(self.article, tags, self.size.width))

    def _refresh_panel(self) -> None:
        content = panel_content(
            self.app.store.tags(self.article.id),
            self.annotations,
            self.analysis,
            self.quote_states,
            self._style_of,
            self._note_style,
            self.labels,
        )
        self.query_one("#panel-content", Static).update(content)
        self._refresh_status()

    @on(ArticleView.CursorMoved)
    def _refresh_status(self) -> None:
        view = self.view
        offset = view.cursor[0]
        quote = self.quote_at(offset)
        state = self.quote_states.get((quote.start, quote.end)) if quote else None
        content = status_content(
            view.cursor, view.selection, self.entity_at(offset), quote, state, self.notes_at(offset), view.text
        )
        self.query_one("#article-status", Static).update(content)

    # -- lookups -------------------------------------------------------------
    def entity_at(self, offset: int) -> Entity | None:
        """The entity under ``offset``, if any."""
        if self.analysis is None:
            return None
        return next((e for e in self.analysis.entities if e.start <= offset < e.end), None)

    def quote_at(self, offset: int) -> Quote | None:
        """The quote under ``offset``, if any."""
        if self.analysis is None:
            return None
        return next((q for q in self.analysis.quotes if q.start <= offset < q.end), None)

    def notes_at(self, offset: int) -> list[Annotation]:
        """Placed annotations covering ``offset``, the most recent first."""
        found = [
            a for a in self.annotations
            if a.status is not AnchorStatus.ORPHANED and a.anchor.start <= offset < max(a.anchor.end, a.anchor.start + 1)
        ]
        return sorted(found, key=lambda a: a.created, reverse=True)

    # -- other ---------------------------------------------------------------
    def action_tag(self) -> None:
        """Edit this article's tags."""
        from reader.tui.screens.tags import edit_tags

        edit_tags(self, self.article)

    def after_tags(self, article: Article) -> None:
        """Tags were saved: show them."""
        self._refresh_header()
        self._refresh_panel()

    def action_undo(self) -> None:
        """Undo the last change."""
        self.app.undo()
        self.reload_store()
        self._reanalyse_if_corrections_changed()

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.app.redo()
        self.reload_store()
        self._reanalyse_if_corrections_changed()

    def action_export(self) -> None:
        """Export this article's notes to a Markdown file."""
        from reader.tui.screens.exporting import export_articles

        export_articles(self.app, [self.article], "reader-notes")

    def action_copy(self) -> None:
        """Copy the selection (or the cursor's word or item) to the terminal's clipboard."""
        start, end = self.view.target
        text = self.article.body[start:end]
        if not text:
            self.app.bell()
            return
        self.app.copy_to_clipboard(text)  # sent base64-encoded (OSC 52): no raw text reaches the terminal
        words = len(text.split())
        self.app.say(f"Copied {words} word{'s' if words != 1 else ''} to the clipboard", timeout=2)

    def action_back(self) -> None:
        """Clear the selection, or go back to the library."""
        if self.view.clear_selection():
            return
        self.app.pop_screen()
