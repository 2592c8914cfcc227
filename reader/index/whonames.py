"""Names across the library: entities, the articles naming one, the names seen with it."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from reader.index.walking import from_db, roots_of
from reader.index.wording import merge_names
from reader.index.whorows import LABELS, EntityRow, cache_key, cached, paths_cond, row_values

if TYPE_CHECKING:  # the catalog and the records call this module: their types are named, not imported
    from reader.model import EntityCorrection

LibraryIndex = Any  # reader.index.catalog.LibraryIndex
AnalysisRecord = Any  # reader.index.records.AnalysisRecord


# -- entities ------------------------------------------------------------------------------------
def person_names(index: "LibraryIndex") -> dict[str, str]:
    """Every person's name as written -> the name it is merged into across the library."""
    def compute() -> dict[str, str]:
        rows = index.conn.execute(
            "SELECT name FROM mentions WHERE label = 'PER' GROUP BY name ORDER BY sum(count) DESC").fetchall()
        return merge_names(r[0] for r in rows)

    return cached(index, "person-names", compute, lambda v: v, lambda v: v)


def _corrected(label: str, name: str, fixes: Mapping[str, str | None]) -> str | None:
    """The label a name has after the journalist's corrections (None: not an entity)."""
    key = name.casefold()
    return fixes[key] if key in fixes else label


def _fixes(corrections: Iterable["EntityCorrection"]) -> dict[str, str | None]:
    return {c.text.casefold(): (c.label.value if c.label is not None else None) for c in corrections}


def entities(index: "LibraryIndex", paths: Sequence[str] | None = None, label: str | None = None,
             corrections: Iterable["EntityCorrection"] = ()) -> list[EntityRow]:
    """People, organisations and places under ``paths``, most mentioned first, with the
    journalist's entity corrections applied (a type changed, a name removed or added)."""
    corrections = tuple(corrections)
    key = cache_key("entities", sorted(roots_of(paths)) if paths else None, label,
               sorted((c.text, c.label.value if c.label else None) for c in corrections))
    return cached(index, key, lambda: _entities(index, paths, label, corrections),
                   lambda rows: [list(row_values(e)) for e in rows],
                   lambda rows: [EntityRow(*r[:4], tuple(r[4])) for r in rows])


def _entities(index: "LibraryIndex", paths: Sequence[str] | None, label: str | None,
              corrections: Sequence["EntityCorrection"]) -> list[EntityRow]:
    cond, params = paths_cond(paths)
    if paths:
        sql = (f"SELECT m.label, m.name, sum(m.count), count(*) FROM mentions m JOIN articles a ON a.rowid = m.article"
               f" WHERE {cond} GROUP BY m.label, m.name")
    else:
        sql = "SELECT label, name, sum(count), count(*) FROM mentions GROUP BY label, name"
    fixes = _fixes(corrections)
    people = person_names(index)
    totals: dict[tuple[str, str], list] = {}
    for raw_label, raw, mentions, articles in index.conn.execute(sql, params):
        kind = _corrected(raw_label, raw, fixes)
        if kind not in LABELS:
            continue
        name = people.get(raw, raw) if kind == "PER" else raw
        entry = totals.setdefault((kind, name), [0, 0, []])
        entry[0] += mentions
        entry[1] += articles
        if raw != name and raw not in entry[2]:
            entry[2].append(raw)
    have = {name.casefold() for _, name in totals} | {a.casefold() for e in totals.values() for a in e[2]}
    for text, kind in fixes.items():
        if kind in LABELS and text not in have:
            found = _articles_naming(index, text, cond, params)
            if found:
                totals[(kind, _spelled(index, text, found[0]))] = [len(found), len(found), []]
    out = [EntityRow(name, kind, m, a, tuple(al)) for (kind, name), (m, a, al) in totals.items()
           if label is None or kind == label]
    out.sort(key=lambda e: (-e.mentions, -e.articles, e.name.casefold()))
    return out


