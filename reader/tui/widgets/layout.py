"""Word wrapping of an article body into visual rows that keep character offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+")
GAP = (-1, -1)


@dataclass(frozen=True)
class Layout:
    """Rows of ``[start, end)`` offsets (``GAP`` for the blank row between paragraphs)."""

    rows: tuple[tuple[int, int], ...]
    text_rows: tuple[int, ...]  # indexes into rows of the non-gap rows, in order
    row_starts: tuple[int, ...]  # start offset of each text row (parallel to text_rows)

    def row_of(self, offset: int) -> int:
        """The row index showing character ``offset`` (or the nearest row before it)."""
        if not self.text_rows:
            return 0
        index = max(0, bisect_right(self.row_starts, offset) - 1)
        return self.text_rows[index]


def _split_long(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Hard-split one over-long token into pieces of at most ``width`` cells."""
    pieces = []
    piece_start = start
    used = 0
    for index in range(start, end):
        w = cell_len(text[index])
        if used + w > width and index > piece_start:
            pieces.append((piece_start, index))
            piece_start, used = index, 0
        used += w
    pieces.append((piece_start, end))
    return pieces


def wrap_block(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Wrap ``text[start:end]`` (one line of a paragraph) at ``width`` cells."""
    rows: list[tuple[int, int]] = []
    row_start = -1
    row_end = start
    used = 0
    for match in _TOKEN.finditer(text, start, end):
        t_start, t_end = match.span()
        token = match.group()
        w = len(token) if token.isascii() else cell_len(token)
        if row_start >= 0:
            spaces = text[row_end:t_start]
            gap = len(spaces) if spaces.isascii() else cell_len(spaces)  # e.g. U+3000 is two cells
            if used + gap + w <= width:
                row_end = t_end
                used += gap + w
                continue
            rows.append((row_start, row_end))
        if w > width:  # a token wider than the column is cut into column-wide pieces
            pieces = _split_long(text, t_start, t_end, width)
            rows.extend(pieces[:-1])
            row_start, row_end = pieces[-1]
            used = cell_len(text[row_start:row_end])
        else:
            row_start, row_end, used = t_start, t_end, w
    if row_start >= 0:
        rows.append((row_start, row_end))
    return rows


def layout_text(text: str, paragraphs: tuple[tuple[int, int], ...], width: int, top_gap: bool = False) -> Layout:
    """Rows for ``paragraphs`` of ``text`` wrapped at ``width``, a blank row between paragraphs
    (``top_gap``: one before the first too, where the reading view names its quotes' speakers)."""
    width = max(8, width)
    rows: list[tuple[int, int]] = [GAP] if top_gap else []
    for number, (p_start, p_end) in enumerate(paragraphs):
        if number:
            rows.append(GAP)
        line_start = p_start
        while line_start <= p_end:
            newline = text.find("\n", line_start, p_end)
            line_end = p_end if newline < 0 else newline
            block = wrap_block(text, line_start, line_end, width)
            rows.extend(block or [(line_start, line_start)])
            line_start = line_end + 1
    text_rows = tuple(i for i, row in enumerate(rows) if row != GAP)
    return Layout(tuple(rows), text_rows, tuple(rows[i][0] for i in text_rows))
