"""CSV export: one row per annotation and per checked quote, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re

from reader.export.items import ArticleNotes, QuoteNote
from reader.textsafe import path_field, visible

COLUMNS = (
    "article_id", "title", "date", "source", "tags", "label", "note", "exact",
    "start", "end", "status", "created", "updated", "kind", "speaker",
    "role", "affiliation", "speaker_set_by_hand", "quote_state", "byline", "link",
    "checked_text", "checked_speaker", "url",
)
# The first columns of every notes export so far: an earlier export starts with them.
FIRST_COLUMNS = COLUMNS[:15]
# The quote sheet: one row per quote.
QUOTE_COLUMNS = (
    "article_id", "title", "date", "source", "byline", "link", "quote", "speaker", "role",
    "affiliation", "speaker_set_by_hand", "state", "checked_text", "checked_speaker", "start", "end", "kind",
    "url",
)
# The columns of every quote sheet so far (``url`` came last, review27).
QUOTE_FIRST_COLUMNS = QUOTE_COLUMNS[:17]


def csv_export_header(line: str) -> bool:
    """Whether ``line`` is the header of a CSV export reader wrote, now or before: the notes' or the
    quote sheet's columns, as many as every such export had and then only ours, in our order. A
    sheet a reporter added a column of their own to ("comment") is theirs: ``-o`` never writes over it."""
    names = tuple(line.strip().split(","))
    return any(len(names) >= len(first) and names == every[: len(names)]
               for first, every in ((FIRST_COLUMNS, COLUMNS), (QUOTE_FIRST_COLUMNS, QUOTE_COLUMNS)))


# ``link`` is the path as a person reads it: a control character in a file name is shown (␛), never
# written, so the CSV is safe to print; ``url`` is the file:// URL, %-encoded, from which a tool
# gets the exact path (urllib.parse.unquote, or unquote_to_bytes for a name that is not UTF-8).


# First characters a spreadsheet may run as a formula, full-width forms included.
_FORMULA = re.compile(r"[=@+\-\uff1d\uff0b\uff0d\uff20]")
# What a spreadsheet skips before it: whitespace, and control characters it may drop on import.
_LEADING = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]*")


def csv_cell(value: object) -> str:
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


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def _quote_cells(quote: QuoteNote | None) -> tuple:
    if quote is None:
        return ("", "", "", "", "")
    return (quote.speaker or "", quote.role, quote.affiliation, _yes(quote.speaker_by_hand), quote.shown_state)


def _checked_cells(quote: QuoteNote | None) -> tuple:
    """What a check was given for (wording, speaker): a changed quote's old wording, in full."""
    if quote is None or quote.checked_text is None:
        return ("", "")
    return (quote.checked_text, quote.checked_speaker or "")


def to_csv(items: list[ArticleNotes], options=None) -> str:
    """The CSV export with a header row (the quote sheet: one row per quote)."""
    if options is not None and options.quotes:
        return _sheet(items)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in items:
        article = item.article
        link = path_field(item.link or article.path)  # a line break in a file name shown (␊), as `reader list` does
        for ann in item.annotations:
            quote_of = item.quote_of(ann)
            speaker, role, affiliation, by_hand, state = _quote_cells(quote_of)
            row = (
                article.id, article.title, article.date, article.source, ";".join(item.tags),
                ann.label, ann.note, ann.anchor.exact, ann.anchor.start, ann.anchor.end,
                ann.status.value, ann.created, ann.updated, "note", speaker,
                role, affiliation, by_hand, state, article.byline, link, *_checked_cells(quote_of), item.url,
            )
            writer.writerow([csv_cell(value) for value in row])
        for quote in item.checked_quotes:
            speaker, role, affiliation, by_hand, state = _quote_cells(quote)
            row = (
                article.id, article.title, article.date, article.source, ";".join(item.tags),
                "", "", quote.text, _pos(quote.start), _pos(quote.end), state, "", "", "quote check", speaker,
                role, affiliation, by_hand, state, article.byline, link, *_checked_cells(quote), item.url,
            )
            writer.writerow([csv_cell(value) for value in row])
        if not item.annotations and not item.checked_quotes:  # tags only: the article is listed
            row = (article.id, article.title, article.date, article.source, ";".join(item.tags),
                   "", "", "", "", "", "", "", "", "article", "", "", "", "", "", article.byline, link, "", "", item.url)
            writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue()


def _pos(value: int) -> object:
    return value if value >= 0 else ""


def _sheet(items: list[ArticleNotes]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(QUOTE_COLUMNS)
    for item in items:
        article = item.article
        for quote in item.quotes:
            row = (
                article.id, article.title, article.date, article.source, article.byline, path_field(item.link or article.path),
                quote.text, quote.speaker or "", quote.role, quote.affiliation, _yes(quote.speaker_by_hand),
                quote.shown_state, quote.checked_text or "", quote.checked_speaker or "",
                _pos(quote.start), _pos(quote.end), quote.kind, item.url,
            )
            writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue()
