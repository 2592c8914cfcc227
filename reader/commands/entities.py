"""``reader entities``: people, organisations and places across the library, with mention and
article counts, the articles each appears in and the names it appears with most."""

from __future__ import annotations

import json
import os
import sys

from reader.textsafe import one_line, path_record, plural


def run(args) -> int:
    """Print the entities, most mentioned first (or JSON)."""
    from reader.commands._who import close_library, open_library
    from reader.errors import ReaderError
    from reader.workspace import who

    if args.limit < 1:
        raise ReaderError("--limit needs a number of 1 or more")
    library = open_library(args)
    try:
        with library.index.guard():
            index, paths, fixes = library.index, library.paths, library.corrections
            rows = who.entities(index, paths, args.type, fixes)[: args.limit]
            out = []
            for row in rows:
                articles = who.entity_articles(index, row.name, row.label, paths, fixes)
                together = who.cooccurring(index, row.name, row.label, 5, paths, fixes)
                out.append((row, articles, together))
    finally:
        close_library(library)
    if args.json:
        sys.stdout.write(json.dumps([{
            "name": row.name, "type": row.label, "mentions": row.mentions, "articles": row.articles,
            "also_written": list(row.aliases),
            "in": [{"title": t, "date": d, "source": s, "mentions": n, **path_record(p)}
                   for _r, t, d, s, n, p in articles],
            "named_with": [{"name": n, "type": k, "articles": c} for k, n, c in together],
        } for row, articles, together in out], ensure_ascii=False, indent=1) + "\n")
    else:
        for row, articles, together in out:
            print("\t".join((row.label, one_line(row.name, 60), plural(row.mentions, "mention"),
                             plural(row.articles, "article"))))
            if together:
                print("    with: " + ", ".join(f"{one_line(n, 40)} ({c})" for _k, n, c in together))
            shown = [(f"{date or '-'} {one_line(title, 70)} ({one_line(source) or '-'})", path)
                     for _r, title, date, source, _n, path in articles[:3]]
            lines = [line for line, _p in shown]
            for line, path in shown:  # a file and its copy read alike: the file's name tells them apart
                name = f" {one_line(os.path.basename(path), 60)}" if lines.count(line) > 1 else ""
                print(f"    in: {line}{name}")
            if len(articles) > 3:
                print(f"    ... and {plural(len(articles) - 3, 'more article')}")
    print(plural(len(out), "entity", "entities"), file=sys.stderr)
    return 0
