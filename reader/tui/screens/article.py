"""The article screen: read with highlights, select, annotate, label, tag, check quotes."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Footer, Static

from reader.model import Analysis, Annotation, AnchorStatus, Article, Entity, Quote, QuoteState
from reader.tui.app import StoreChanged
from reader.tui.render import header_content, panel_content, status_content
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.marks import annotation_slot

LABEL_KEYS = [
    Binding(str(n), f"label({n})", f"Label {n}", show=False, id=f"article.label_{n}") for n in range(1, 10)
]


class ArticleScreen(Screen):
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
    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        """Find entities and quotes without blocking the keyboard."""
        try:
            result = self.app.analysis_for(self.article)
        except Exception as error:  # the text stays readable without highlights
            message = f"Could not find names and quotes: {type(error).__name__}: {error}"
            self.app.call_from_thread(self.app.notify, message, severity="error", timeout=10)
            from reader.model import Analysis

            result = Analysis(self.article.body, self.article.language)
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

    # -- annotation actions --------------------------------------------------
    def _anchor(self, span: tuple[int, int]):
        from reader.store.anchoring import make_anchor

        return make_anchor(self.article.body, span[0], span[1])

    def _new_annotation(self, span: tuple[int, int], note: str, label: str) -> None:
        store = self.app.store
        with self.app.saving():
            store.add_annotation(self.article.id, self._anchor(span), note=note, label=label)
            self.app.notify("Note saved" if note else f"Labelled: {label}", timeout=2)
        self.view.clear_selection()
        self.reload_store()

    def action_annotate(self) -> None:
        """Write a note on the selection (or edit the note under the cursor)."""
        view = self.view
        if view.selection is None:
            existing = self.notes_at(view.cursor[0])
            if existing:
                self._edit(existing[0])
                return
        span = view.target
        if span[1] <= span[0]:
            self.app.bell()
            return
        from reader.tui.screens.note import NoteEditor

        excerpt = self.article.body[span[0] : span[1]]

        def done(result) -> None:
            if result is not None:
                self._new_annotation(span, result.note, result.label)

        self.app.push_screen(NoteEditor(excerpt, self.labels), done)

    def action_edit(self) -> None:
        """Edit the note under the cursor."""
        existing = self.notes_at(self.view.cursor[0])
        if not existing:
            self.app.bell()
            return
        self._edit(existing[0])

    def _edit(self, annotation: Annotation) -> None:
        from reader.tui.screens.note import NoteEditor

        def done(result) -> None:
            if result is None or (result.note == annotation.note and result.label == annotation.label):
                return
            with self.app.saving():
                self.app.store.update_annotation(annotation.id, note=result.note, label=result.label)
                self.app.notify("Note updated", timeout=2)
            self.reload_store()

        editor = NoteEditor(annotation.anchor.exact, self.labels, annotation.note, annotation.label, "Edit note")
        self.app.push_screen(editor, done)

    def action_label(self, number: int) -> None:
        """Apply label ``number`` to the selection, or toggle it on the note under the cursor."""
        if number > len(self.labels):
            self.app.notify(f"No label {number}: configure labels in {self.app.settings.path}", severity="warning")
            return
        label = self.labels[number - 1]
        view = self.view
        existing = self.notes_at(view.cursor[0]) if view.selection is None else []
        if existing:
            target = existing[0]
            new_label = "" if target.label == label else label
            with self.app.saving():
                self.app.store.update_annotation(target.id, label=new_label)
                self.app.notify(f"Label: {new_label or '(none)'}", timeout=2)
            self.reload_store()
            return
        self._new_annotation(view.target, "", label)

    def action_delete(self) -> None:
        """Delete the note under the cursor (u undoes it)."""
        existing = self.notes_at(self.view.cursor[0])
        if not existing:
            self.app.bell()
            self.app.notify("No note under the cursor", timeout=2)
            return
        with self.app.saving():
            self.app.store.delete_annotation(existing[0].id)
            self.app.notify("Note deleted (u to undo)", timeout=3)
        self.reload_store()

    # -- quotes and entities ---------------------------------------------------
    def action_check_quote(self) -> None:
        """Cycle the quote under the cursor: unverified → verified → contested."""
        quote = self.quote_at(self.view.cursor[0])
        if quote is None:
            self.app.bell()
            self.app.notify("No quote under the cursor (n jumps to the next one)", timeout=2)
            return
        state = self.quote_states.get((quote.start, quote.end), QuoteState.UNVERIFIED).next()
        with self.app.saving():
            self.app.store.attach(self.article)
            self.app.store.set_quote_state(self.article.id, self._anchor((quote.start, quote.end)), state)
            self.app.notify(f"Quote {state.value}", timeout=2)
        self.reload_store()

    def action_retype(self) -> None:
        """Change the type of the entity under the cursor, or add the selection as an entity."""
        from reader.tui.screens.entity import EntityChooser

        view = self.view
        if view.selection is not None:
            text = view.text[view.selection[0] : view.selection[1]].strip()
            current = None
        else:
            entity = self.entity_at(view.cursor[0])
            if entity is None:
                self.app.bell()
                self.app.notify("No entity here: select text (v) and press r to add one", timeout=3)
                return
            text, current = entity.text, entity.label
        if not text:
            return

        def done(choice) -> None:
            if choice is None:
                return
            self._correct(text, choice)

        self.app.push_screen(EntityChooser(text, current), done)

    def action_remove_entity(self) -> None:
        """Mark the highlighted entity's text as never an entity."""
        entity = self.entity_at(self.view.cursor[0])
        if entity is None:
            self.app.bell()
            return
        self._correct(entity.text, "")

    def _correct(self, text: str, choice: str) -> None:
        from reader.model import EntityLabel

        label = EntityLabel(choice) if choice else None
        with self.app.saving():
            self.app.store.set_correction(text, label)
            what = label.value if label else "not an entity"
            self.app.notify(f"“{text}” is now {what} in every article", timeout=3)
        self.view.clear_selection()
        self.analyse()

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
        self.app.notify(f"Copied {words} word{'s' if words != 1 else ''} to the clipboard", timeout=2)

    def action_back(self) -> None:
        """Clear the selection, or go back to the library."""
        if self.view.clear_selection():
            return
        self.app.pop_screen()
