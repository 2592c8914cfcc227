"""Shared plumbing of the shell commands: library scanning, the store, export items."""

from __future__ import annotations

import sys
from typing import Iterable, Sequence

from reader.model import Article, LibraryScan, QuoteState
from reader.textsafe import one_line


def scan_paths(paths: Sequence[str], *, report_skipped: bool = True) -> LibraryScan:
    """Scan ``paths`` (default: the current folder); skipped files are reported on stderr."""
    from reader.library import scan

    result = scan(list(paths) or ["."])
    if report_skipped:
        for skipped in result.skipped:
            print(f"reader: skipped {one_line(skipped.path)}: {one_line(skipped.reason)}", file=sys.stderr)
    return result


def open_db(db: str | None, *, readonly: bool = False, fallback_readonly: bool = False):
    """Open the store named by ``--db``, ``$READER_DB`` or the user data directory."""
    from reader.config import resolve_db_path
    from reader.store import open_store

    return open_store(resolve_db_path(db), readonly=readonly, fallback_readonly=fallback_readonly)


def quote_notes(store, article: Article):
    """The quotes of ``article`` whose verification state was set, with text and speaker."""
    from reader.export import QuoteNote

    states = store.quote_states(article.id)
    if not states:
        return ()
    from reader.analysis import analyze

    speakers = {(q.start, q.end): q.speaker for q in analyze(article.body, article.language).quotes}
    notes = []
    for (start, end), state in sorted(states.items()):
        if state is QuoteState.UNVERIFIED:
            continue
        notes.append(QuoteNote(article.body[start:end], speakers.get((start, end)), state))
    return tuple(notes)


def export_items(store, articles: Iterable[Article], tags: Sequence[str] = (), *, only_annotated: bool = True):
    """Export items for ``articles`` (those carrying every tag in ``tags``)."""
    from reader.export import ArticleNotes

    wanted = {tag.casefold() for tag in tags}
    items = []
    for article in articles:
        article_tags = store.tags(article.id)
        if wanted and not wanted <= {tag.casefold() for tag in article_tags}:
            continue
        annotations = tuple(store.attach(article))
        quotes = quote_notes(store, article)
        if only_annotated and not annotations and not quotes and not (wanted and article_tags):
            continue
        items.append(ArticleNotes(article, tuple(article_tags), annotations, quotes))
    return items
