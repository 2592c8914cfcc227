"""Searching the index: the search language over FTS5 (BM25), snippets with the hits marked."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from reader.index import database, who
from reader.index.articles import ARTICLE_COLUMNS, IndexedArticle, article_of
from reader.index.query import Query, parse_query
from reader.index.textkeys import snippet
from reader.index.walking import roots_of, under


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result."""

    article: IndexedArticle
    score: float
    snippet: str
    spans: tuple[tuple[int, int], ...]  # hits in ``snippet``


@dataclass
class SearchResult:
    """The hits of a query, best first, and what could not be used of the query."""

    query: Query
    hits: list[Hit] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Searching:
    """Mixin for LibraryIndex: ``search``."""

    conn: sqlite3.Connection
    _guarded: Callable[..., Any]
    body: Callable[[int], str | None]

    def search(self, text: str, paths: Sequence[str] | None = None, limit: int = 50,
               speaker_overrides: Mapping[str, str] | None = None) -> SearchResult:
        """The articles matching ``text`` (the search language), best first (BM25).
        ``speaker_overrides`` (the journalist's merges, as ``who.speakers`` takes them) make
        ``speaker:X`` find the names merged with X too."""
        query = parse_query(text, self._merged_speakers(speaker_overrides) if speaker_overrides else None)
        result = SearchResult(query, problems=list(query.problems))
        if query.empty:
            if text.strip() and not result.problems:
                result.problems.append("nothing to search for in that query")
            return result
        try:
            result.hits = self._guarded(lambda: self._search(query, paths, limit))  # type: ignore[assignment]
        except sqlite3.OperationalError as error:  # a query FTS5 still refuses: say so, never raise
            result.problems.append(f"could not search for that: {error}")
        return result

    def _merged_speakers(self, overrides: Mapping[str, str]) -> Callable[[str], list[str]]:
        """typed -> every name as written whose merged speaker is one that ``typed`` names."""
        def names(typed: str) -> list[str]:
            try:
                targets = set(who.matching_speakers(self, typed, overrides))
                merged = who.speaker_names(self, overrides)
            except sqlite3.Error:
                return []
            return sorted({raw for raw, target in merged.items() if target in targets} | targets)
        return names

    def _search(self, query: Query, paths: Sequence[str] | None, limit: int) -> list[Hit]:
        where = list(query.where)
        params: list[object] = list(query.params)
        if paths:
            cond, extra = under(roots_of(paths), "a.path")
            where.append(cond)
            params.extend(extra)
        columns = f"a.{ARTICLE_COLUMNS.replace(', ', ', a.')}"
        if query.include:
            match = query.match
            if query.exclude:
                match = f"({match}) NOT ({' OR '.join(query.exclude)})"
            weights = ", ".join(str(w) for w in database.BM25_WEIGHTS)
            sql = (f"SELECT {columns}, bm25(fts, {weights}) AS score, fts.title, fts.body, fts.notes"
                   f" FROM fts JOIN articles a ON a.rowid = fts.rowid WHERE fts MATCH ?")
            params.insert(0, match)
            order = "score, a.date DESC"
        else:
            sql = f"SELECT {columns}, 0.0, '', '', '' FROM articles a WHERE 1"
            if query.exclude:
                where.append("a.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
                params.append(" OR ".join(query.exclude))
            order = "a.date DESC, a.path"
        for cond in where:
            sql += f" AND {cond}"
        sql += f" ORDER BY {order} LIMIT ?"
        params.append(max(1, min(int(limit), 2**63 - 1)))  # SQLite's largest integer: "all of them"
        rows = self.conn.execute(sql, params).fetchall()
        marker = query.highlighter()
        hits = []
        for row in rows:
            article = article_of(row[:14], self)
            title, body, notes = row[15], row[16], row[17]
            text, spans = "", []
            for candidate in (body, notes, title):
                if candidate and marker:
                    found = marker.spans(candidate, article.language, window=120)
                    if found:
                        text, spans = snippet(candidate, found)
                        break
            if not text:
                if not body:
                    body = self.body(article.rowid) or ""
                text, spans = snippet(body, [])
            hits.append(Hit(article, float(row[14]), text, tuple(spans)))
        return hits
