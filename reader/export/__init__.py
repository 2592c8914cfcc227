"""Export of annotations: pure functions from article notes to text."""

from reader.export.document import ArticleNotes, QuoteNote, format_for_path, render

__all__ = ["ArticleNotes", "QuoteNote", "format_for_path", "render"]
