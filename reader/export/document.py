"""The export formats: one table that the CLI's choices, the app's export and ``render`` read.

Adding a format is one writer module (items, options -> str) plus one row in ``WRITERS``. Each
writer writes both kinds of export: the notes (default) and the quote sheet (``quotes``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.export.csvout import to_csv
from reader.export.items import ArticleNotes
from reader.export.jsonout import to_json
from reader.export.markdown import to_markdown


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export and how: ``quotes`` writes the quote sheet (every quote with speaker and
    state) instead of the notes; ``keep_markdown`` keeps a note's own inline Markdown
    (emphasis, code) in the Markdown export; structure-breaking input is escaped either way."""

    quotes: bool = False
    keep_markdown: bool = False


Writer = Callable[[list[ArticleNotes], ExportOptions], str]

# format -> (writer, file-name suffixes that imply it)
WRITERS: dict[str, tuple[Writer, tuple[str, ...]]] = {
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


def file_text(text: str, fmt: str) -> str:
    """An export as written to a file: a CSV file starts with a byte order mark, without which
    Excel opens UTF-8 as the Windows code page ("særlig" shows as "sÃ¦rlig"); LibreOffice,
    Google Sheets, pandas and Python's csv (utf-8-sig) read it either way. Standard output,
    read by programs, gets none."""
    return "\ufeff" + text if fmt == "csv" else text


def render(items: list[ArticleNotes], fmt: str = "md", options: ExportOptions | None = None) -> str:
    """The export of ``items`` in format ``fmt`` (a key of ``WRITERS``)."""
    try:
        writer = WRITERS[fmt][0]
    except KeyError:
        raise ValueError(f"unknown export format: {fmt}") from None
    return writer(items, options or ExportOptions())
