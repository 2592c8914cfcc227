"""CSV export: one row per annotation, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re

from reader.export.document import ArticleNotes
from reader.textsafe import visible

COLUMNS = (
    "article_id", "title", "date", "source", "tags", "label", "note", "exact",
    "start", "end", "status", "created", "updated",
)


_FORMULA = re.compile(r"[=@\t\r]|[+-]\s*(?:[\d(.]|[A-Za-z_.]+\s*\()")


def _cell(value: object) -> str:
    """A cell value with control characters made visible; text a spreadsheet would run as a
    formula ("=...", "@...", "+1", "-SUM(") gets an apostrophe, a dash quote ("- Vi har") does not."""
    text = visible(str(value))
    if _FORMULA.match(text):
        return "'" + text
    return text


def to_csv(items: list[ArticleNotes]) -> str:
    """The CSV export with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in items:
        article = item.article
        for ann in item.annotations:
            row = (
                article.id, article.title, article.date, article.source, ";".join(item.tags),
                ann.label, ann.note, ann.anchor.exact, ann.anchor.start, ann.anchor.end,
                ann.status.value, ann.created, ann.updated,
            )
            writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()
