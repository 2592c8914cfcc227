"""Drawing the reading view: one Strip per visual row (gutter marks, highlights, speaker rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.tui.widgets.layout import GAP
from reader.tui.widgets.marks import ANN_SHIFT, ENTITY_CLASSES, QUOTE, SPEAKER, STATE_SHIFT

if TYPE_CHECKING:
    from reader.tui.widgets.article_view import ArticleView

GUTTER = 3


class PaintMixin:
    """The Line API half of ArticleView: styles from component classes, rows to strips."""

    def notify_style_update(self: "ArticleView") -> None:
        """Theme or CSS changed: rebuild styles."""
        super().notify_style_update()
        self._style_cache.clear()

    def _style(self: "ArticleView", code: int, flags: int) -> Style:
        key = (code, flags)
        style = self._style_cache.get(key)
        if style is not None:
            return style
        get = self.get_component_rich_style
        style = get("article-view--text")
        if code & QUOTE:
            style += get("article-view--quote", partial=True)
        slot = (code >> ANN_SHIFT) & 0b1111
        label = code & 0b111
        if label:
            style += get(ENTITY_CLASSES[label], partial=True)
        if slot:
            # On a note's background the note's own text colour wins (an entity colour there fell
            # under 4.5:1 in nine themes); the name stays marked, in bold.
            style += get(f"article-view--note-{slot}", partial=True)
            if label:
                style += Style(bold=True)
        if code & SPEAKER:
            style += get("article-view--speaker", partial=True)
        if flags & 1:
            style += get("article-view--selection", partial=True)
        if flags & 2:
            style += get("article-view--cursor", partial=True)
        self._style_cache[key] = style
        return style

    def _gutter(self: "ArticleView", start: int, end: int) -> list[Segment]:
        codes = self._codes[start:end] if end > start else [self._codes[start]] if start < len(self._codes) else []
        gutter_style = self.get_component_rich_style("article-view--gutter")
        note_slot = 0
        quote_state = -1
        for code in codes:
            slot = (code >> ANN_SHIFT) & 0b1111
            if slot and not note_slot:
                note_slot = slot
            if code & QUOTE and quote_state < 0:
                quote_state = (code >> STATE_SHIFT) & 0b11
        cells = []
        if note_slot:
            cells.append(Segment("▌", self.get_component_rich_style(f"article-view--note-{note_slot}")))
        else:
            cells.append(Segment(" ", gutter_style))
        if quote_state >= 0:
            name = ("article-view--quote", "article-view--verified", "article-view--contested")[min(quote_state, 2)]
            mark = ("┃", "✓", "✗")[min(quote_state, 2)]
            cells.append(Segment(mark, gutter_style + self.get_component_rich_style(name, partial=True)))
        else:
            cells.append(Segment(" ", gutter_style))
        cells.append(Segment(" ", gutter_style))
        return cells

    def render_line(self: "ArticleView", y: int) -> Strip:
        """One visual row: gutter marks, the text with its highlights, the speaker label."""
        width = self.size.width
        base = self.get_component_rich_style("article-view--text")
        row_index = y + int(self.scroll_offset.y)
        rows = self._layout.rows
        if not 0 <= row_index < len(rows):
            return Strip.blank(width, base)
        if rows[row_index] == GAP:
            speakers = self._speaker_rows.get(row_index)
            if not speakers:
                return Strip.blank(width, base)
            label_style = self.get_component_rich_style("article-view--speaker-label")
            shown = f"{' ' * GUTTER}◆ {speakers}"
            seen = self.scrollable_content_region.width or width  # the scroll bar hides the last column
            if cell_len(shown) > seen > GUTTER + 3:  # cut with "…", so a cut role reads as cut
                shown = set_cell_size(shown, seen - 1).rstrip() + "\u2026"
            label = Segment(shown, label_style)
            return Strip([label]).adjust_cell_length(width, base)
        start, end = rows[row_index]
        segments = self._gutter(start, end)
        selection = self.selection
        sel_start, sel_end = selection if selection else (-1, -1)
        cur_start, cur_end = self.cursor
        show_cursor = self.has_focus or selection is None
        text, codes = self.text, self._codes
        run_start = start
        run_key = None
        for index in range(start, end + 1):
            if index < end:
                flags = (1 if sel_start <= index < sel_end else 0) | (
                    2 if show_cursor and cur_start <= index < cur_end else 0
                )
                key = (codes[index], flags)
            else:
                key = None
            if key != run_key:
                if run_key is not None and index > run_start:
                    segments.append(Segment(text[run_start:index], self._style(*run_key)))
                run_start, run_key = index, key
        used = GUTTER + cell_len(text[start:end])
        strip = Strip(segments, used)
        return strip.adjust_cell_length(width, base)
