"""Finding and parsing article files (wire .txt, .md, .html, .json) into Articles (stdlib only)."""

from __future__ import annotations

from reader.library.scanner import (
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    format_for,
    load_articles,
    parse_bytes,
    scan,
)

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "format_for", "load_articles", "parse_bytes", "scan"]
