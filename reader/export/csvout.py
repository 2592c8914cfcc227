"""CSV export: one row per annotation and per checked quote, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re

from reader.export.items import ArticleNotes
from reader.model import QuoteState
from reader.textsafe import visible

COLUMNS = (
    "article_id", "title", "date", "source", "tags", "label", "note", "exact",
    "start", "end", "status", "created", "updated", "kind", "speaker",
)


_FORMULA = re.compile(r"[=@+\-\t\r\uff1d\uff0b\uff0d\uff20]")


def _cell(value: object) -> str:
    """A cell value with control characters made visible; every text a spreadsheet could run as a
    formula (first character = + - @, tab or carriage return, or their full-width forms) gets an
    apostrophe in front, a Danish dash quote ("- Vi har") too: "+cmd|..." and "-A1+A2" are
    formulas, and telling them apart from prose is not worth the risk."""
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
                ann.status.value, ann.created, ann.updated, "note", "",
            )
            writer.writerow([_cell(value) for value in row])
        for quote in item.quotes:
            if quote.state is QuoteState.UNVERIFIED:
                continue
            row = (
                article.id, article.title, article.date, article.source, ";".join(item.tags),
                "", "", quote.text, "", "", quote.state.value, "", "", "quote check", quote.speaker or "",
            )
            writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()
