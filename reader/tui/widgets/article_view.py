"""The reading view: wrapped article text with highlights, a cursor and a selection (Line API)."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from rich.cells import cell_len
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView

from reader.model import Annotation, Entity, Quote, QuoteState
from reader.textsafe import one_line
from reader.tui.widgets.layout import GAP, Layout, layout_text
from reader.tui.widgets.marks import build_codes
from reader.tui.widgets.article_keys import MotionActions
from reader.tui.widgets.article_mouse import MouseSelection
from reader.tui.widgets.article_paint import GUTTER, PaintMixin
from reader.tui.widgets.motions import Motions, Span

HAND_MARK = " · set by hand"  # after a speaker set by hand in the label above its quotes
NO_SPEAKER_LABEL = "no speaker (w sets one)"  # above a quote the analysis found no speaker for

MAX_TEXT_WIDTH = 76


class ArticleView(MouseSelection, MotionActions, PaintMixin, ScrollView, can_focus=True):
    """Article body with entity, quote and annotation highlights; keyboard cursor and selection."""

    BINDINGS = [
        Binding("right", "word(1)", "Next word", show=False, id="view.word_next"),
        Binding("left", "word(-1)", "Previous word", show=False, id="view.word_prev"),
        Binding("down", "row(1)", "Line down", show=False, id="view.row_down"),
        Binding("up", "row(-1)", "Line up", show=False, id="view.row_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="view.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="view.page_up"),
        Binding("home", "edge(-1)", "Start of article", show=False, id="view.home"),
        Binding("end", "edge(1)", "End of article", show=False, id="view.end"),
        Binding("right_parenthesis", "unit(1, 'sentence')", "Next sentence", show=False, id="view.sentence_next"),
        Binding("left_parenthesis", "unit(-1, 'sentence')", "Previous sentence", show=False, id="view.sentence_prev"),
        Binding("right_curly_bracket", "unit(1, 'paragraph')", "Next paragraph", show=False, id="view.paragraph_next"),
        Binding("left_curly_bracket", "unit(-1, 'paragraph')", "Previous paragraph", show=False, id="view.paragraph_prev"),
        Binding("n", "item(1)", "Next item", tooltip="Next entity or quote", id="view.item_next"),
        Binding("N", "item(-1)", "Previous entity/quote", show=False, tooltip="Previous entity or quote", id="view.item_prev"),
        Binding("v", "toggle_selection", "Select", show=False, tooltip="Select: start/stop a selection the motions extend", id="view.select"),
        Binding("s", "select('sentence')", "Sentence", show=False, tooltip="Select the sentence", id="view.select_sentence"),
        Binding("p", "select('paragraph')", "Paragraph", show=False, tooltip="Select the paragraph", id="view.select_paragraph"),
        Binding("o", "select_item", "Select entity/quote", show=False, id="view.select_item"),
    ]

    COMPONENT_CLASSES = {
        "article-view--text",
        "article-view--per",
        "article-view--org",
        "article-view--loc",
        "article-view--misc",
        "article-view--date",
        "article-view--num",
        "article-view--quote",
        "article-view--speaker",
        "article-view--verified",
        "article-view--contested",
        "article-view--cursor",
        "article-view--selection",
        "article-view--gutter",
        "article-view--speaker-label",
        *{f"article-view--note-{slot}" for slot in range(1, 11)},
    }

    class PastStart(Message):
        """N was pressed before the first entity or quote of the text."""

        def __init__(self, view: "ArticleView") -> None:
            super().__init__()
            self.view = view

    class CursorMoved(Message):
        """The cursor or selection changed."""

        def __init__(self, view: "ArticleView") -> None:
            super().__init__()
            self.view = view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.paragraphs: tuple[Span, ...] = ()
        self.entities: tuple[Entity, ...] = ()
        self.quotes: tuple[Quote, ...] = ()
        self.annotations: tuple[Annotation, ...] = ()
        self.quote_states: dict[Span, QuoteState] = {}
        self.label_slots: dict[str, int] = {}
        self.motions = Motions("", (), ())
        self.cursor: Span = (0, 0)
        self.selection_anchor: Span | None = None
        self._codes: list[int] = []
        self._layout = Layout((), (), ())
        self._layout_width = 0
        self._style_cache: dict[tuple[int, int], Style] = {}
        self._speaker_rows: dict[int, str] = {}
        self.roles: dict[str, str] = {}  # speaker -> role as written ("the union's president")
        self._drag_origin: Span | None = None

    # -- data ----------------------------------------------------------------
    def set_document(self, text: str, paragraphs: tuple[Span, ...], sentences: Sequence[Span] = ()) -> None:
        """Show a new article body; the cursor goes to its first word."""
        self.text = text
        self.paragraphs = paragraphs or ((0, len(text)),)
        self.motions = Motions(text, sentences, self.paragraphs)
        self.cursor = self.motions.words[0]
        self.selection_anchor = None
        if self.size.width:
            self._relayout(force=True)
        else:  # not laid out yet: the first resize wraps the text at the real width
            self._layout_width = 0
        self._rebuild_codes()
        self.scroll_to(y=0, animate=False)
        self._changed()

    def set_analysis(self, sentences: Sequence[Span], entities: Sequence[Entity], quotes: Sequence[Quote]) -> None:
        """Apply the analysis of the current text (sentences, entities, quotes)."""
        self.motions = Motions(self.text, sentences, self.paragraphs)
        self.entities = tuple(entities)
        self.quotes = tuple(quotes)
        self._rebuild_codes()

    def set_annotations(
        self,
        annotations: Iterable[Annotation],
        label_slots: dict[str, int],
        quote_states: dict[Span, QuoteState] | None = None,
    ) -> None:
        """Show these (placed) annotations and quote verification states."""
        self.annotations = tuple(
            sorted((a for a in annotations if a.status.value != "orphaned"), key=lambda a: a.anchor.start)
        )
        self.label_slots = dict(label_slots)
        if quote_states is not None:
            self.quote_states = dict(quote_states)
        self._rebuild_codes()

    def _rebuild_codes(self) -> None:
        self._codes = build_codes(
            len(self.text), self.entities, self.quotes, self.annotations, self.label_slots, self.quote_states
        )
        self._label_speakers()
        self.refresh()

    def _label_speakers(self) -> None:
        """Name the speakers of a paragraph's quotes in the blank row above it."""
        rows = self._layout.rows
        labels: dict[int, dict[str, Quote]] = {}
        for quote in self.quotes:
            if not rows:
                break
            row = self._layout.row_of(quote.start)
            while row > 0 and rows[row - 1] != GAP:
                row -= 1
            if row > 0:  # a quote found with nobody to say it: the reporter sees it is unattributed
                labels.setdefault(row - 1, {}).setdefault(quote.speaker or NO_SPEAKER_LABEL, quote)
        self._speaker_rows = {}
        for row, names in labels.items():
            named = [(n, q) for n, q in names.items() if n != NO_SPEAKER_LABEL]
            shown = [self._speaker_label(n, len(named), q) for n, q in named]
            self._speaker_rows[row] = " · ".join(shown + [NO_SPEAKER_LABEL] * (len(named) < len(names)))

    def _speaker_label(self, name: str, others: int, quote: Quote | None = None) -> str:
        """A speaker's name, with the role and organisation the article gives them when one speaker is
        labelled: those of the paragraph's ``quote`` (the two from one place: a person whose role
        changes is never given one role with the other's organisation; a speaker set by hand carries
        that person's, shown_quotes, never the replaced speaker's), else the role written with a
        mention; a long name is cut, never the "set by hand" mark after it."""
        name, mark = (name[: -len(HAND_MARK)], HAND_MARK) if name.endswith(HAND_MARK) else (name, "")
        if others != 1:
            role = org = ""
        elif quote is not None and (quote.role or quote.affiliation or mark):
            # a found speaker with no role in this quote takes the role stated with their name, as
            # the exports and `reader quotes` do ("Lars Bendixen, fritidsudvalgets formand, DF",
            # not "Lars Bendixen, DF"; review32); one set by hand keeps the quote's (role_near)
            role, org = quote.role or ("" if mark else self.roles.get(name, "")), quote.affiliation or ""
        elif mark:
            role = org = ""
        else:
            role = self.roles.get(name, "")
            org = next((q.affiliation for q in self.quotes if q.speaker == name and q.affiliation), "")
        if org and not _named_in(org, role):
            role = f"{role}, {org}" if role else org  # "Maja Rindom, pressechef, Vestkraft"
        return one_line(f"{name}, {role}" if role else name, 64 if role else 40) + mark

    # -- geometry ------------------------------------------------------------
    def text_width(self) -> int:
        """Columns for the text itself: a readable measure, never wider than the view."""
        return max(10, min(MAX_TEXT_WIDTH, self.size.width - GUTTER - 1))

    def _relayout(self, force: bool = False) -> bool:
        """Re-wrap the text if the width changed (or ``force``); True if it did."""
        width = self.text_width()
        if not force and width == self._layout_width:
            return False
        self._layout_width = width
        # A blank row above the first paragraph too (the view has no top padding): a quote there
        # gets its "◆ speaker" line like any other (polish30).
        self._layout = layout_text(self.text, self.paragraphs, width, top_gap=True)
        self._label_speakers()
        self.virtual_size = Size(self.size.width, len(self._layout.rows) + 1)
        self.refresh()
        return True

    def on_mount(self) -> None:
        """Also re-wrap after every layout of the screen: a layout that coincides with a scroll
        elsewhere (the side panel) resizes this view without sending it a Resize event."""
        self.screen.screen_layout_refresh_signal.subscribe(self, self._after_layout)

    def _after_layout(self, screen) -> None:
        if self.size.width and self._relayout():
            self._scroll_to_cursor()

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width and keep the cursor in view (once the new height of the
        content is known: scrolling before that is cut back to the old, smaller height)."""
        self._relayout()
        self._scroll_to_cursor()
        self.call_after_refresh(self._scroll_to_cursor)

    def offset_at(self, x: int, y: int) -> int | None:
        """The character offset shown at widget cell ``(x, y)``, if any."""
        row_index = y + int(self.scroll_offset.y)
        if not 0 <= row_index < len(self._layout.rows):
            return None
        start, end = self._layout.rows[row_index]
        if (start, end) == GAP:
            return None
        column = x - GUTTER
        if column < 0:
            return start
        used = 0
        for index in range(start, end):
            used += cell_len(self.text[index])
            if used > column:
                return index
        return max(start, end - 1)

    # -- cursor and selection ------------------------------------------------
    @property
    def selection(self) -> Span | None:
        """The selected span while selecting, else None."""
        if self.selection_anchor is None:
            return None
        return (min(self.selection_anchor[0], self.cursor[0]), max(self.selection_anchor[1], self.cursor[1]))

    @property
    def target(self) -> Span:
        """What a command acts on: the selection, else the cursor's word or item."""
        return self.selection or self.cursor

    def move_to(self, span: Span) -> None:
        """Put the cursor on ``span`` (the selection, if any, extends to it)."""
        self.cursor = span
        self._scroll_to_cursor()
        self._changed()

    def select_span(self, span: Span) -> None:
        """Select exactly ``span``; motions then extend it either way and never drop it."""
        self.selection_anchor = span
        self.cursor = span
        self._scroll_to_cursor()
        self._changed()

    def clear_selection(self) -> bool:
        """Stop selecting; True if there was a selection."""
        had = self.selection_anchor is not None
        self.selection_anchor = None
        if had:
            self._changed()
        return had

    def _changed(self) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self))

    def _scroll_to_cursor(self) -> None:
        if not self._layout.rows or self.size.height == 0:
            return
        row = self._layout.row_of(self.cursor[0])
        top = int(self.scroll_offset.y)
        height = self.size.height
        margin = min(3, height // 4)
        if row < top + margin:
            self.scroll_to(y=max(0, row - margin), animate=False)
        elif row >= top + height - margin:
            self.scroll_to(y=row - height + margin + 1, animate=False)

    def item_spans(self) -> list[Span]:
        """Entities and quotes, sorted, as jump targets."""
        spans = {(e.start, e.end) for e in self.entities} | {(q.start, q.end) for q in self.quotes}
        return sorted(spans)


def _named_in(org: str, role: str) -> bool:
    """Whether the role already names the organisation, from a word's start ("pressechef hos
    Vestkraft", "Vestkrafts pressechef"); a party's letter is not named by the letters of a word
    ("S" and "borgmester": the label dropped the party; lead, stop 42)."""
    key = org.lower()
    stem = key[:-1] if len(key) > 3 and key.endswith("s") else key
    return re.search(rf"(?<!\w){re.escape(stem)}", role.lower()) is not None
