"""``reader export``: annotations as Markdown (or JSON/CSV) on stdout or in a file."""

from __future__ import annotations

import difflib
import os
import shlex
import sys

from reader.commands._common import open_db, scan_paths
from reader.workspace import export_items
from reader.errors import ReaderError
from reader.textsafe import one_line, plural, shown_name


def run(args) -> int:
    """Write the export; exit 0 when it is complete, 1 when ``--tag`` matched no article (nothing written)."""
    from reader.workspace.exports import ExportOptions, export_summary, file_text, format_for_path, render
    from reader.fileio import write_text_atomic

    if args.output == "-":  # "-o -" is standard output, as everywhere on the shell
        args.output = None
    fmt = args.format or format_for_path(args.output)
    gone = getattr(args, "gone", False)
    if gone and (args.paths or args.tag or getattr(args, "quotes", False)):
        raise ReaderError("--gone exports every article whose file is gone: give it no paths, --tag or --quotes")
    if args.output:
        _refuse_store_file(args.output, args.db)
        _check_target(args.output, args.force)
    library = None if gone else scan_paths(args.paths, indexed=True, db=args.db)
    if args.output and library is not None:
        target = os.path.realpath(args.output)
        if any(os.path.realpath(a.path) == target for a in library.articles if a.path != "-"):
            raise ReaderError(f"{args.output} is one of the articles being exported; not overwriting it")
    with open_db(args.db, readonly=True) as store:
        if args.output and store.holds_path(os.path.realpath(args.output)):
            raise ReaderError(f"{args.output} is an article you have notes or tags on; not overwriting it")
        base = os.path.dirname(os.path.abspath(args.output)) if args.output else None
        if library is None:
            items = _gone_items(store, base)
        else:
            items = _library_items(args, store, library, base)
            if not library.articles:  # `reader export` in the wrong folder: say so, not only "No notes"
                where = ", ".join(shown_name(p) for p in args.paths) if args.paths else \
                    f"the current folder ({shown_name(os.getcwd())})"
                print(f"reader: no articles in {where}; name the folder that holds them "
                      "(reader export FOLDER)", file=sys.stderr)
            if not items and args.tag:  # say why, and write nothing: a mistyped tag must not
                # empty the earlier export in the file, nor give a script an empty draft (review25)
                in_use = dict(store.all_tags())
                for article in library.articles:  # the tags written in the files match --tag too
                    for tag in article.meta_tags:
                        in_use.setdefault(tag, 0)
                print(_untagged_hint(args.tag, args.paths, in_use), file=sys.stderr)
                return 1
    options = ExportOptions(quotes=getattr(args, "quotes", False), keep_markdown=getattr(args, "keep_markdown", False))
    text = render(items, fmt, options)
    if args.output:
        write_text_atomic(args.output, file_text(text, fmt))
        print(f"reader: wrote {export_summary(items, options.quotes)} to {shown_name(args.output)}",
              file=sys.stderr)  # as the app says
    else:
        sys.stdout.write(text)
    return 0


def _library_items(args, store, library, base: str | None) -> list:
    """The export items of the articles under the paths (with ``--tag``, ``--quotes``)."""
    from reader.workspace.indexed import kept_in_store, made_whole

    quotes = getattr(args, "quotes", False)
    articles = made_whole(store.settle_ids(library.articles), kept_in_store(store))
    analysis_for = None
    if quotes:  # the index's quotes where they are the analysis (reader.workspace.sheet)
        from reader.settings import resolve_db_path
        from reader.workspace import corrections_for
        from reader.workspace.sheet import SheetAnalyses, analyse

        sheet = SheetAnalyses(resolve_db_path(args.db), analyse)
        analysis_for = lambda a: sheet.analysis_for(a, corrections_for(store, a.id))  # noqa: E731
    return export_items(store, articles, args.tag, quotes=quotes, base=base, analysis_for=analysis_for)


def _gone_items(store, base: str | None) -> list:
    """``export --gone``: the items of the articles whose file is gone, said on stderr."""
    from reader.workspace.exports import gone_items

    items = gone_items(store, base)
    notes = sum(len(item.annotations) for item in items)
    quotes = sum(len(item.quotes) for item in items)
    parts = [plural(notes, "note")] + ([plural(quotes, "checked quote")] if quotes else [])
    parts += ["tags"] if any(item.tags for item in items) else []
    what = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    print(f"reader: {what} on {plural(len(items), 'article')} whose file is gone (each with the headline and path "
          "it was last read at)", file=sys.stderr)
    return items


def _untagged_hint(wanted: list[str], paths: list[str], in_use: dict[str, int]) -> str:
    """Why ``export --tag`` found nothing: no article under the paths has the tags; where they are
    used elsewhere (another folder), or which tags are in use."""
    tags = " and ".join(f"'{one_line(tag, 40)}'" for tag in wanted)
    where = ", ".join(shown_name(p) for p in paths) if paths else "the current folder"
    used = {tag.casefold(): count for tag, count in in_use.items()}
    again = " ".join(f"--tag {shlex.quote(one_line(tag, 40))}" for tag in wanted)
    count = min(used.get(tag.casefold(), 0) for tag in wanted)  # 0: only written in files here
    if count:
        return (f"reader: no article in {where} is tagged {tags}; the database has it on "
                f"{plural(count, 'article')} elsewhere: name their folder (reader export FOLDER {again})")
    near = {close for tag in wanted for close in difflib.get_close_matches(tag.casefold(), used, 3, 0.6)}
    named = sorted(in_use, key=lambda tag: (tag.casefold() not in near, tag.casefold()))  # a typo's tag first
    known = ", ".join(one_line(tag, 30) for tag in named[:10]) or "none"
    return f"reader: no article in {where} is tagged {tags} (tags in use: {known})"


def _refuse_store_file(output: str, db: str | None) -> None:
    """Never write an export over the database or any file it keeps (not even with --force)."""
    from reader.settings import resolve_db_path
    from reader.workspace.library import owns_file

    what = owns_file(resolve_db_path(db), output)
    if what is not None:
        raise ReaderError(f"{shown_name(output)} is {what}; an export never writes over the reader "
                          "database's files (not even with --force): choose another file name")


def _check_target(output: str, force: bool) -> None:
    """Refuse to overwrite a file that is not an earlier export (an article, a story draft)."""
    if not os.path.lexists(output):
        return
    if os.path.isdir(output):
        raise ReaderError(f"{output} is a folder; give a file name for the export")
    from reader.fileio import special_kind

    kind = special_kind(output)  # never opened: reading a pipe to see if it is an export waits forever
    if kind:
        raise ReaderError(f"{shown_name(output)} is {kind}, not a file; give a file name for the export "
                          "(-o - writes to standard output)")
    if force or _is_export(output):
        return
    raise ReaderError(f"{output} exists and is not an export from reader; not overwriting it (use --force)")


def _is_export(path: str) -> bool:
    """Whether ``path`` holds an earlier export (Markdown, JSON or CSV written by reader)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1000).decode("utf-8", errors="replace")
    except OSError:
        return False
    from reader.workspace.exports import csv_export_header
    from reader.model import EXPORTED_BY, is_markdown_export

    head = head.lstrip("\ufeff")  # a CSV file's byte order mark
    if is_markdown_export(head) or csv_export_header(head.lstrip().partition("\n")[0]):
        return True
    # (reader's JSON has its articles under "articles": a news article with that key is no export)
    return head.lstrip().startswith("{") and f'"exported_by": "{EXPORTED_BY}"' in head and '"articles"' in head
