"""The article screen: read with highlights, select, annotate, label, tag, check quotes."""

from __future__ import annotations

import os

from textual import events
from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from reader.tui.widgets.footer import ReaderFooter

from reader.model import Analysis, Annotation, AnchorStatus, Article, QuoteState
from reader.tui.messages import StoreChanged
from reader.tui.screen_roles import DescribesKeys, ShowsArticle
from reader.tui.screens.article_actions import NoteActions
from reader.tui.screens.article_checks import CheckActions
from reader.tui.screens.article_commands import ArticleCommands
from reader.tui.screens.article_display import ArticleDisplay
from reader.tui.screens.article_places import HeadlinePick, ReadingPlace
from reader.tui.screens.article_reread import ReadAgain
from reader.tui.screens.quote_actions import QUOTE_BINDINGS, QuoteActions
from reader.tui.widgets.article_view import ArticleView

LABEL_KEYS = [
    Binding(str(n), f"label({n})", f"Label {n}", show=False, id=f"article.label_{n}") for n in range(1, 10)
]

class ArticleScreen(ArticleCommands, NoteActions, QuoteActions, CheckActions, HeadlinePick, ReadingPlace, ReadAgain,
                    ArticleDisplay, DescribesKeys, ShowsArticle, Screen):
    """One article, its highlights, and the journalist's notes."""

    # Under 16 rows the header keeps to two lines, so the text still has room (40x10).
    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (16, "-roomy")]

    BINDINGS = [
        Binding("a", "annotate", "Note", id="article.annotate"),
        Binding("enter", "edit", "Edit note", show=False, id="article.edit"),
        Binding("d", "delete", "Delete note", show=False, id="article.delete"),
        Binding("right_square_bracket", "note(1)", "Next note", show=False, id="article.note_next",
                tooltip="Next note (after the last: notes whose text is gone)"),
        Binding("left_square_bracket", "note(-1)", "Previous note", show=False, id="article.note_prev"),
        Binding("t", "tag", "Tag", id="article.tag"),
        Binding("c", "check_quote", "Check quote", show=False, id="article.check_quote"),
        Binding("r", "retype", "Entity type", show=False, id="article.retype"),
        Binding("x", "remove_entity", "Not an entity", show=False, id="article.remove_entity"),
        Binding("X", "remove_entity(True)", "Not an entity here", show=False,
                tooltip="The entity under the cursor is not an entity in this article only", id="article.remove_entity_here"),
        Binding("u,ctrl+z", "undo", "Undo", id="article.undo"),
        Binding("ctrl+r,ctrl+y", "redo", "Redo", show=False, id="article.redo"),
        Binding("y", "copy", "Copy", show=False, tooltip="Copy the selection (or the word/quote under the cursor) to the clipboard", id="article.copy"),
        Binding("e", "export", "Export", show=False, id="article.export"),
        Binding("h", "headline(1)", "Headline names", show=False,
                tooltip="Pick the names in the headline in turn (r, x, X act on the picked one)", id="article.headline"),
        Binding("backslash", "toggle_panel", "Panel", tooltip="Show or hide the side panel (notes, quotes, names)", id="article.panel"),
        # Escape's next effect is what the footer shows: "Deselect" while there is a selection.
        Binding("escape", "deselect", "Deselect", id="article.deselect"),
        Binding("escape", "back", "Back", id="article.back"),
        Binding("q", "leave", "Back where it was opened from, selection or not", show=False, id="article.leave"),
        *LABEL_KEYS,
        *QUOTE_BINDINGS,
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.annotations: list[Annotation] = []
        self.analysis: Analysis | None = None
        self.quote_states: dict[tuple[int, int], QuoteState] = {}
        self.quote_checks = []  # the store's quote records; quote_view: the quotes as shown
        self.quote_view = {}
        self.selected_orphan: str | None = None  # id of the orphaned note picked with ] / [
        self.picked_title: int | None = None  # index of the headline name picked with h (or N)
        self._title_picked_at: tuple = ()
        self._orphan_picked_at: tuple = ()

    def compose(self) -> ComposeResult:
        yield Static(id="article-header")
        with Horizontal(id="article-main"):
            yield ArticleView(id="view")
            with VerticalScroll(id="panel"):
                yield Static(id="panel-content")
        yield Static(id="article-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Show the text at once; highlights follow from a worker."""
        view = self.view
        view.set_document(self.article.body, self.article.paragraphs)
        view.focus()
        self._resume_reading()
        self.reload_store()
        if self.orphans:  # easy to miss with the side panel hidden
            count = len(self.orphans)
            if count == 1:
                message = "The text of 1 note is gone from the article: ] past the last note picks it"
            else:
                message = f"The text of {count} notes is gone from the article: ] past the last note picks them"
            self.app.say(message, timeout=5)
        cached = self.app.cached_analysis(self.article)
        if cached is not None:
            self._show_analysis(cached)
        else:
            self.analyse()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    # -- names in the headline and the reading place: article_places.py ---------
    @on(ArticleView.PastStart)
    def _past_start(self) -> None:
        if self.title_names:
            self.action_headline(-1)
        else:
            self.app.bell()

    def on_screen_suspend(self) -> None:
        """Another screen on top (a dialog, or reading from a session): keep the place."""
        self._remember_position()

    def on_unmount(self) -> None:
        """Leaving the article: keep the place."""
        self._remember_position()

    def _theme_changed(self, theme) -> None:
        """The header's and the panel's colours are taken from the theme when drawn: draw again."""
        self._refresh_header()
        self._refresh_panel()

    def on_key(self, event: events.Key) -> None:
        """A key that came before the view had focus (typed right after Enter opened the
        article) goes to the view: focus it now and send the key again."""
        if self.focused is None and self.is_current:
            self.set_focus(self.view)
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))

    @property
    def view(self) -> ArticleView:
        """The reading view."""
        return self.query_one(ArticleView)

    @property
    def labels(self) -> tuple[str, ...]:
        """The configured annotation labels (keys 1-9)."""
        return self.app.settings.labels

    def shown_article(self) -> Article:
        return self.article

    def describe_binding(self, binding: Binding) -> str | None:
        """What help and the command palette say for ``binding``; None leaves it out (an unset label key)."""
        if binding.id and binding.id.startswith("article.label_"):
            number = int(binding.id.rsplit("_", 1)[1])
            if number > len(self.labels):
                return None
            return f"Label: {self.labels[number - 1]}"
        return binding.tooltip or binding.description

    @property
    def orphans(self) -> list[Annotation]:
        """Notes whose text is gone from the article, in panel order."""
        return [a for a in self.annotations if a.status is AnchorStatus.ORPHANED]

    @property
    def orphan(self) -> Annotation | None:
        """The orphaned note picked with ] / [, if any."""
        return next((a for a in self.orphans if a.id == self.selected_orphan), None)

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self) -> None:
        view = self.view
        self._cursor_at = view.cursor[0]
        if self.picked_title is not None and (view.cursor, view.selection) != self._title_picked_at:
            self._pick_title(None)  # the cursor moved on in the text: back from the headline
        selecting = self._has_selection()
        if selecting != getattr(self, "_footer_selecting", False):  # the footer's Escape changes
            self._footer_selecting = selecting
            self.refresh_bindings()
        if self.selected_orphan is not None and (view.cursor, view.selection) != self._orphan_picked_at:
            self.selected_orphan = None  # the cursor moved on in the text: the orphaned note is let go
            self._refresh_panel()
            return
        self._refresh_status()

    # -- data ----------------------------------------------------------------
    def analyse(self) -> None:
        """Find entities and quotes in a worker, so opening an article never blocks the keyboard."""
        self._analyse_in_thread(self.app.corrections_for(self.article))

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse_in_thread(self, corrections: tuple) -> None:
        try:
            result = self.app.analysis_for(self.article, corrections)
        except Exception as error:  # the text stays readable without highlights
            from reader.textsafe import one_line

            name = one_line(os.path.basename(self.article.path) or self.article.path, 80)
            message = (f"{name}: could not find names and quotes ({one_line(f'{type(error).__name__}: {error}', 160)});"
                       " the text stays readable")
            self.app.call_from_thread(self.app.say, message, severity="error", timeout=10)
            result = Analysis(self.article.body, self.article.language)
        self.app.roles_for(result)  # read here, off the screen's thread: a long article has many people
        if not get_current_worker().is_cancelled:  # a newer analysis (after a correction) replaced this one
            self.app.call_from_thread(self._show_analysis, result)

    def _show_analysis(self, analysis: Analysis) -> None:
        if analysis.text != self.article.body:  # made for the text before the file was read again
            return
        self.analysis = analysis
        self.load_quotes()
        self.view.roles = self.app.roles_for(analysis)
        self.view.set_analysis(analysis.sentences, analysis.entities, self.shown_quotes())
        self.view.set_annotations(self.view.annotations, self.view.label_slots, self.shown_states())
        self.tell_changed_quotes()
        self._refresh_header()
        self._refresh_panel()

    def reload_store(self) -> None:
        """Re-read notes, quote checks and tags from the store."""
        store = self.app.store
        with self.app.saving():  # a table damaged on disk (or the file replaced): one line, shown once
            self.annotations = list(store.attach(self.article))
            self.quote_states = dict(store.quote_states(self.article.id))
            self.quote_checks = store.quote_checks(self.article.id)
        self.load_quotes()
        if self.analysis is not None:
            self.view.quotes = self.shown_quotes()  # speakers set by hand; set_annotations repaints
        slots = {label: index for index, label in enumerate(self.labels, 1)}
        self.view.set_annotations(self.annotations, slots, self.shown_states())
        if self.orphan is None:
            self.selected_orphan = None
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
