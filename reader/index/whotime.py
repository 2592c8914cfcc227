"""Who-said-what over time: mentions and quotes per day, week, month or year."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence
from reader.index.whonames import entity_articles
from reader.index.whoquotes import quotes
from reader.index.whorows import LABELS, paths_cond

if TYPE_CHECKING:  # the catalog and the records call this module: their types are named, not imported
    from reader.model import EntityCorrection

LibraryIndex = Any  # reader.index.catalog.LibraryIndex
AnalysisRecord = Any  # reader.index.records.AnalysisRecord


# -- over time -----------------------------------------------------------------------------------
def _bucket(date: str, by: str) -> str | None:
    """The week (2018-W34) or month (2018-08) of an ISO date; None when it has no month."""
    if len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    if by == "month" or len(date) < 10:
        return date[:7] if by == "month" else None
    import datetime as dt

    try:
        year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def timeline(index: "LibraryIndex", kind: str, name: str, by: str = "month", paths: Sequence[str] | None = None,
             corrections: Iterable["EntityCorrection"] = (), overrides: Mapping[str, str] | None = None) -> list[tuple[str, int]]:
    """(period, count) from the first period to the last, empty ones included: ``kind`` "speaker"
    counts the quotes of the speaker ``name``; "PER", "ORG", "LOC" the mentions of an entity; "tag"
    the articles whose file or user tags include ``name``; "search" the articles the query ``name``
    finds."""
    cond, params = paths_cond(paths)
    if kind == "speaker":
        dates = [(q.date, 1) for q in quotes(index, paths, speaker=name, overrides=overrides)]
    elif kind in LABELS:
        dates = [(row[2], row[4]) for row in entity_articles(index, name, kind, paths, corrections)]
    elif kind == "tag":
        from reader.index.textkeys import words

        tokens = words(name)
        if not tokens:
            return []
        match = "{tags}: (" + " + ".join(f'"{t}"' for t in tokens) + ")"
        dates = [(r[0], 1) for r in index.conn.execute(
            f"SELECT a.date FROM fts JOIN articles a ON a.rowid = fts.rowid WHERE fts MATCH ? AND {cond}", [match, *params])]
    elif kind == "search":  # the articles a full-text query finds (the search language)
        dates = [(hit.article.date, 1) for hit in index.search(name, paths, limit=1_000_000).hits]
    else:
        raise ValueError(f"unknown timeline kind {kind!r}")
    counts: Counter[str] = Counter()
    for date, n in dates:
        period = _bucket(date or "", by)
        if period is not None:
            counts[period] += n
    return fill_periods(counts, by)


def fill_periods(counts: Mapping[str, int], by: str) -> list[tuple[str, int]]:
    """``counts`` in order with the empty periods between the first and the last as 0."""
    if not counts:
        return []
    import datetime as dt

    first, last = min(counts), max(counts)
    out: list[tuple[str, int]] = []
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        while True:
            key = f"{y:04d}-{m:02d}"
            out.append((key, counts.get(key, 0)))
            if key >= last or len(out) > 1200:
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    day = dt.date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    while len(out) <= 2000:
        year, week, _ = day.isocalendar()
        key = f"{year}-W{week:02d}"
        out.append((key, counts.get(key, 0)))
        if key >= last:
            break
        day += dt.timedelta(days=7)
    return out
