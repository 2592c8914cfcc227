"""JSON export for tools."""

from __future__ import annotations

import json

from reader.export.items import ArticleNotes
from reader.model import EXPORTED_BY
from reader.textsafe import path_record, visible


def article_record(item: ArticleNotes) -> dict:
    """One article's export record as plain JSON data."""
    article = item.article
    return {
        "id": article.id,
        **path_record(article.path),  # "path_bytes" too when the name is not UTF-8
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "dateline": article.dateline,
        "language": article.language,
        "tags": list(item.tags),
        "annotations": [
            {
                "id": ann.id,
                "article_id": article.id,
                "label": ann.label,
                "note": ann.note,
                "exact": ann.anchor.exact,
                "prefix": ann.anchor.prefix,
                "suffix": ann.anchor.suffix,
                "start": ann.anchor.start,
                "end": ann.anchor.end,
                "status": ann.status.value,
                "created": ann.created,
                "updated": ann.updated,
            }
            for ann in item.annotations
        ],
        "quotes": [
            {"text": quote.text, "speaker": quote.speaker, "state": quote.state.value}
            for quote in item.quotes
        ],
    }


def _safe(value):
    """``value`` with control characters in every string made visible (they may come from notes)."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, list):
        return [_safe(item) for item in value]
    if isinstance(value, dict):
        return {key: _safe(item) for key, item in value.items()}
    return value


# Tells a library scan that this file is an export of notes, not a file of articles.
def to_json(items: list[ArticleNotes]) -> str:
    """The JSON export: ``{"articles": [...]}`` with every annotation."""
    data = {"exported_by": EXPORTED_BY, "articles": [_safe(article_record(item)) for item in items]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
