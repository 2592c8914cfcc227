"""JSON export for tools."""

from __future__ import annotations

import json

from reader.export.items import ArticleNotes, QuoteNote
from reader.model import EXPORTED_BY, QuoteState
from reader.textsafe import path_record, text_for_json, visible


def quote_record(quote: QuoteNote | None) -> dict | None:
    """A quote as plain JSON data: wording, speaker (with role and affiliation), state, and
    what the state was given for."""
    if quote is None:
        return None
    return {
        "text": quote.text, "speaker": quote.speaker, "role": quote.role, "affiliation": quote.affiliation,
        "speaker_set_by_hand": quote.speaker_by_hand, "state": quote.shown_state,
        "checked": {"text": quote.checked_text, "speaker": quote.checked_speaker}
        if quote.state is not QuoteState.UNVERIFIED else None,
        "start": quote.start if quote.start >= 0 else None, "end": quote.end if quote.end >= 0 else None,
        "kind": quote.kind,
    }


def _article_fields(item: ArticleNotes) -> dict:
    article = item.article
    return {
        "id": article.id,
        **path_record(article.path),  # "path_bytes" too when the name is not UTF-8
        "link": item.link or text_for_json(article.path),
        "url": item.url,
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "byline": article.byline,
        "dateline": article.dateline,
        "language": article.language,
        "tags": list(item.tags),
    }


def article_record(item: ArticleNotes) -> dict:
    """One article's export record as plain JSON data."""
    article = item.article
    return {
        **_article_fields(item),
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
                "quote": quote_record(item.quote_of(ann)),
            }
            for ann in item.annotations
        ],
        "quotes": [quote_record(quote) for quote in item.checked_quotes],
    }


def sheet_record(item: ArticleNotes) -> dict:
    """One article's quote sheet: every quote, unverified ones included."""
    return {**_article_fields(item), "quotes": [quote_record(quote) for quote in item.quotes]}


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
def to_json(items: list[ArticleNotes], options=None) -> str:
    """The JSON export: ``{"articles": [...]}`` with every annotation (or, for the quote sheet,
    every quote: ``"sheet": "quotes"``)."""
    if options is not None and options.quotes:
        data = {"exported_by": EXPORTED_BY, "sheet": "quotes",
                "articles": [_safe(sheet_record(item)) for item in items]}
    else:
        data = {"exported_by": EXPORTED_BY, "articles": [_safe(article_record(item)) for item in items]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
