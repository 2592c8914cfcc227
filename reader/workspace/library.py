"""Opening a library and its articles: scanning folders, reading one file, the notes database."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Sequence

from reader.library import SUPPORTED_SUFFIXES, load_articles, scan
from reader.library.decoding import decode_bytes
from reader.library.scanner import parse_bytes, read_file, read_stream
from reader.model import Article, LibraryScan
from reader.store import database_busy, open_store, owns_file
from reader.store.reading import id_digest

__all__ = ["SUPPORTED_SUFFIXES", "articles_as_listed", "database_busy", "decode_bytes", "fresh_copy", "id_digest", "load_articles",
           "open_store", "owns_file", "parse_bytes", "read_file", "read_stream", "scan", "scan_paths"]


def scan_paths(paths: Sequence[str], progress=None, db_path: str | None = None) -> LibraryScan:
    """Scan ``paths`` (default: the current folder); a path that is not there is an error.
    ``progress(done, total)`` as for ``scan``. With ``db_path``, the library index of that notes
    database stands in for the files it holds unchanged (reader.workspace.indexed)."""
    from reader.errors import ReaderError, path_problem

    for path in paths:  # a mistyped name is an error, not an empty library
        problem = path_problem(path)
        if problem:
            raise ReaderError(f"{path}: {problem}")
    if db_path is not None:
        from reader.workspace.indexed import scan_indexed

        return scan_indexed(list(paths) or ["."], db_path, progress)
    return scan(list(paths) or ["."], progress)


def articles_as_listed(path: str) -> list[Article]:
    """The articles of one file, with the ids a library scan of its folder gives them.

    Two files holding the same story (same headline, date and source) share a base id; the scan
    tells them apart in the order of their paths (the first keeps the base id), so the shell must
    see the same ids as the app and ``reader list``. Only the files beside it that come before it
    can change its ids: those are read, not the whole tree under its folder (a file in the home
    folder or /tmp would have the shell read every article below it first).
    """
    found = load_articles(path)  # a clear one-line error for a file that cannot be read
    target = os.path.abspath(path)
    before = []
    try:
        with os.scandir(os.path.dirname(target)) as entries:
            before = [e.path for e in entries if not e.name.startswith(".") and e.path < target
                      and os.path.splitext(e.name)[1].lower() in SUPPORTED_SUFFIXES and not _is_dir(e)]
    except OSError:  # the folder cannot be listed: the file's own ids
        return found
    listed = [a for a in scan(sorted(before) + [target]).articles if a.path == target]
    return listed if len(listed) == len(found) else found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return True


def fresh_copy(article: Article) -> Article:
    """The article as its file reads now (it may have changed since the scan), else as scanned.

    The scanned id is kept when the scan had told two same-headline files apart with a suffix.
    """
    if article.path == "-":
        return article
    try:
        found = load_articles(article.path)
    except Exception:  # unreadable now, or a parser bug: the scanned copy is still good to read
        return article
    for fresh in found:
        if fresh.id == article.id:
            return fresh
    suffixed = [fresh for fresh in found if article.id.startswith(fresh.id + "-")]
    if len(suffixed) == 1:
        return replace(suffixed[0], id=article.id)
    return found[0] if len(found) == 1 else article
