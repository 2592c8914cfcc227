"""The index file: SQLite with FTS5, created, checked and rebuilt when damaged or outdated.

The index is a cache derived from the article files, never user data: whatever is wrong with
it, it is moved aside and built anew, with a one-line notice.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from pathlib import Path

from reader.index import codestamp
from reader.index.listcache import LOG_DDL, add_log

SCHEMA_VERSION = "4"  # 3: the who-said-what tables (reader.index.who); 4: a quote's kind, own role, affiliation
INDEX_DIR_ENV = "READER_INDEX_DIR"
BUSY_SECONDS = 5.0  # how long a write waits for another copy of reader to finish its own

# FTS columns, in order; bm25 weights below follow the same order.
FTS_COLUMNS = ("title", "body", "stem", "notes", "labels", "tags", "people", "orgs", "places", "speakers")
BM25_WEIGHTS = (4.0, 1.0, 0.6, 2.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0)

_DDL = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL, skipped TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY, path TEXT NOT NULL, item INTEGER NOT NULL, id TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, dateline TEXT NOT NULL,
    language TEXT NOT NULL, format TEXT NOT NULL, byline TEXT NOT NULL, meta_tags TEXT NOT NULL,
    fingerprint TEXT NOT NULL, quotes INTEGER NOT NULL DEFAULT 0, analysed INTEGER NOT NULL DEFAULT 0,
    uid TEXT NOT NULL DEFAULT '', notes INTEGER NOT NULL DEFAULT 0, user_key TEXT NOT NULL DEFAULT '',
    UNIQUE (path, item)
);
CREATE INDEX articles_uid ON articles (uid);
CREATE INDEX articles_pending ON articles (analysed) WHERE analysed = 0;
CREATE VIRTUAL TABLE fts USING fts5 ({", ".join(FTS_COLUMNS)},
    tokenize = "unicode61 remove_diacritics 0", prefix = '2 3');
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, article INTEGER NOT NULL, qstart INTEGER NOT NULL, qend INTEGER NOT NULL,
    speaker TEXT NOT NULL, role TEXT NOT NULL, party TEXT NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'full', own_role TEXT NOT NULL DEFAULT '', affiliation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE TABLE quote_keys (key INTEGER NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY (key, quote)) WITHOUT ROWID;
CREATE INDEX quote_keys_quote ON quote_keys (quote);
CREATE TABLE mentions (
    article INTEGER NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (article, label, name)
) WITHOUT ROWID;
CREATE INDEX mentions_name ON mentions (name, label);
CREATE TABLE who_cache (key TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL) WITHOUT ROWID;
"""


# Provisional rows (reader.index.provisional): a file listed from its head before it is parsed.
# Made in any index of this schema that lacks it (an index of an earlier build keeps its rows).
_HEADS_DDL = """
CREATE TABLE IF NOT EXISTS heads (
    rowid INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL
);
"""


def index_dir() -> Path:
    """Where indexes live: ``$READER_INDEX_DIR`` or the user cache directory (platformdirs)."""
    env = os.environ.get(INDEX_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("reader", appauthor=False) / "index"


def index_path_for(db_path: str | os.PathLike[str]) -> Path:
    """The index file of one notes database (one index per database)."""
    key = hashlib.sha1(os.path.abspath(os.fspath(db_path)).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return index_dir() / f"library-{key}.sqlite3"


def _fold(value: object) -> str:
    return str(value).casefold() if value is not None else ""


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")  # a cache: losing the last write only re-indexes a file
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -8000")  # 8 MB a connection: the list is read once
    conn.create_function("fold", 1, _fold, deterministic=True)


def _valid(conn: sqlite3.Connection) -> str:
    """"" when the index is usable, else why not."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as error:
        return f"unreadable ({error})"
    if row is None or row[0] != SCHEMA_VERSION:
        return "made by another version"
    for table, columns in _layout().items():  # a foreign file or another build's tables (same number)
        found = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
        if found != columns and (found or table in _CORE_TABLES):
            return f"made by another version (table '{table}' {'differs' if found else 'missing'})"
    return ""  # damage found later (a failed query) rebuilds it too: see LibraryIndex


_CORE_TABLES = ("meta", "files", "articles", "fts", "quotes", "quote_keys", "mentions", "who_cache")
_LAYOUT: dict[str, tuple[str, ...]] = {}


def _layout() -> dict[str, tuple[str, ...]]:
    """Each table this code makes, with its columns in order (heads and the change log are made
    in an index that lacks them, so only theirs found must match)."""
    if not _LAYOUT:
        conn = sqlite3.connect(":memory:")
        conn.executescript(_DDL + _HEADS_DDL + LOG_DDL)
        for table in (*_CORE_TABLES, "heads", "listing_log"):
            _LAYOUT[table] = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
        conn.close()
    return _LAYOUT


def _create(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=BUSY_SECONDS)
    _configure(conn)
    conn.executescript("BEGIN;" + _DDL + _HEADS_DDL + LOG_DDL + f"INSERT INTO meta VALUES ('schema', '{SCHEMA_VERSION}'); COMMIT;")
    codestamp.stamp_new(conn)
    return conn


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def connect(path: Path) -> tuple[sqlite3.Connection, str]:
    """An open index at ``path`` and a one-line notice ("" normally; else why it was rebuilt)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where the folder should be (READER_INDEX_DIR naming a file)
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent)) from None
    if not path.exists():
        return _create(path), ""
    reason = ""
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=BUSY_SECONDS)
        try:
            _configure(conn)
        except sqlite3.DatabaseError as error:
            reason = f"unreadable ({error})"
        else:
            reason = _valid(conn)
        if not reason:
            try:
                conn.execute(_HEADS_DDL)
                add_log(conn)  # the list's change log (reader.index.listcache)
            except sqlite3.OperationalError:  # busy: another connection is making it
                pass
            except sqlite3.DatabaseError as error:
                reason = f"unreadable ({error})"
        if not reason:
            return conn, ""
        conn.close()
    except sqlite3.DatabaseError as error:
        reason = f"unreadable ({error})"
    _discard(path)
    return _create(path), f"The library index was {reason}; it is built again from the article files as they are read."
