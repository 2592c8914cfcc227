"""Speakers set by hand, across the library: the journalist's per-quote speakers (the ``w`` key on
a quote; kept in the notes database) as user data in the index, so that every who-said-what
answer gives a quote the speaker the journalist set ("" when she cleared it).

The index stays derived: ``hand_speakers`` is rebuilt from the notes database by
``set_hand_speakers`` (reader.archive.sync_hand_speakers matches the store's records to the
indexed quotes), and an article's rows go with its quotes when it is analysed again or dropped.
The ``speakers`` search column of the articles concerned is rewritten to match.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Mapping

LibraryIndex = Any  # reader.index.catalog.LibraryIndex

_DDL = ("CREATE TABLE IF NOT EXISTS hand_speakers"
        " (quote INTEGER PRIMARY KEY, article INTEGER NOT NULL, speaker TEXT NOT NULL)")

# the speaker, role and party of a quote ``q`` joined with ``hand_join``'s ``h``
SPEAKER = "coalesce(h.speaker, q.speaker)"
ROLE = "(CASE WHEN h.speaker IS NULL THEN q.role ELSE '' END)"
PARTY = "(CASE WHEN h.speaker IS NULL THEN q.party ELSE '' END)"
AFFILIATION = "(CASE WHEN h.speaker IS NULL THEN q.affiliation ELSE '' END)"


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hand_speakers'").fetchone() is not None


def hand_join(index: "LibraryIndex") -> str:
    """A LEFT JOIN giving each quote ``q`` its speaker set by hand as ``h.speaker`` (NULL: none)."""
    if _has_table(index.conn):
        return "LEFT JOIN hand_speakers h ON h.quote = q.id"
    return "LEFT JOIN (SELECT NULL AS quote, NULL AS speaker) h ON h.quote = q.id"


def speaker_in(index: "LibraryIndex", names: list[str]) -> tuple[str, list[str]]:
    """A condition (and its parameters) on quote ``q`` that holds for the quotes said, as the
    analysis found or as set by hand, by one of ``names`` (the index on quotes.speaker serves it);
    a quote whose found speaker was replaced by hand still passes: check its speaker after."""
    marks = ",".join("?" * len(names))
    if not _has_table(index.conn):
        return f"q.speaker IN ({marks})", list(names)
    return (f"(q.speaker IN ({marks}) OR q.id IN (SELECT quote FROM hand_speakers WHERE speaker IN ({marks})))",
            [*names, *names])


def drop_articles(conn: sqlite3.Connection, articles_sql: str, params: tuple) -> None:
    """Forget the speakers set by hand on the quotes of the articles ``articles_sql`` selects."""
    if _has_table(conn):
        conn.execute(f"DELETE FROM hand_speakers WHERE article IN ({articles_sql})", params)


def hand_speakers(index: "LibraryIndex") -> dict[int, str]:
    """Quote id -> the speaker set by hand, as the index holds them now."""
    if not _has_table(index.conn):
        return {}
    return dict(index.conn.execute("SELECT quote, speaker FROM hand_speakers"))


def set_hand_speakers(index: "LibraryIndex", chosen: Mapping[int, str]) -> int:
    """Make the index give these quotes (id -> speaker, "" none) the speaker set by hand, and no
    other quote one; rewrites the articles' ``speakers`` search column. Returns how many quotes changed."""
    current = hand_speakers(index)
    wanted = {int(q): s for q, s in chosen.items()}
    if current == wanted:
        return 0
    changed = {q for q in current.keys() | wanted.keys() if current.get(q) != wanted.get(q)}
    with index._transaction() as tx:
        tx.execute(_DDL)
        tx.execute("INSERT INTO meta VALUES ('who_version', '1')"
                   " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
        touched = {r[0] for r in tx.execute("SELECT DISTINCT article FROM hand_speakers")}
        tx.execute("DELETE FROM hand_speakers")
        for quote_id, speaker in wanted.items():
            row = tx.execute("SELECT article FROM quotes WHERE id = ?", (quote_id,)).fetchone()
            if row is not None:
                tx.execute("INSERT INTO hand_speakers VALUES (?, ?, ?)", (quote_id, row[0], speaker))
                touched.add(row[0])
        for article in touched:
            names = [r[0] for r in tx.execute(
                f"SELECT {SPEAKER} FROM quotes q {hand_join(index)} WHERE q.article = ? ORDER BY q.qstart, q.id",
                (article,))]
            tx.execute("UPDATE fts SET speakers = ? WHERE rowid = ?",
                       (" ; ".join(dict.fromkeys(n for n in names if n)), article))
    return len(changed)
