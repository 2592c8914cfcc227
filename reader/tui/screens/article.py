"""The article screen: read with highlights, select, annotate, label, tag, check quotes."""

from __future__ import annotations

from dataclasses import replace

from textual import events

from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Static

from reader.tui.widgets.footer import ReaderFooter

from reader.model import Analysis, Annotation, AnchorStatus, Article, Entity, Quote, QuoteState
from reader.tui.messages import StoreChanged
from reader.tui.render import (
    PANEL_TEXT_WIDTH, header_content, headline_status, orphan_status, panel_content, status_content,
)
from reader.tui.screens.article_actions import CheckActions, NoteActions
from reader.tui.screens.article_places import HeadlinePick, ReadingPlace
from reader.tui.screens.quote_actions import QUOTE_BINDINGS, QuoteActions
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.marks import annotation_slot

LABEL_KEYS = [
    Binding(str(n), f"label({n})", f"Label {n}", show=False, id=f"article.label_{n}") for n in range(1, 10)
]
# The side panel: 38 columns from this screen width, 32 below it; hidden (\ shows it) below
# PANEL_AUTO, where the text column would get narrower than about 50 columns.
PANEL_WIDE = 110
PANEL_AUTO = 90
# From PANEL_ROOMY columns the panel grows with the screen, up to PANEL_MAX (notes need room).
PANEL_ROOMY = 130
PANEL_MAX = 64
VIEW_WIDTH = 84  # the article view's width there: the text's 76 columns, its margin and scrollbar


