"""``e`` in the app: write the Markdown export to a file and say where."""

from __future__ import annotations

from typing import Any, Sequence

from reader.errors import ReaderError
from reader.model import Article
from reader.textsafe import plural


def export_articles(app: Any, articles: Sequence[Article], stem: str) -> None:
    """Export the notes of ``articles`` to a new Markdown file and notify its path."""
    from reader.export import render
    from reader.workspace import export_items
    from reader.fileio import write_text_atomic

    try:
        path = app.export_path(stem)
        items = export_items(app.store, articles, analysis_for=app.analysis_for, base=str(path.parent))
        if not items:
            app.say("Nothing to export: no notes or quote checks yet", severity="warning", timeout=4)
            return
        path = write_text_atomic(path, render(items, "md"))
    except ReaderError as error:
        app.say(f"Export failed: {error}", severity="error", timeout=10)
        return
    except OSError as error:
        app.say(f"Export failed: {error.strerror or error}", severity="error", timeout=10)
        return
    count = sum(len(item.annotations) for item in items)
    app.say(f"Exported {plural(count, 'note')} from {plural(len(items), 'article')} to {path}", timeout=10)


def export_quote_sheet_soon(app: Any, articles: Sequence[Article], stem: str) -> None:
    """The quote sheet of many articles: find their quotes in a worker thread (the keyboard stays
    free), then write the sheet on the UI thread (``export_quote_sheet``)."""
    articles = list(articles)
    if len(articles) <= 1:
        export_quote_sheet(app, articles, stem)
        return
    corrections = tuple(app.store.corrections())  # read here: the worker does not touch the store
    app.say(f"Finding the quotes of {plural(len(articles), 'article')}…", timeout=3)

    def analyse() -> None:
        found = {}
        for article in articles:
            try:
                found[article.id] = app.analysis_for(article, corrections)
            except Exception:  # that article's quotes are found again, or left out, when writing
                continue
        app.call_from_thread(export_quote_sheet, app, articles, stem, found)

    app.run_worker(analyse, thread=True, group="quote-sheet", exclusive=True)


def export_quote_sheet(app: Any, articles: Sequence[Article], stem: str, analyses: dict | None = None) -> None:
    """Write the quote sheet of ``articles`` (every quote, speaker and state) to a new Markdown
    file and say where; ``analyses`` (article id -> analysis) saves analysing them again."""
    from reader.export import ExportOptions, render
    from reader.workspace import export_items
    from reader.fileio import write_text_atomic

    known = analyses or {}

    def analysis_for(article: Article):
        return known.get(article.id) or app.analysis_for(article)

    try:
        path = app.export_path(stem)
        items = export_items(app.store, articles, analysis_for=analysis_for, quotes=True,
                             base=str(path.parent))
        if not items:
            app.say("No quotes to export: none were found in these articles", severity="warning", timeout=4)
            return
        path = write_text_atomic(path, render(items, "md", ExportOptions(quotes=True)))
    except ReaderError as error:
        app.say(f"Export failed: {error}", severity="error", timeout=10)
        return
    except OSError as error:
        app.say(f"Export failed: {error.strerror or error}", severity="error", timeout=10)
        return
    count = sum(len(item.quotes) for item in items)
    app.say(f"Wrote a quote sheet of {plural(count, 'quote')} from {plural(len(items), 'article')} to {path}",
            timeout=10)