def _articles_naming(index: "LibraryIndex", text: str, cond: str, params: list) -> list[int]:
    """Rowids of the articles whose text has the words of ``text`` as a phrase."""
    from reader.index.textkeys import words

    tokens = words(text)
    if not tokens:
        return []
    match = "{title body}: (" + " + ".join(f'"{t}"' for t in tokens) + ")"
    try:
        return [r[0] for r in index.conn.execute(
            f"SELECT a.rowid FROM fts JOIN articles a ON a.rowid = fts.rowid WHERE fts MATCH ? AND {cond}",
            [match, *params])]
    except sqlite3.OperationalError:
        return []


def _spelled(index: "LibraryIndex", text: str, rowid: int) -> str:
    """``text`` as the article ``rowid`` writes it (a correction is stored as typed)."""
    body = index.body(rowid) or ""
    at = body.casefold().find(text)
    return body[at:at + len(text)] if at >= 0 and len(body.casefold()) == len(body) else text


def _raw_names(index: "LibraryIndex", name: str, label: str, corrections: Iterable["EntityCorrection"]) -> list[tuple[str, str]]:
    """The (label, name as written) pairs that make up one entity row."""
    fixes = _fixes(corrections)
    pairs = [(label, name)]
    if label == "PER":
        pairs += [("PER", raw) for raw, target in person_names(index).items() if target == name and raw != name]
    for text, kind in fixes.items():  # names re-typed into this label
        if kind == label and text == name.casefold():
            pairs += [(other, name) for other in LABELS if other != label]
    return pairs


def entity_articles(index: "LibraryIndex", name: str, label: str, paths: Sequence[str] | None = None,
                    corrections: Iterable["EntityCorrection"] = ()) -> list[tuple[int, str, str, str, int, str]]:
    """(rowid, title, date, source, mentions, path) of the articles naming one entity, newest first."""
    cond, params = paths_cond(paths)
    pairs = _raw_names(index, name, label, corrections)
    match = " OR ".join("(m.label = ? AND m.name = ?)" for _ in pairs)
    flat = [v for pair in pairs for v in pair]
    rows = index.conn.execute(
        f"SELECT a.rowid, a.title, a.date, a.source, sum(m.count), a.path FROM mentions m JOIN articles a ON a.rowid = m.article"
        f" WHERE ({match}) AND {cond} GROUP BY a.rowid ORDER BY a.date DESC, a.path", [*flat, *params]).fetchall()
    if not rows and _fixes(corrections).get(name.casefold()) == label:
        found = _articles_naming(index, name.casefold(), cond, params)
        rows = [(r, *index.conn.execute("SELECT title, date, source, 1, path FROM articles WHERE rowid = ?", (r,)).fetchone())
                for r in found]
    return [(*r[:5], from_db(r[5])) for r in rows]  # type: ignore[misc]


def cooccurring(index: "LibraryIndex", name: str, label: str, limit: int = 10, paths: Sequence[str] | None = None,
                corrections: Iterable["EntityCorrection"] = ()) -> list[tuple[str, str, int]]:
    """(label, name, articles) of the entities named most often in the same articles as one."""
    articles = [r[0] for r in entity_articles(index, name, label, paths, corrections)]
    if not articles:
        return []
    fixes = _fixes(corrections)
    people = person_names(index)
    own = {name} | {raw for _, raw in _raw_names(index, name, label, corrections)}
    counts: Counter[tuple[str, str]] = Counter()
    for start in range(0, len(articles), 900):
        chunk = articles[start:start + 900]
        for raw_label, raw, n in index.conn.execute(
                f"SELECT label, name, count(DISTINCT article) FROM mentions WHERE article IN ({','.join('?' * len(chunk))})"
                " GROUP BY label, name", chunk):
            kind = _corrected(raw_label, raw, fixes)
            if kind not in LABELS:
                continue
            merged = people.get(raw, raw) if kind == "PER" else raw
            if merged in own and kind == label:
                continue
            counts[(kind, merged)] += n
    return [(k, n_, c) for (k, n_), c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1].casefold()))[:limit]]
