"""Export of annotations: pure functions from article notes to text."""

from reader.export.document import FORMATS, WRITERS, format_for_path, render
from reader.export.items import ArticleNotes, QuoteNote

__all__ = ["ArticleNotes", "QuoteNote", "FORMATS", "WRITERS", "format_for_path", "render"]
