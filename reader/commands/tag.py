"""``reader tag PATH TAG...``: add or remove tags from the shell."""

from __future__ import annotations

import sys

from reader.commands._common import open_db
from reader.errors import ReaderError
from reader.textsafe import one_line


def clean_tags(tags: list[str]) -> list[str]:
    """Tags as typed, trimmed, without empties or duplicates (case-insensitive), order kept."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        tag = one_line(tag).strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def run(args) -> int:
    """Tag (or untag) every article in the file; exit 0 only once the write is on disk."""
    from reader.library import load_articles

    tags = clean_tags(args.tags)
    if not tags:
        raise ReaderError("no tags given")
    articles = load_articles(args.path)
    with open_db(args.db) as store:
        if store.readonly:
            raise ReaderError(f"database is read-only: {store.readonly_reason}")
        for article in articles:
            store.attach(article)
            if args.remove:
                store.remove_tags(article.id, tags)
            else:
                store.add_tags(article.id, tags)
            now = ", ".join(store.tags(article.id)) or "(none)"
            print(f"{one_line(article.title, 60)}: tags {now}", file=sys.stderr)
    return 0
