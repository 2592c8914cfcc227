"""What an export holds: the articles with notes, quote records and tags, and links to their files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Sequence

from reader.export import FORMATS, ArticleNotes, ExportOptions, QuoteNote, file_text, format_for_path, render
from reader.export.csvout import FIRST_COLUMNS, QUOTE_COLUMNS, QUOTE_FIRST_COLUMNS, csv_cell, csv_export_header
from reader.export.items import NO_SPEAKER
from reader.export.markdown import escape_block, escape_line
from reader.model import Analysis, Article, QuoteState, merge_tags
from reader.textsafe import plural, text_for_json
from reader.workspace.quotes import quote_notes, recorded_quotes

__all__ = ["FIRST_COLUMNS", "FORMATS", "NO_SPEAKER", "QUOTE_COLUMNS", "QUOTE_FIRST_COLUMNS", "ExportOptions", "QuoteNote", "csv_cell", "csv_export_header", "escape_block",
           "escape_line", "export_items", "export_summary", "file_link", "gone_items", "gone_notes", "file_text",
           "format_for_path", "render"]


def file_link(path: str, base: str | None) -> tuple[str, str]:
    """An article file's path relative to the folder ``base`` (the export's; None: the current
    folder) and its file:// URL; ("", "") for text that came from stdin."""
    if not path or path == "-" or path.startswith("<"):
        return "", ""
    full = os.path.abspath(path)
    try:
        relative = os.path.relpath(full, os.path.abspath(base or os.curdir))
    except ValueError:  # another drive
        relative = full
    # A name that is not valid UTF-8 is shown with U+FFFD (the URL keeps its bytes, %-encoded).
    return text_for_json(relative), Path(full).as_uri()


def export_summary(items: Sequence[ArticleNotes], quotes: bool = False) -> str:
    """What an export holds, in words, for the line that says where it went: "1 note and 3
    checked quotes from 5 articles" (a quote checked, or given a speaker by hand, is exported as
    a note is, so an export of checks alone never reads as "0 notes"); a quote whose speaker was
    set by hand but which is still unverified is counted apart ("1 speaker set by hand"), not as
    checked (review25); a quote sheet counts quotes."""
    articles = plural(len(items), "article")
    if quotes:
        return f"{plural(sum(len(item.quotes) for item in items), 'quote')} from {articles}"
    notes = sum(len(item.annotations) for item in items)
    recorded = [quote for item in items for quote in item.checked_quotes]
    written = sum(1 for item in items if item.annotations or item.checked_quotes)
    if items and not written:  # tagged articles only: not "0 notes from 12 articles" (review30)
        return f"the tags of {articles} (no notes)"
    if written < len(items):  # "2 notes from 2 articles" read as a note on each
        articles = f"{plural(written, 'article')} and the tags of {len(items) - written} more"
    checks = sum(quote.state is not QuoteState.UNVERIFIED for quote in recorded)
    by_hand = len(recorded) - checks
    parts = [plural(notes, "note")] if notes or not recorded else []
    if checks:
        parts.append(plural(checks, "checked quote"))
    if by_hand:
        parts.append(plural(by_hand, "speaker set by hand", "speakers set by hand"))
    words = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"{words} from {articles}"


def export_items(
    store,
    articles: Iterable[Article],
    tags: Sequence[str] = (),
    *,
    only_annotated: bool = True,
    analysis_for: Callable[[Article], Analysis] | None = None,
    quotes: bool = False,
    base: str | None = None,
):
    """Export items for ``articles`` (those carrying every tag in ``tags``): with notes, quote
    records or tags of the journalist's own (or, for the quote sheet ``quotes``, every article
    with quotes). ``base`` is the folder the export goes to, for links back to the files."""
    wanted = {tag.casefold() for tag in tags}
    items = []
    for article in articles:
        # Attached first, as `reader list` does: a file updated under a new headline has a new id,
        # and its tags and notes follow it only once it is attached (quote records follow too).
        attached = tuple(store.attach(article))
        own_tags = store.tags(article.id)
        article_tags = merge_tags(own_tags, article.meta_tags)
        if wanted and not wanted <= {tag.casefold() for tag in article_tags}:
            continue
        annotations = () if quotes else attached
        # Every quote when there are notes: a note on an unchecked quote carries its speaker too.
        found = quote_notes(store, article, analysis_for, every=quotes or bool(annotations))
        if quotes and only_annotated and not found:
            continue
        if (not quotes and only_annotated and not annotations and not found
                and not own_tags and not (wanted and article_tags)):
            continue
        link, url = file_link(article.path, base)
        items.append(ArticleNotes(article, tuple(article_tags), annotations, found, link, url))
    return items


def _gone(path: str, exists: Callable[[str], bool]) -> bool:
    """Whether a recorded path names a file that is no longer there (text from stdin never was)."""
    return bool(path) and path != "-" and not path.startswith("<") and not exists(path)


def gone_notes(recorded: dict[str, str], note_counts: dict[str, int], roots: Sequence[str],
               exists: Callable[[str], bool] = os.path.exists) -> int:
    """How many notes are on articles recorded under one of the folders or files ``roots`` whose
    file is gone (``recorded``: the store's recorded_paths; ``note_counts``: its annotation_counts)."""
    tops = [os.path.abspath(root).rstrip(os.sep) for root in roots]
    count = 0
    for aid, notes in note_counts.items():
        path = recorded.get(aid, "")
        if any(path == top or path.startswith(top + os.sep) for top in tops) and _gone(path, exists):
            count += notes
    return count


def gone_items(store, base: str | None = None, exists: Callable[[str], bool] = os.path.exists) -> list[ArticleNotes]:
    """Export items for the articles with notes, tags or checked quotes whose file is gone (deleted,
    or moved out of every folder the reader was opened on): each note with the words it was made
    on, each quote with the wording and speaker it was checked for, and the headline and path the
    article had when it was last read, so nothing written is out of reach."""
    items = []
    for aid, path in store.recorded_paths().items():
        if not _gone(path, exists):
            continue
        annotations, tags = tuple(store.annotations(aid)), tuple(store.tags(aid))
        checked = recorded_quotes(store.quote_checks(aid))
        if not annotations and not tags and not checked:
            continue
        article = Article(id=aid, path=path, title=store.title_of(aid), body="")
        link, url = file_link(path, base)
        items.append(ArticleNotes(article, tags, annotations, checked, link, url))
    return sorted(items, key=lambda item: (item.article.title.casefold(), item.article.path))
