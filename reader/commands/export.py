"""``reader export``: annotations as Markdown (or JSON/CSV) on stdout or in a file."""

from __future__ import annotations

import sys

from reader.commands._common import export_items, open_db, scan_paths


def run(args) -> int:
    """Write the export; exit 0 when it is complete."""
    from reader.export import format_for_path, render
    from reader.fileio import write_text_atomic

    fmt = args.format or format_for_path(args.output)
    library = scan_paths(args.paths)
    with open_db(args.db, readonly=True) as store:
        items = export_items(store, store.settle_ids(library.articles), args.tag)
    text = render(items, fmt)
    if args.output:
        write_text_atomic(args.output, text)
        count = sum(len(item.annotations) for item in items)
        print(f"reader: wrote {count} annotations from {len(items)} articles to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
