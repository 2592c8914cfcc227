"""A library scan that takes unchanged files from the library index (``reader list``, ``export``,
``tag --in``): what the index does not hold, or holds from before the file changed, is parsed;
the result is the scan's, article for article, id for id, skip for skip.

Without an index for the notes database (or one from other parsing code, or damaged), every file
is parsed as before. The index is only read: never created, refreshed or written here.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Callable, Sequence

from reader.index.articles import IndexedArticle
from reader.index.database import index_path_for
from reader.index.known import known_files
from reader.index.walking import changed_ns
from reader.library import scanner
from reader.model import Article, LibraryScan

__all__ = ["kept_in_store", "made_whole", "scan_indexed"]


def scan_indexed(paths: Sequence[str], db_path: str, progress: Callable[[int, int], None] | None = None) -> LibraryScan:
    """``reader.library.scan(paths, progress)``, with the index of the notes database at
    ``db_path`` standing in for the parse of every file it holds unchanged."""
    known = known_files(index_path_for(db_path), [os.path.abspath(os.path.expanduser(str(p))) for p in paths])
    if known is None:
        return scanner.scan(paths, progress)
    index = known  # (not None from here on)

    def rows(path: str, data: bytes) -> Sequence[Article] | None:
        try:
            info = os.stat(path)
        except OSError:
            return None  # parsing the bytes read says the rest
        return index.articles(path, (info.st_size, changed_ns(info)), data)  # by the bytes' hash

    return scanner.scan(paths, progress, known=rows)


def made_whole(articles: Sequence[Article], wanted: Callable[[Article], bool]) -> list[Article]:
    """``articles`` with those taken from the index that ``wanted`` names parsed from their files
    (ids as listed): the ones a command reads or writes notes, tags or quote records on."""
    out = list(articles)
    parsed: dict[str, list[Article] | None] = {}
    previous, item = None, 0
    for k, article in enumerate(out):
        item = item + 1 if article.path == previous else 0
        previous = article.path
        if not isinstance(article, IndexedArticle) or not wanted(article):
            continue
        if article.path not in parsed:
            try:
                parsed[article.path] = scanner.load_articles(article.path)
            except Exception:  # unreadable since the scan: the index's copy still reads
                parsed[article.path] = None
        fresh = parsed[article.path]
        if fresh is not None and item < len(fresh) and fresh[item].title == article.title:
            out[k] = replace(fresh[item], id=article.id, base_id=article.base_id)
    return out


def kept_in_store(store) -> Callable[[Article], bool]:
    """Whether the notes database keeps anything on an article (by its file or its id)."""
    return lambda article: store.holds_path(article.path) or bool(store.title_of(article.id))
