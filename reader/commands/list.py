"""``reader list``: the library as a table or JSON."""

from __future__ import annotations

import sys

from reader.commands._common import open_db, scan_paths
from reader.model import EXPORTED_BY, merge_tags
from reader.textsafe import json_text, one_line, path_field, path_record, plural, title_field


def library_rows(articles, store) -> list[dict]:
    """One JSON-ready record per article with its tags and annotation counts."""
    rows = []
    for article in articles:
        annotations = store.attach(article)
        orphans = sum(1 for ann in annotations if ann.status.value == "orphaned")
        rows.append(
            {
                "id": article.id,
                **path_record(article.path),
                "title": article.title,
                "date": article.date,
                "source": article.source,
                "dateline": article.dateline,
                "language": article.language,
                "tags": list(store.tags(article.id)),
                "file_tags": list(article.meta_tags),
                "annotations": len(annotations),
                "orphaned": orphans,
            }
        )
    return rows


def run(args) -> int:
    """Print the library."""
    from reader.workspace.indexed import kept_in_store, made_whole

    library = scan_paths(args.paths, indexed=True, db=args.db)
    with open_db(args.db, readonly=True) as store:
        rows = library_rows(made_whole(store.settle_ids(library.articles), kept_in_store(store)), store)
    if args.json:
        skipped = [{**path_record(s.path), "reason": s.reason} for s in library.skipped]
        # "exported_by": saved into a library folder, the listing is not read as articles (without
        # their text, taking their ids from the files).
        listing = {"exported_by": EXPORTED_BY, "articles": rows, "skipped": skipped}
        sys.stdout.write(json_text(listing, stream=sys.stdout) + "\n")
        return 0
    print("\t".join(("id", "date", "source", "lang", "title", "tags", "notes", "path")))
    for row in rows:
        notes = str(row["annotations"]) + (f" ({row['orphaned']} orphaned)" if row["orphaned"] else "")
        fields = (
            row["id"], row["date"] or "-", row["source"] or "-", row["language"],
            title_field(row["title"], 70),
            ",".join(merge_tags(row["tags"], row["file_tags"])) or "-", notes,
        )
        print("\t".join([*(one_line(str(field)) for field in fields), path_field(row["path"])]))
    skipped = sum(1 for s in library.skipped if not s.own_file)
    print(f"{plural(len(rows), 'article')}, {skipped} skipped", file=sys.stderr)
    return 0
