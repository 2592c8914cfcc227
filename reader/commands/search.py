"""``reader search``: full-text search of the library index from the shell."""

from __future__ import annotations

import json
import os
import sys

from reader.textsafe import one_line, path_field, path_record, plural, title_field


def _marked(text: str, spans, tty: bool) -> str:
    """The snippet with its hits marked: reverse video on a terminal, else *like this*.

    The snippet is one line with every control character already a space (no raw escapes)."""
    out, pos = [], 0
    start_mark, end_mark = ("\x1b[7m", "\x1b[0m") if tty else ("*", "*")
    for start, end in spans:
        out.append(text[pos:start])
        out.append(start_mark + text[start:end] + end_mark)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def run(args) -> int:
    """Search; print one article per line and its snippet (or JSON)."""
    from reader.archive import library_from_index, open_index, search, sync_user_data
    from reader.commands._common import empty_index_line, open_db
    from reader.settings import resolve_db_path
    from reader.errors import ReaderError

    if args.limit < 1:
        raise ReaderError("--limit needs a number of 1 or more")
    if not args.query.strip():
        raise ReaderError("nothing to search for: reader search QUERY [PATH ...] (the README's "
                          "'Search and the library index' has the query language)")
    paths = list(args.paths)
    for path in paths:
        if not os.path.lexists(os.path.expanduser(path)):
            hint = ""
            if os.path.lexists(os.path.expanduser(args.query)) and (":" in path or path[:1] in "-\"*"):
                hint = f" (the query comes first: reader search {path!r} {args.query!r})"
            raise ReaderError(f"{path}: no such file or directory{hint}")
    index = open_index(resolve_db_path(args.db))
    if index.notice:
        print(f"reader: {index.notice}", file=sys.stderr)
    from reader.commands._who import restore
    from reader.archive import progress_printer
    from reader.errors import IndexDamagedError

    with index.guard():
        if paths:  # named paths are brought up to date first
            index.sync(paths, workers=1)
        else:  # what the index was built from, if it lost it
            restore(index, progress_printer(sys.stderr))
    overrides: dict[str, str] = {}
    try:
        with open_db(args.db, readonly=True) as store, index.guard():
            overrides = dict(store.speaker_overrides())
            if paths:  # the ids the store settles for these files
                listed = library_from_index(index, paths, store).articles
                sync_user_data(index, store, [a.id for a in listed])
            else:  # as the library last gave them
                sync_user_data(index, store)
            from reader.workspace.who import parse_query, sync_hand_speakers

            if "speaker" in parse_query(args.query).keys:  # speaker: finds the speakers set by hand
                sync_hand_speakers(index, store)  # (it reads every article's quote records)
    except IndexDamagedError:
        raise
    except ReaderError as error:  # the text is still searchable without the notes (or a busy index)
        print(f"reader: notes not searched: {one_line(str(error))}", file=sys.stderr)
    with index.guard():
        result = search(index, args.query, paths or None, args.limit + 1, overrides)  # one more: are there more?
        empty = not index.counts()["articles"]
    more = len(result.hits) > args.limit
    del result.hits[args.limit:]
    for problem in result.problems:
        print(f"reader: query: {one_line(problem)}", file=sys.stderr)
    if args.json:
        json.dump({
            "query": args.query,
            "problems": result.problems,
            "hits": [{
                "id": h.article.id, **path_record(h.article.path), "title": h.article.title, "date": h.article.date,
                "source": h.article.source, "language": h.article.language, "score": round(-h.score, 4),
                "snippet": h.snippet, "hits": [list(s) for s in h.spans],
            } for h in result.hits],
        }, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    tty = sys.stdout.isatty()
    for hit in result.hits:
        a = hit.article
        fields = (a.id, a.date or "-", a.source or "-", title_field(a.title, 80))
        print("\t".join([*(one_line(str(f)) for f in fields), path_field(a.path)]))
        print("    " + _marked(hit.snippet, hit.spans, tty))
    if empty:
        print(empty_index_line(paths), file=sys.stderr)
    if more:  # "20 articles found" read as all there are
        print(plural(len(result.hits), "article") + " shown; more match (--limit N shows more)", file=sys.stderr)
    else:
        print(plural(len(result.hits), "article") + " found", file=sys.stderr)
    return 0
