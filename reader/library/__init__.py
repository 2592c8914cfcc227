"""Finding and parsing article files (wire .txt, .md, .html, .json) into Articles.

The formats are one table, ``reader.library.formats.FORMATS``.
"""

from __future__ import annotations

from reader.library.formats import FORMATS, SUPPORTED_SUFFIXES
from reader.library.scanner import MAX_BYTES, format_for, load_articles, parse_bytes, scan

__all__ = ["FORMATS", "MAX_BYTES", "SUPPORTED_SUFFIXES", "format_for", "load_articles", "parse_bytes", "scan"]
