"""The article list kept between reads: after a change only the rows of the files that changed
are read again, not 100,000 rows.

SQLite triggers log the path of every articles row added, removed or changed in a listed column
(``listing_log``), whoever writes it: this process, another thread's connection, another copy of
reader. A read takes the paths logged since the list it holds was read and reads their rows in
the same snapshot (only once asked to keep it: ``LibraryIndex.keep_list``, which the folder watch
sets at its first change); a list from another index file (its ``listing_token``), older than the log
kept, or with too many changed paths is read in full, as before. The index stays derived: the
log is a cache of a cache, pruned after each sync.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

from reader.index.articles import ARTICLE_COLUMNS, IndexedArticle, article_of
from reader.index.walking import under

if TYPE_CHECKING:
    from reader.index.catalog import LibraryIndex

_LISTED = "path, item, id, uid, title, date, source, dateline, language, format, byline, meta_tags, fingerprint"
LOG_DDL = f"""
CREATE TABLE IF NOT EXISTS listing_log (seq INTEGER PRIMARY KEY, path TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS listing_added AFTER INSERT ON articles
    BEGIN INSERT INTO listing_log (path) VALUES (new.path); END;
CREATE TRIGGER IF NOT EXISTS listing_removed AFTER DELETE ON articles
    BEGIN INSERT INTO listing_log (path) VALUES (old.path); END;
CREATE TRIGGER IF NOT EXISTS listing_changed AFTER UPDATE OF {_LISTED} ON articles
    BEGIN INSERT INTO listing_log (path) VALUES (old.path);
          INSERT INTO listing_log (path) SELECT new.path WHERE new.path != old.path; END;
INSERT OR IGNORE INTO meta VALUES ('listing_token', lower(hex(randomblob(8))));
"""
_KEEP = 20_000  # log rows kept after a sync (the newest; the newest one is never deleted)


def add_log(conn: sqlite3.Connection) -> None:
    """Make the log and its triggers in an index that lacks them (one transaction: the token is
    there only with the triggers); a busy index is left as it is (its lists are read in full)."""
    if conn.execute("SELECT 1 FROM meta WHERE key = 'listing_token'").fetchone() is not None:
        return
    try:
        conn.executescript("BEGIN IMMEDIATE;" + LOG_DDL + "COMMIT;")
    except sqlite3.OperationalError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def prune_log(conn: sqlite3.Connection) -> None:
    """Forget all but the newest log rows (a list older than them is read in full)."""
    try:
        low, top = conn.execute("SELECT min(seq), max(seq) FROM listing_log").fetchone()
    except sqlite3.OperationalError:  # an index without the log (it was busy when opened)
        return
    if low is not None and top - low > 2 * _KEEP:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM listing_log WHERE seq <= (SELECT max(seq) FROM listing_log) - ?", (_KEEP,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@dataclass
class _Held:
    token: str
    generation: int
    roots: tuple[str, ...]
    seq: int
    keys: list[str]  # the path of each article, as the index stores it
    articles: list[IndexedArticle]


class ListCache:
    """The last article list read (one set of roots), brought up to date from the log. Off until
    ``keep`` is set: a list kept holds an object per article (the launch lists compact rows)."""

    def __init__(self) -> None:
        self._held: _Held | None = None
        self._lock = threading.Lock()
        self.keep = False

    def clear(self) -> None:
        """Forget the list held."""
        self._held = None

    def articles(self, index: "LibraryIndex", roots: list[str], titles: Mapping[int, str] | None = None) -> list[IndexedArticle]:
        """The indexed articles under ``roots`` by path and item, as a full read gives them.
        ``titles``: rowid -> the title as held elsewhere (the launch's rows on screen); a full
        read holds those strings, not a copy of each (12 MB at 100,000 articles)."""
        with self._lock:
            conn = index.conn
            own = not conn.in_transaction
            if own:
                conn.execute("BEGIN")  # one snapshot: the log and the rows agree
            try:
                return list(self._read(index, conn, roots, titles))
            finally:
                if own and conn.in_transaction:
                    conn.execute("COMMIT")

    def _read(self, index: "LibraryIndex", conn: sqlite3.Connection, roots: list[str],
              titles: Mapping[int, str] | None = None) -> list[IndexedArticle]:
        row = conn.execute("SELECT value FROM meta WHERE key = 'listing_token'").fetchone()
        token = row[0] if row else ""
        low, top = conn.execute("SELECT min(seq), max(seq) FROM listing_log").fetchone() if token else (None, None)
        top = top or 0
        held = self._held if self.keep else None
        cond, params = under(roots)
        if (held is None or not token or held.token != token or held.generation != index._generation
                or held.roots != tuple(roots) or held.seq > top or (low is not None and held.seq < low - 1)):
            return self._full(index, conn, roots, cond, params, token, top, titles)
        if held.seq == top:
            return held.articles
        changed = sorted({p for (p,) in conn.execute("SELECT path FROM listing_log WHERE seq > ?", (held.seq,))})
        if len(changed) > max(1000, len(held.keys) // 4):
            return self._full(index, conn, roots, cond, params, token, top)
        fresh: dict[str, list[IndexedArticle]] = {}
        for start in range(0, len(changed), 5000):
            for row in conn.execute(
                    f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE path IN (SELECT value FROM json_each(?))"
                    f" AND {cond} ORDER BY path, item", [json.dumps(changed[start:start + 5000]), *params]):
                fresh.setdefault(row[1], []).append(article_of(row, index))
        keys, articles = held.keys, held.articles
        new_keys: list[str] = []
        new_articles: list[IndexedArticle] = []
        at = 0
        for path in changed:  # one merge: the unchanged runs copied as slices
            low_at = bisect_left(keys, path, at)
            new_keys += keys[at:low_at]
            new_articles += articles[at:low_at]
            rows = fresh.get(path, ())
            new_keys += [path] * len(rows)
            new_articles += rows
            at = bisect_right(keys, path, low_at)
        new_keys += keys[at:]
        new_articles += articles[at:]
        self._held = _Held(token, index._generation, tuple(roots), top, new_keys, new_articles)
        return new_articles

    def _full(self, index: "LibraryIndex", conn: sqlite3.Connection, roots: list[str], cond: str, params: list,
              token: str, top: int, titles: Mapping[int, str] | None = None) -> list[IndexedArticle]:
        keys: list[str] = []
        articles: list[IndexedArticle] = []
        for row in conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE {cond} ORDER BY path, item", params):
            keys.append(row[1])
            articles.append(article_of(row, index, title=titles.get(row[0])) if titles else article_of(row, index))
        self._held = _Held(token, index._generation, tuple(roots), top, keys, articles) if token and self.keep else None
        return articles
