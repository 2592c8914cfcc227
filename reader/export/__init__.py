"""Export of annotations and quote sheets: pure functions from article notes to text."""

from reader.export.document import FORMATS, WRITERS, ExportOptions, file_text, format_for_path, render
from reader.export.items import ArticleNotes, QuoteNote

__all__ = ["ArticleNotes", "ExportOptions", "QuoteNote", "FORMATS", "WRITERS", "file_text", "format_for_path", "render"]
