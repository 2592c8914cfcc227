"""Which code made the index's rows: a new reader reads and analyses the files again.

The rows are derived from the files by the parsers (``reader.library``) and the analysis
(``reader.analysis``). When either changes (an upgrade, a checkout), rows made by the old code
would be shown as if current until their file changed. Each is stamped with a hash of its source
and data files; on a different stamp the rows stay listed (the list opens as fast as before) and
are read or analysed again in the background, as changed files are.
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent  # the reader package
_SHARED = ("model.py", "language.py", "textsafe.py", "errors.py")
# Per kind of row: its package, and the index's own modules that shape those rows (the records of
# a file; words and stems; the who-said-what rows of an analysis, and the call that makes it:
# records.analyse_item, whose rows the quote sheet reads as the analysis).
_PARTS = {"parse_code": ("library", ("records.py", "textkeys.py")),
          "analysis_code": ("analysis", ("whowrite.py", "records.py"))}


@cache
def stamps() -> dict[str, str]:
    """The hash of the code each kind of row depends on (a few ms, once a process)."""
    return {key: _digest(folder, index_files) for key, (folder, index_files) in _PARTS.items()}


def _digest(folder: str, index_files: tuple[str, ...]) -> str:
    digest = hashlib.sha1()
    files = [_ROOT / name for name in _SHARED] + [_ROOT / "index" / name for name in index_files]
    files += sorted(p for p in (_ROOT / folder).iterdir() if p.suffix in (".py", ".gz", ".json"))
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:  # a file gone under an installed package: stamp what is there
            continue
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0" + data)
    return digest.hexdigest()[:20]


def stamp_new(conn: sqlite3.Connection) -> None:
    """Write the current stamps into a new index."""
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", stamps().items())


def _held(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('parse_code', 'analysis_code')"))


def refresh(conn: sqlite3.Connection) -> str:
    """Mark the rows made by other code for reading or analysis again; a one-line notice, or ""."""
    now = stamps()
    if _held(conn) == now:
        return ""
    conn.execute("BEGIN IMMEDIATE")
    try:
        held = _held(conn)  # again under the lock: another copy may have redone them meanwhile
        parse = held.get("parse_code") != now["parse_code"]
        analysis = held.get("analysis_code") != now["analysis_code"]
        if parse:  # every file read again: a known digest would let an unchanged file keep its rows
            conn.execute("UPDATE files SET mtime_ns = -1, digest = ''")
        if analysis:
            conn.execute("UPDATE articles SET analysed = 0 WHERE analysed != 0")
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", now.items())
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled it back itself (an I/O error, say)
            conn.execute("ROLLBACK")
        raise
    if not (parse or analysis):
        return ""
    what = "reads and analyses" if parse else "analyses"
    return f"This version of reader reads articles differently: the library index {what} them again."