class ArticleScreen(NoteActions, QuoteActions, CheckActions, HeadlinePick, ReadingPlace, Screen):
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
        Binding("q", "leave", "Back to the library", show=False, id="article.leave"),
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

    # -- side panel ----------------------------------------------------------
    @property
    def panel_shown(self) -> bool:
        """Whether the side panel is shown: the user's choice (\\), else by the screen width."""
        choice = getattr(self.app, "article_panel_choice", None)
        return choice if choice is not None else self.size.width >= PANEL_AUTO

    def on_resize(self) -> None:
        """Size the side panel to the screen (the text keeps about 50 columns or more)."""
        self._apply_panel()

    def _apply_panel(self) -> None:
        width = self.size.width
        panel = self.query_one("#panel")
        view = self.view
        if width >= PANEL_ROOMY and self.panel_shown:
            # The text keeps its reading width and the panel stands right beside it, growing into
            # the room left (notes need it), instead of a wide empty band between the two.
            view.styles.width = VIEW_WIDTH
            panel.styles.width = min(PANEL_MAX, width - VIEW_WIDTH)
        else:
            view.styles.width = "1fr"
            panel.styles.width = 38 if width >= PANEL_WIDE else 32 if width >= 64 else max(16, width // 2)
        shown = self.panel_shown
        if panel.display != shown:
            panel.display = shown
        self._refresh_header()
        self.call_after_refresh(self._refresh_panel)

    def action_toggle_panel(self) -> None:
        """Show or hide the side panel (remembered for the other articles)."""
        self.app.article_panel_choice = not self.panel_shown
        self.app.remember(panel=self.app.article_panel_choice)
        self._apply_panel()
        self.app.say("Side panel shown" if self.panel_shown else "Side panel hidden: \\ shows it", timeout=2)

    # -- data ----------------------------------------------------------------
    def analyse(self) -> None:
        """Find entities and quotes in a worker, so opening an article never blocks the keyboard."""
        self._analyse_in_thread(self.app.corrections_for(self.article))

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
        self.load_quotes()
        self.view.set_analysis(analysis.sentences, analysis.entities, self.shown_quotes())
        self.view.set_annotations(self.view.annotations, self.view.label_slots, self.shown_states())
        self.tell_changed_quotes()
        self._refresh_header()
        self._refresh_panel()

    def reload_store(self) -> None:
        """Re-read notes, quote checks and tags from the store."""
        store = self.app.store
        with self.app.saving():
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
        names = self.analysis.title_entities if self.analysis is not None else ()
        header = header_content(self.article, tags, self.size.width, names, self._style_of, self.title_name)
        self.query_one("#article-header", Static).update(header)

    def _panel_text_width(self) -> int:
        shown = self.query_one("#panel-content", Static).size.width
        if shown:
            return shown
        width = self.query_one("#panel").styles.width
        return int(width.value) - 4 if width is not None and width.is_cells else PANEL_TEXT_WIDTH

    def _refresh_panel(self) -> None:
        width = self._panel_text_width()
        content = panel_content(
            self.app.store.tags(self.article.id),
            self.annotations,
            replace(self.analysis, quotes=self.panel_quotes()) if self.analysis is not None else None,
            self.shown_states(),
            self._style_of,
            self._note_style,
            self.labels,
            meta_tags=self.article.meta_tags,
            width=width,
            selected=self.selected_orphan,
            changed={(n.start, n.end): n.checked_as() for n in self.changed_quotes()},
            by_hand=frozenset(span for span, n in self.quote_view.items() if n.speaker_by_hand),
        )
        from reader.tui.screens.who_panel import with_provenance  # where the quotes were reported too

        content = with_provenance(self, content)
        self.query_one("#panel-content", Static).update(content)
        if self.selected_orphan is not None:  # bring the picked orphan (and its heading, if it fits) into view
            lines = [line.plain for line in content.wrap(width)]
            row = next((n for n, line in enumerate(lines) if line.startswith("▶ ")), None)
            heading = next((n for n, line in enumerate(lines) if line.startswith("Orphaned notes (")), 0)
            if row is not None:
                panel = self.query_one("#panel", VerticalScroll)
                room = max(1, panel.size.height - 4)
                panel.scroll_to(y=heading if row - heading < room else row - 1, animate=False)
        self._refresh_status()

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

    def _refresh_status(self) -> None:
        name = self.title_name
        if name is not None:
            names = self.title_names
            self.query_one("#article-status", Static).update(headline_status(name, names.index(name) + 1, len(names)))
            return
        orphan = self.orphan
        if orphan is not None:
            orphans = self.orphans
            content = orphan_status(orphan, orphans.index(orphan) + 1, len(orphans))
            self.query_one("#article-status", Static).update(content)
            return
        view = self.view
        offset = view.cursor[0]
        quote = self.quote_at(offset)
        state = self.quote_states.get((quote.start, quote.end)) if quote else None
        content = status_content(
            view.cursor, view.selection, self.entity_at(offset), quote, state, self.notes_at(offset), view.text,
            quote_note=self.quote_note_at(offset),
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

    # -- note navigation -----------------------------------------------------
    def action_note(self, step: int) -> None:
        """Jump to the next/previous note; past the last placed one, step through the orphaned notes."""
        orphans = self.orphans
        current = self.orphan
        if current is not None:
            index = orphans.index(current) + step
            if 0 <= index < len(orphans):
                self._select_orphan(orphans[index])
            elif index < 0:
                self._select_orphan(None)
                if self.view.annotations:
                    last = self.view.annotations[-1].anchor
                    self.view.move_to((last.start, last.end))
                else:
                    self.app.say("No notes before this one", timeout=2)
            else:
                self.app.bell()
                self.app.say("That was the last note ([ goes back)", timeout=2)
            return
        if self.view.step_annotation(step):
            return
        if step > 0 and orphans:
            self._select_orphan(orphans[0])
            return
        self.app.bell()
        self.app.say("No more notes after this one" if step > 0 else "No notes before this one", timeout=2)

    def _select_orphan(self, annotation: Annotation | None) -> None:
        self.selected_orphan = annotation.id if annotation else None
        # A cursor message still queued from before (keys typed fast) must not let it go again.
        self._orphan_picked_at = (self.view.cursor, self.view.selection)
        self._refresh_panel()
        self._footer_selecting = self._has_selection()
        self.refresh_bindings()

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

    def _has_selection(self) -> bool:
        try:
            return self.selected_orphan is not None or self.picked_title is not None or self.view.selection is not None
        except Exception:  # not composed yet
            return False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape is "Deselect" while something is selected, else "Back" (one of the two shows)."""
        if action == "deselect":
            return self._has_selection()
        if action == "back":
            return not self._has_selection()
        return True

    def action_deselect(self) -> None:
        """Let go of the selection (or the picked orphaned note)."""
        self.action_back()

    def action_leave(self) -> None:
        """Back to the library (or the session the article was opened from), selection or not."""
        self.app.pop_screen()

    def action_back(self) -> None:
        """Let go of a picked orphaned note or headline name, clear the selection, or go back to the library."""
        if self.picked_title is not None:
            self._pick_title(None)
            return
        if self.selected_orphan is not None:
            self._select_orphan(None)
            return
        if self.view.clear_selection():
            return
        self.app.pop_screen()
