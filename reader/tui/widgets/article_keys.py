"""Keyboard motions and selection commands of the reading view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.tui.widgets.layout import GAP
from reader.tui.widgets.motions import covering, step_item

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

    def _word_at_column(self: "ArticleView", row: int, column: int) -> tuple[int, int]:
        """The word shown at ``column`` cells into text row ``row`` (or the row's last word)."""
        start, end = self._layout.rows[row]
        offset, used = start, 0
        while offset < end and used + cell_len(self.text[offset]) <= column:
            used += cell_len(self.text[offset])
            offset += 1
        offset = min(offset, max(start, end - 1))
        word = self.motions.word_at(offset)
        if word[1] <= offset and word[0] < start:
            # Before the row's first word (an opening quotation mark or dash): not the last word
            # of the row above, but the first word of this row.
            following = self.motions.first_word((start, end))
            if following is not None:
                return following
        return word

    def _move_rows(self: "ArticleView", step: int, count: int) -> None:
        """Move ``count`` text rows up (step -1) or down (step 1), keeping the column."""
        rows = self._layout.rows
        if not rows:
            return
        here = self._layout.row_of(self.cursor[0])
        column = cell_len(self.text[rows[here][0] : self.cursor[0]]) if rows[here] != GAP else 0
        # A word wider than the column spans rows: start from its last row when going down.
        row = self._layout.row_of(max(self.cursor[0], self.cursor[1] - 1)) if step > 0 else here
        moved, best = 0, None
        while 0 <= row + step < len(rows):
            row += step
            if rows[row] == GAP:
                continue
            word = self._word_at_column(row, column)
            if word == self.cursor:
                continue
            best, moved = word, moved + 1
            if moved >= count:
                break
        if best is None:
            self.app.bell()
            return
        self.move_to(best)

    def action_row(self: "ArticleView", step: int) -> None:
        """Move to the word at the same column on the row above or below."""
        self._move_rows(step, 1)

    def action_page(self: "ArticleView", step: int) -> None:
        """Move a screenful up or down."""
        self._move_rows(step, max(1, self.size.height - 2))

    def action_edge(self: "ArticleView", step: int) -> None:
        """Go to the first or last word."""
        words = self.motions.words
        self.move_to(words[-1] if step > 0 else words[0])

    def action_item(self: "ArticleView", step: int) -> None:
        """Jump to the next or previous entity or quote."""
        found = step_item(self.item_spans(), self.cursor, step)
        if found is None:
            if step < 0:  # before the first: the screen may go on into the headline's names
                self.post_message(self.PastStart(self))
            else:
                self.app.bell()
            return
        self.move_to(found)

    def step_annotation(self: "ArticleView", step: int) -> bool:
        """Jump to the next or previous (placed) annotation; False if there is none that way."""
        found = step_item(sorted({(a.anchor.start, a.anchor.end) for a in self.annotations}), self.cursor, step)
        if found is None:
            return False
        self.move_to(found)
        return True

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

