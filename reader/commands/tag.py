"""``reader tag PATH TAG...``: add or remove tags from the shell."""

from __future__ import annotations

import os
import sys

from reader.commands._common import open_db
from reader.commands._resolve import resolve_articles
from reader.errors import ReaderError
from reader.textsafe import one_line


def run(args) -> int:
    """Tag (or untag) every article in the file, or the article with that id; exit 0 only once
    the write is on disk."""
    from reader.workspace.limits import MAX_TAG, clean_tags

    tags = clean_tags(args.tags)  # control characters dropped, commas split, length capped
    if not tags:
        raise ReaderError("no tags given")
    if any(len(" ".join(piece.split())) > MAX_TAG for tag in args.tags for piece in (tag or "").split(",")):
        print(f"reader: a tag is at most {MAX_TAG} characters; longer ones were shortened", file=sys.stderr)
    with open_db(args.db) as store:
        articles = resolve_articles(args.path, getattr(args, "within", None) or (), store, args.db)
        store.undoable = False  # a shell command: not on the app's undo stack
        for article in articles:
            store.attach(article)
            if args.remove:
                store.remove_tags(article.id, tags)
                own = {tag.casefold() for tag in store.tags(article.id)}
                written = [tag for tag in article.meta_tags if tag.casefold() in
                           {t.casefold() for t in tags} and tag.casefold() not in own]
                if written:  # a tag the file writes itself (front matter tags:, HTML keywords) stays
                    print(f"reader: {', '.join(repr(one_line(tag, 40)) for tag in written)} is written in "
                          f"the file itself, not removable here: edit {one_line(article.path)} to drop it",
                          file=sys.stderr)
            else:
                store.add_tags(article.id, tags)
            now = ", ".join(store.tags(article.id)) or "(none)"
            own = {tag.casefold() for tag in store.tags(article.id)}
            in_file = [tag for tag in article.meta_tags if tag.casefold() not in own]
            if in_file:  # as the app shows them beside yours
                now += f"; in the file: {', '.join(in_file)}"
            # By id, the file is named too: copies of a story share its headline (review18).
            where = "" if os.path.exists(args.path) else f" ({one_line(article.path)})"
            print(f"{one_line(article.title, 60)}{where}: tags {now}", file=sys.stderr)
    return 0
