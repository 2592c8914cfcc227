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


# First characters a spreadsheet may run as a formula, full-width forms included.
_FORMULA = re.compile(r"[=@+\-\uff1d\uff0b\uff0d\uff20]")
# What a spreadsheet skips before it: whitespace, and control characters it may drop on import.
_LEADING = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]*")


def _cell(value: object) -> str:
    """A cell value with control characters made visible; every text a spreadsheet could run as a
    formula (first non-blank character = + - @, after any tabs, spaces, newlines or control
    characters, or their full-width forms) gets an apostrophe in front, a Danish dash quote
    ("- Vi har") too: "+cmd|..." and "-A1+A2" are formulas, and telling them apart from prose is
    not worth the risk. A cell starting with a tab or carriage return gets one as well."""
    raw = str(value)
    text = visible(raw)
    lead = _LEADING.match(raw).end()
    if _FORMULA.match(raw, lead) or raw[:1] in ("\t", "\r"):
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
