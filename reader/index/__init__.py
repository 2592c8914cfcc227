"""The library index: a derived, disposable SQLite + FTS5 cache of the article files (metadata,
normalised text, names and speakers) in the user cache directory, one per notes database.

The only package that imports sqlite3. It never reads or writes the notes database: the notes,
labels and tags it searches are handed to it (``LibraryIndex.set_user_data``).
"""

from __future__ import annotations

from reader.index.articles import IndexedArticle
from reader.index.catalog import LibraryIndex, SyncReport
from reader.index.searching import Hit, SearchResult
from reader.index.database import index_path_for
from reader.index.query import FILTERS, parse_query

__all__ = [
    "FILTERS", "Hit", "IndexedArticle", "LibraryIndex", "SearchResult", "SyncReport", "index_path_for",
    "parse_query",
]
