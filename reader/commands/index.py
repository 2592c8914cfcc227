"""``reader index``: bring the library index up to date (progress on stderr)."""

from __future__ import annotations

import os
import sys

from reader.textsafe import one_line, plural, shown_name


def run(args) -> int:
    """Index the files under the paths (default: the current folder)."""
    from reader.archive import check_scheduler, open_index, progress_printer
    from reader.settings import resolve_db_path
    from reader.errors import ReaderError
    from reader.commands._common import say_failed

    paths = list(args.paths) or ["."]
    for path in paths:
        if not os.path.lexists(os.path.expanduser(path)):
            raise ReaderError(f"{path}: no such file or directory")
    workers = args.workers if args.workers is not None else min(2, os.cpu_count() or 1)
    if workers < 1:
        raise ReaderError("--workers needs a number of 1 or more")
    most = 4 * (os.cpu_count() or 1)
    if workers > most:  # every worker process starts at once: more than the cores can run only wait
        print(f"reader: --workers {one_line(str(workers), 24)} is more than this machine can use; "
              f"using {most} (4 per core)", file=sys.stderr)
        workers = most
    if args.scheduler:  # before any work: a bad address or no Dask is one line, not half a run
        check_scheduler(args.scheduler)
    index = open_index(resolve_db_path(args.db))
    if index.notice:
        print(f"reader: {index.notice}", file=sys.stderr)
    with index.guard():  # a read-only or locked index file: one line, not an internal error
        report = index.sync(paths, progress_printer(sys.stderr), workers=workers, scheduler=args.scheduler)
        listed, skipped = index.articles(paths)
    shown = [item for item in [*report.skipped, *skipped] if not item.own_file]  # (walking, then reading)
    for item in shown:  # not the database, backups, exports: expected in a library folder
        print(f"reader: skipped {shown_name(item.path)}: {one_line(item.reason)}", file=sys.stderr)
    say_failed(report)
    print(
        f"{plural(len(listed), 'article')} indexed ({plural(report.read, 'file')} read, {report.removed} removed,"
        f" {report.analysed} analysed, {len(shown)} skipped); index: {index.path}",
        file=sys.stderr,
    )
    return 0
