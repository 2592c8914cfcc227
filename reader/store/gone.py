"""Notes and tags whose article file is gone or changed, as doctor reports them (read-only)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from reader.anchoring import reanchor
from reader.model import AnchorStatus
from reader.store import migrations, schema
from reader.textsafe import one_line, plural

Tables = dict[str, dict[str, Any]]
# The text of an article as its file holds it now: (path, id, title) -> text, or None.
TextReader = Callable[[str, str, str], "str | None"]


def _article_docs(tables: Tables) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(article document, its note documents) for each article with notes (upgraded tables)."""
    upgraded = migrations.upgrade(dict(tables)) or tables
    found = []
    for name, table in upgraded.items():
        if schema.article_id_of(name) is None:
            continue
        docs = list(table.values())
        notes = [d for d in docs if d.get("kind") == schema.NOTE]
        meta = next((d for d in docs if d.get("kind") == schema.ARTICLE), None)
        if notes and meta is not None:
            found.append((meta, notes))
    return found


def orphans_now(tables: Tables, article_text: TextReader, gone: list[str] | None = None) -> tuple[int, int]:
    """(orphaned notes, notes not checked): each note re-anchored against its article's file
    read afresh, as opening the article would. The stored status only says how things stood
    when the article was last opened; it is used for notes whose file cannot be read now (each
    such article named in ``gone``, with its path)."""
    orphaned = unchecked = 0
    for meta, notes in _article_docs(tables):
        path = meta.get("path") or ""
        text = None if not path or path == "-" or path.startswith("<") else \
            article_text(path, meta.get("id", ""), meta.get("title", ""))
        if text is None and gone is not None:
            gone.append(f"  {plural(len(notes), 'note')} on “{one_line(meta.get('title', ''), 60)}”, "
                        f"last read at {one_line(path or '(no file)', 200)}")
        for doc in notes:
            if text is None:
                unchecked += 1
                orphaned += (doc.get("placed") or {}).get("status") == "orphaned"
            else:
                orphaned += reanchor(schema.original_anchor(doc), text)[1] is AnchorStatus.ORPHANED
    return orphaned, unchecked


def _gone_path(path: str, exists: Callable[[str], bool]) -> bool:
    """True for a recorded file path that no longer exists (not stdin, not a made-up source)."""
    return bool(path) and path != "-" and not path.startswith("<") and not exists(path)


def tagged_gone(tables: Tables, exists: Callable[[str], bool] = os.path.exists) -> list[str]:
    """A line for each article with tags and no notes whose file is gone, with its tags and the
    path it was last read at (the articles with notes are named by ``orphans_now``)."""
    upgraded = migrations.upgrade(dict(tables)) or tables
    lines = []
    for name, table in upgraded.items():
        if schema.article_id_of(name) is None:
            continue
        docs = list(table.values())
        meta = next((d for d in docs if d.get("kind") == schema.ARTICLE), None)
        if meta is None or not meta.get("tags") or any(d.get("kind") == schema.NOTE for d in docs):
            continue
        path = meta.get("path") or ""
        if _gone_path(path, exists):
            tags = ", ".join(one_line(t, 40) for t in meta["tags"][:5]) + (" ..." if len(meta["tags"]) > 5 else "")
            lines.append(f"  {plural(len(meta['tags']), 'tag')} ({tags}) on “{one_line(meta.get('title', ''), 60)}”, "
                         f"last read at {one_line(path, 200)}")
    return sorted(lines)
