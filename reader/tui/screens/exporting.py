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
        items = export_items(app.store, articles, analysis_for=app.analysis_for)
        if not items:
            app.say("Nothing to export: no notes or quote checks yet", severity="warning", timeout=4)
            return
        path = write_text_atomic(app.export_path(stem), render(items, "md"))
    except ReaderError as error:
        app.say(f"Export failed: {error}", severity="error", timeout=10)
        return
    except OSError as error:
        app.say(f"Export failed: {error.strerror or error}", severity="error", timeout=10)
        return
    count = sum(len(item.annotations) for item in items)
    app.say(f"Exported {plural(count, 'note')} from {plural(len(items), 'article')} to {path}", timeout=10)
