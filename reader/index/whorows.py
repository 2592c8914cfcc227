"""The rows who-said-what answers with, and the cache that keeps whole-library answers between processes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Sequence

from reader.index.walking import roots_of, under


LibraryIndex = Any  # reader.index.catalog.LibraryIndex
AnalysisRecord = Any  # reader.index.records.AnalysisRecord

LABELS = ("PER", "ORG", "LOC")


# -- answers -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Speaker:
    """One person quoted in the library."""

    name: str
    quotes: int
    articles: int
    first: str
    last: str
    role: str = ""
    party: str = ""
    aliases: tuple[str, ...] = ()  # other names merged into this one
    affiliation: str = ""  # the organisation the articles give them most often ("" none; may be the party)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote in one article."""

    id: int
    rowid: int  # the article's row in the index
    article_id: str
    start: int
    end: int
    text: str
    speaker: str  # merged across the library ("" when unknown)
    said_as: str  # as the article names the speaker
    role: str
    party: str
    title: str
    date: str
    source: str
    path: str
    affiliation: str = ""  # the organisation the article gives the speaker ("Harwick Bottling"; may be the party)


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One person, organisation or place across the library."""

    name: str
    label: str
    mentions: int
    articles: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Version:
    """One article carrying a quote (or a near-identical wording of it)."""

    quote: QuoteRow
    similarity: float
    diff: tuple[tuple[str, str], ...] = ()  # against the quote asked about; () when identical

    @property
    def same(self) -> bool:
        """True when the wording is the same (case and punctuation aside)."""
        return not any(op != "=" for op, _ in self.diff)


@dataclass
class Provenance:
    """Every article carrying one quote, earliest first."""

    quote: QuoteRow
    versions: list[Version] = field(default_factory=list)

    @property
    def others(self) -> list[Version]:
        """The versions in other articles."""
        return [v for v in self.versions if v.quote.rowid != self.quote.rowid]

    @property
    def first(self) -> QuoteRow:
        """The earliest article carrying the quote (itself when none is earlier)."""
        return self.versions[0].quote if self.versions else self.quote

    @property
    def changed(self) -> list[Version]:
        """The versions whose wording differs."""
        return [v for v in self.others if not v.same]


def _version(index: "LibraryIndex") -> int:
    """A number that changes whenever quotes or names are written or dropped."""
    row = index.conn.execute("SELECT value FROM meta WHERE key = 'who_version'").fetchone()
    return int(row[0]) if row else 0


def cached(index: "LibraryIndex", key: str, compute, encode, decode):
    """``compute()`` kept until the quotes or names change: in memory, and in the index file for
    the next process (lists of the whole library take a second or more to count at 100k articles)."""
    version = _version(index)
    memory = index.__dict__.setdefault("_who_cache", {})
    held = memory.get(key)
    if held is not None and held[0] == version:
        return held[1]
    value = None
    try:
        row = index.conn.execute("SELECT version, data FROM who_cache WHERE key = ?", (key,)).fetchone()
        if row is not None and row[0] == version:
            value = decode(json.loads(row[1]))
    except (sqlite3.OperationalError, ValueError, TypeError):
        value = None
    if value is None:
        value = compute()
        _keep(index, (key, version, json.dumps(encode(value), ensure_ascii=False)))
    memory[key] = (version, value)
    return value


KEEP_WAIT_SECONDS = 0.5  # a kept list is only a head start: never worth the index's full busy wait


def _keep(index: "LibraryIndex", row: tuple[str, int, str]) -> None:
    """Write a counted list to the index file for the next process, waiting at most
    ``KEEP_WAIT_SECONDS`` for another program's lock (through a connection of its own: the index's
    waits 5 s, and a quit waited for this worker); busy or read-only, it is kept in memory only."""
    try:
        conn = sqlite3.connect(index.path, timeout=KEEP_WAIT_SECONDS, isolation_level=None)
        try:
            conn.execute("INSERT OR REPLACE INTO who_cache VALUES (?, ?, ?)", row)
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def cache_key(*parts: object) -> str:
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, default=repr)


def paths_cond(paths: Sequence[str] | None, column: str = "a.path") -> tuple[str, list]:
    if not paths:
        return "1", []
    cond, params = under(roots_of(paths), column)
    return cond, list(params)


def date_key(date: str, rowid: int) -> tuple:
    return (date == "", date, rowid)

def row_values(row) -> tuple:
    return tuple(getattr(row, f) for f in row.__dataclass_fields__)
