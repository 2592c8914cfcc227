"""What a shell command's PATH argument names: a file, or an article id as ``reader list`` prints it."""

from __future__ import annotations

import os
from typing import Any, Sequence

from reader.errors import ReaderError, path_problem
from reader.model import Article
from reader.textsafe import one_line


def resolve_articles(target: str, folders: Sequence[str] = (), store: Any = None, db: str | None = None) -> list[Article]:
    """The articles ``target`` names: every article of the file at that path, else the article
    whose id (as ``reader list`` prints it) is ``target``, looked for in ``folders`` (default:
    the current folder). Ids are settled by ``store`` when one is given, as ``reader list`` does."""
    from reader.commands._common import scan_paths
    from reader.workspace.library import articles_as_listed

    if path_problem(target) != "no such file or directory" or _looks_like_a_path(target):
        articles = articles_as_listed(os.path.expanduser(target))
        return list(store.settle_ids(articles)) if store is not None else articles
    where = list(folders) or ["."]
    scanned = list(scan_paths(where, report_skipped=False, indexed=True, db=db).articles)
    if store is not None:
        scanned = list(store.settle_ids(scanned))
    from reader.workspace.indexed import made_whole

    found = made_whole([a for a in scanned if a.id == target], lambda _a: True)
    if not found:
        places = ", ".join(one_line(f, 60) for f in folders) or f"the current folder ({one_line(os.getcwd())})"
        raise ReaderError(f"{one_line(target, 80)}: no such file, and no article with that id in {places} "
                          "(reader list prints the ids; --in FOLDER looks elsewhere)")
    return found


def _looks_like_a_path(target: str) -> bool:
    """A name with a folder or an article file's suffix is a (mistyped) path, never looked up as an id."""
    suffix = os.path.splitext(target)[1].lower()
    return os.sep in target or "/" in target or suffix in (".txt", ".md", ".markdown", ".html", ".htm", ".json")
