"""A command that reads the library index, when the index cannot be written (a full disk, a
read-only folder): it runs once more on a temporary index, as the app reads the files instead."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from typing import Callable

from reader.textsafe import one_line

# The commands that read the index as a cache: another index serves them as well, more slowly.
READERS = frozenset({"search", "quotes", "entities", "timeline"})
_ENV = "READER_INDEX_DIR"  # reader.index.database reads it at each open
HOW = "point READER_INDEX_DIR at a writable folder with room, or free space there"


def run_on_temporary_index(run: Callable[[], int], db: str | None, error: Exception) -> int:
    """Say in one line why the index is not used, then ``run()`` with a new index in a temporary
    folder (the folders the real one was built from copied in), removed afterwards."""
    from reader.errors import LibraryIndexError
    from reader.archive import index_file
    from reader.settings import resolve_db_path

    db_path = resolve_db_path(db)
    real = index_file(db_path)
    try:
        folder = tempfile.mkdtemp(prefix="reader-index-")
    except OSError as problem:
        raise LibraryIndexError(f"{error}; no temporary index either ({one_line(str(problem), 120)}): {HOW}") from None
    print(f"reader: {one_line(str(error), 300)}; reading the files into a temporary index instead "
          f"(to keep the index: {HOW})", file=sys.stderr)
    before = os.environ.get(_ENV)
    os.environ[_ENV] = folder
    try:
        try:
            shutil.copyfile(f"{real}.roots", f"{index_file(db_path)}.roots")
        except OSError:  # none kept: a command without paths says the index is empty
            pass
        try:
            return run()
        except LibraryIndexError as again:
            raise LibraryIndexError(f"{again}; {HOW}") from None
    finally:
        if before is None:
            os.environ.pop(_ENV, None)
        else:
            os.environ[_ENV] = before
        shutil.rmtree(folder, ignore_errors=True)
