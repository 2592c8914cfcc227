"""Keyboard motions and selection commands of the reading view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.tui.widgets.layout import GAP
from reader.tui.widgets.motions import covering, next_item

if TYPE_CHECKING:
    from reader.tui.widgets.article_view import ArticleView


class MotionActions:
    """The actions ArticleView's bindings call: move the cursor, start, extend and make selections."""

    def action_word(self: "ArticleView", step: int) -> None:
        """Move by words."""
        self.move_to(self.motions.word(self.cursor, step))

    def action_unit(self: "ArticleView", step: int, kind: str) -> None:
        """Move by sentences or paragraphs; while selecting forward, land on the unit's end."""
        extend_end = self.selection_anchor is not None and (
            (step > 0 and self.cursor[0] >= self.selection_anchor[0]) or (step < 0 and self.cursor[0] > self.selection_anchor[0])
        )
        self.move_to(self.motions.unit(self.cursor, step, kind, extend_end))

    def action_row(self: "ArticleView", step: int) -> None:
        """Move to the word at the same column on the row above or below."""
        rows = self._layout.rows
        if not rows:
            return
        row = self._layout.row_of(self.cursor[0])
        column = cell_len(self.text[rows[row][0] : self.cursor[0]]) if rows[row] != GAP else 0
        target = row + step
        while 0 <= target < len(rows) and rows[target] == GAP:
            target += step
        if not 0 <= target < len(rows):
            return
        start, end = rows[target]
        offset, used = start, 0
        while offset < end and used + cell_len(self.text[offset]) <= column:
            used += cell_len(self.text[offset])
            offset += 1
        self.move_to(self.motions.word_at(min(offset, max(start, end - 1))))

    def action_page(self: "ArticleView", step: int) -> None:
        """Move a screenful up or down."""
        for _ in range(max(1, self.size.height - 2)):
            before = self.cursor
            self.action_row(step)
            if self.cursor == before:
                break

    def action_edge(self: "ArticleView", step: int) -> None:
        """Go to the first or last word."""
        words = self.motions.words
        self.move_to(words[-1] if step > 0 else words[0])

    def action_item(self: "ArticleView", step: int) -> None:
        """Jump to the next or previous entity or quote."""
        found = next_item(self.item_spans(), self.cursor, step)
        if found is None:
            self.app.bell()
            return
        self.move_to(found)

    def action_annotation(self: "ArticleView", step: int) -> None:
        """Jump to the next or previous annotation."""
        spans = sorted((a.anchor.start, a.anchor.end) for a in self.annotations)
        found = next_item(spans, self.cursor, step)
        if found is None:
            self.app.bell()
            return
        self.move_to(found)

    def action_toggle_selection(self: "ArticleView") -> None:
        """Start a selection at the cursor, or stop selecting."""
        if self.selection_anchor is None:
            self.selection_anchor = self.cursor
            self._changed()
        else:
            self.clear_selection()

    def action_select(self: "ArticleView", kind: str) -> None:
        """Select the sentence or paragraph under the cursor."""
        if kind == "sentence":
            span = self.motions.sentence_at(self.cursor[0])
        else:
            span = self.motions.paragraph_at(self.cursor[0])
        self.select_span(span)

    def action_select_item(self: "ArticleView") -> None:
        """Select the entity or quote under the cursor."""
        span = covering(self.item_spans(), self.cursor[0])
        if span is None:
            self.app.bell()
            return
        self.select_span(span)

