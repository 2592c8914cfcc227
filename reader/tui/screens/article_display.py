"""The article screen's display: the side panel, the header, panel and status lines, what lies under
the cursor, and moving between notes (a part of ArticleScreen, kept apart by subject)."""

from __future__ import annotations

from dataclasses import replace

from textual.containers import VerticalScroll
from textual.style import Style
from textual.widgets import Static

from reader.model import Annotation, AnchorStatus, Entity, Quote
from reader.tui.panel import panel_content
from reader.tui.render import (
    PANEL_TEXT_WIDTH, header_content, headline_status, orphan_status, status_content,
)
from reader.tui.widgets.marks import annotation_slot
from reader.tui.wording import changed_lines

# The side panel: 38 columns from this screen width, 32 below it; hidden (\ shows it) below
# PANEL_AUTO, where the text column would get narrower than about 50 columns.
PANEL_WIDE = 110
PANEL_AUTO = 90
# From PANEL_ROOMY columns the panel grows with the screen, up to PANEL_MAX (notes need room).
PANEL_ROOMY = 130
PANEL_MAX = 64
VIEW_WIDTH = 84  # the article view's width there: the text's 76 columns, its margin and scrollbar


class ArticleDisplay:  # no @on handlers here: Textual collects those only from Screen classes
    """Mixin for ArticleScreen: what the screen shows around the text, and where the cursor is."""

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


    # -- rendering -----------------------------------------------------------
    def _style_of(self, name: str) -> Style:
        rich_style = self.view.get_component_rich_style(f"article-view--{name.lower()}", partial=True)
        return Style.from_rich_style(rich_style)

    def _note_style(self, label: str) -> Style:
        slots = {name: index for index, name in enumerate(self.labels, 1)}
        slot = annotation_slot(label, slots)
        # As the margin draws it (the note's background, its text colour): the note colour alone as
        # a glyph on the panel was near invisible (navy on black, pastel on white).
        return Style.from_rich_style(self.view.get_component_rich_style(f"article-view--note-{slot}", partial=True))

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
            changed={(n.start, n.end): changed_lines(n, 90) for n in self.changed_quotes()},
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

    def _refresh_status(self) -> None:
        name = self.title_name
        if name is not None:
            names = self.title_names
            status = self.query_one("#article-status", Static)
            status.update(headline_status(name, names.index(name) + 1, len(names), status.content_size.width or 78))
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
        status = self.query_one("#article-status", Static)
        content = status_content(
            view.cursor, view.selection, self.entity_at(offset), quote, state, self.notes_at(offset), view.text,
            quote_note=self.quote_note_at(offset), width=status.content_size.width or 78,
        )
        status.update(content)

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
        """Placed annotations covering ``offset``: first the one the cursor stands on exactly (``]``
        puts it on a note's whole span), then the innermost (a note on a name inside a noted
        sentence stays within reach), the most recent first among equals."""
        found = [
            a for a in self.annotations
            if a.status is not AnchorStatus.ORPHANED and a.anchor.start <= offset < max(a.anchor.end, a.anchor.start + 1)
        ]
        cursor = tuple(self.view.cursor)
        found.sort(key=lambda a: a.created, reverse=True)
        found.sort(key=lambda a: ((a.anchor.start, a.anchor.end) != cursor, a.anchor.end - a.anchor.start))
        return found

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
