"""The export formats: one table that the CLI's choices, the app's export and ``render`` read.

Adding a format is one writer module (items -> str) plus one row in ``WRITERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.export.csvout import to_csv
from reader.export.items import ArticleNotes
from reader.export.jsonout import to_json
from reader.export.markdown import to_markdown

# format -> (writer, file-name suffixes that imply it)
WRITERS: dict[str, tuple[Callable[[list[ArticleNotes]], str], tuple[str, ...]]] = {
    "md": (to_markdown, (".md", ".markdown")),
    "json": (to_json, (".json",)),
    "csv": (to_csv, (".csv",)),
}
FORMATS = tuple(WRITERS)


def format_for_path(path: str | None, default: str = "md") -> str:
    """The export format implied by a file name's suffix (``.md``, ``.json``, ``.csv``)."""
    if path:
        suffix = Path(path).suffix.lower()
        for fmt, (_, suffixes) in WRITERS.items():
            if suffix in suffixes:
                return fmt
    return default


def render(items: list[ArticleNotes], fmt: str = "md") -> str:
    """The export of ``items`` in format ``fmt`` (a key of ``WRITERS``)."""
    try:
        writer = WRITERS[fmt][0]
    except KeyError:
        raise ValueError(f"unknown export format: {fmt}") from None
    return writer(items)
