"""Writing who-said-what rows: an article's names and quotes into the index (inside the catalog's transactions)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import TYPE_CHECKING, Any

from reader.index.whohand import drop_articles
from reader.index.wording import quote_keys, quote_words
from reader.index.whorows import LABELS

if TYPE_CHECKING:  # the catalog and the records call this module: their types are named, not imported
    from reader.model import Analysis

LibraryIndex = Any  # reader.index.catalog.LibraryIndex
AnalysisRecord = Any  # reader.index.records.AnalysisRecord


# -- writing (called by the catalog inside its transactions) ---------------------------------------
def mentions_of(result: "Analysis") -> tuple[tuple[str, str, int], ...]:
    """(label, canonical name, mentions) of the people, organisations and places of one analysis."""
    counts: Counter[tuple[str, str]] = Counter()
    for entity in (*result.title_entities, *result.entities):
        if entity.label.value in LABELS and entity.canonical.strip():
            counts[(entity.label.value, entity.canonical)] += 1
    return tuple((label, name, n) for (label, name), n in counts.items())


def _parties(result: "Analysis") -> dict[str, str]:
    """Person -> the party or organisation written in brackets just after a mention ("(LA)")."""
    from reader.analysis.parties import bracket_parties

    return bracket_parties(result.text, result.entities)


def quote_rows_of(result: "Analysis") -> tuple[tuple[int, int, str, str, str, str], ...]:
    """(start, end, speaker, role, party, text) of each quote of one analysis."""
    from reader.analysis.roles import speaker_roles

    roles = speaker_roles(result)
    parties = _parties(result)
    return tuple(
        (q.start, q.end, q.speaker or "", roles.get(q.speaker or "", ""), parties.get(q.speaker or "", ""), q.text)
        for q in result.quotes
    )


def quote_marks_of(result: "Analysis") -> tuple[tuple[str, str, str], ...]:
    """(kind, the quote's own role, affiliation) of each quote of one analysis: what the quote
    sheet prints beside ``quote_rows_of`` (reader.index.sheetrows)."""
    return tuple((q.kind or "full", q.role or "", q.affiliation or "") for q in result.quotes)


_BUMP = ("INSERT INTO meta VALUES ('who_version', '1')"
         " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")


def drop_path(conn: sqlite3.Connection, path: str) -> None:
    """Forget the quotes and names of the articles of one file."""
    conn.execute(_BUMP)
    articles = "SELECT rowid FROM articles WHERE path = ?"
    drop_articles(conn, articles, (path,))
    conn.execute(f"DELETE FROM quote_keys WHERE quote IN (SELECT id FROM quotes WHERE article IN ({articles}))", (path,))
    conn.execute(f"DELETE FROM quotes WHERE article IN ({articles})", (path,))
    conn.execute(f"DELETE FROM mentions WHERE article IN ({articles})", (path,))


def write_analysis(conn: sqlite3.Connection, result: "AnalysisRecord") -> None:
    """Store the quotes (with their keys) and names of one analysed article."""
    rowid = result.rowid
    conn.execute(_BUMP)
    drop_articles(conn, "?", (rowid,))  # set again by the next sync with the notes database
    conn.execute("DELETE FROM quote_keys WHERE quote IN (SELECT id FROM quotes WHERE article = ?)", (rowid,))
    conn.execute("DELETE FROM quotes WHERE article = ?", (rowid,))
    conn.execute("DELETE FROM mentions WHERE article = ?", (rowid,))
    conn.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?)",
                     [(rowid, label, name, n) for label, name, n in result.mentions])
    marks = result.quote_marks or (("full", "", ""),) * len(result.quote_rows)
    for (start, end, speaker, role, party, text), (kind, own_role, affiliation) in zip(result.quote_rows, marks):
        words = quote_words(text)
        cur = conn.execute("INSERT INTO quotes (article, qstart, qend, speaker, role, party, text, norm, kind, own_role,"
                           " affiliation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (rowid, start, end, speaker, role, party, text, " ".join(words), kind, own_role, affiliation))
        conn.executemany("INSERT OR IGNORE INTO quote_keys VALUES (?, ?)", [(k, cur.lastrowid) for k in quote_keys(words)])
