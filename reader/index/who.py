"""Who said what, across the library: speakers, their quotes, entities, co-occurrence, where a quote
first appeared and timelines, answered from the index's ``quotes``, ``quote_keys`` and ``mentions``
tables (written with each article's analysis).

Names are merged across articles as the analysis merges them within one (``wording.merge_names``).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from reader.index.walking import from_db, roots_of, under
from reader.index.wording import NEAR, merge_names, name_matches, quote_keys, quote_words, similarity, word_diff

if TYPE_CHECKING:  # the catalog and the records call this module: their types are named, not imported
    from reader.model import Analysis, EntityCorrection

LibraryIndex = Any  # reader.index.catalog.LibraryIndex
AnalysisRecord = Any  # reader.index.records.AnalysisRecord

LABELS = ("PER", "ORG", "LOC")


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
    parties: dict[str, str] = {}
    entities = result.entities
    text = result.text
    for here, after in zip(entities, entities[1:]):
        if here.label.value != "PER" or after.label.value != "ORG" or here.canonical in parties:
            continue
        if text[here.end:after.start] == " (" and text[after.end:after.end + 1] == ")":
            parties[here.canonical] = after.text
    return parties


def quote_rows_of(result: "Analysis") -> tuple[tuple[int, int, str, str, str, str], ...]:
    """(start, end, speaker, role, party, text) of each quote of one analysis."""
    from reader.analysis.roles import speaker_roles

    roles = speaker_roles(result)
    parties = _parties(result)
    return tuple(
        (q.start, q.end, q.speaker or "", roles.get(q.speaker or "", ""), parties.get(q.speaker or "", ""), q.text)
        for q in result.quotes
    )


_BUMP = ("INSERT INTO meta VALUES ('who_version', '1')"
         " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")


def drop_path(conn: sqlite3.Connection, path: str) -> None:
    """Forget the quotes and names of the articles of one file."""
    conn.execute(_BUMP)
    articles = "SELECT rowid FROM articles WHERE path = ?"
    conn.execute(f"DELETE FROM quote_keys WHERE quote IN (SELECT id FROM quotes WHERE article IN ({articles}))", (path,))
    conn.execute(f"DELETE FROM quotes WHERE article IN ({articles})", (path,))
    conn.execute(f"DELETE FROM mentions WHERE article IN ({articles})", (path,))


def write_analysis(conn: sqlite3.Connection, result: "AnalysisRecord") -> None:
    """Store the quotes (with their keys) and names of one analysed article."""
    rowid = result.rowid
    conn.execute(_BUMP)
    conn.execute("DELETE FROM quote_keys WHERE quote IN (SELECT id FROM quotes WHERE article = ?)", (rowid,))
    conn.execute("DELETE FROM quotes WHERE article = ?", (rowid,))
    conn.execute("DELETE FROM mentions WHERE article = ?", (rowid,))
    conn.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?)",
                     [(rowid, label, name, n) for label, name, n in result.mentions])
    for start, end, speaker, role, party, text in result.quote_rows:
        words = quote_words(text)
        cur = conn.execute("INSERT INTO quotes (article, qstart, qend, speaker, role, party, text, norm)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (rowid, start, end, speaker, role, party, text, " ".join(words)))
        conn.executemany("INSERT OR IGNORE INTO quote_keys VALUES (?, ?)", [(k, cur.lastrowid) for k in quote_keys(words)])


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


def _cached(index: "LibraryIndex", key: str, compute, encode, decode):
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
        try:
            index.conn.execute("INSERT OR REPLACE INTO who_cache VALUES (?, ?, ?)",
                               (key, version, json.dumps(encode(value), ensure_ascii=False)))
        except sqlite3.OperationalError:  # busy or read-only: kept in memory only
            pass
    memory[key] = (version, value)
    return value


def _key(*parts: object) -> str:
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, default=repr)


def _paths_cond(paths: Sequence[str] | None, column: str = "a.path") -> tuple[str, list]:
    if not paths:
        return "1", []
    cond, params = under(roots_of(paths), column)
    return cond, list(params)


def _date_key(date: str, rowid: int) -> tuple:
    return (date == "", date, rowid)


def speaker_names(index: "LibraryIndex", overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every speaker's name as written -> the name it is merged into across the library
    (``overrides``: name -> name, a journalist's merges and splits, applied last)."""
    def compute() -> dict[str, str]:
        rows = index.conn.execute(
            "SELECT speaker FROM quotes WHERE speaker != '' GROUP BY speaker ORDER BY count(*) DESC").fetchall()
        return merge_names(r[0] for r in rows)

    merged = dict(_cached(index, "speaker-names", compute, lambda v: v, lambda v: v))
    if overrides:
        for name in merged:
            if name in overrides:
                merged[name] = overrides[name]
        for name, target in list(merged.items()):  # a merge into a merged name follows it
            merged[name] = overrides.get(target, target) if target != name else target
    return merged


def speakers(index: "LibraryIndex", paths: Sequence[str] | None = None,
             overrides: Mapping[str, str] | None = None) -> list[Speaker]:
    """Every speaker under ``paths`` (default: the whole index), most quoted first."""
    return _cached(index, _key("speakers", sorted(roots_of(paths)) if paths else None, overrides),
                   lambda: _speakers(index, paths, overrides),
                   lambda rows: [list(_row_values(s)) for s in rows],
                   lambda rows: [Speaker(*r[:7], tuple(r[7])) for r in rows])


def _row_values(row) -> tuple:
    return tuple(getattr(row, f) for f in row.__dataclass_fields__)


def _speakers(index: "LibraryIndex", paths: Sequence[str] | None, overrides: Mapping[str, str] | None) -> list[Speaker]:
    cond, params = _paths_cond(paths)
    join = "JOIN articles a ON a.rowid = q.article"
    rows = index.conn.execute(
        f"SELECT q.speaker, count(*), count(DISTINCT q.article), min(nullif(a.date, '')), max(a.date)"
        f" FROM quotes q {join} WHERE q.speaker != '' AND {cond} GROUP BY q.speaker", params).fetchall()
    roles = index.conn.execute(
        f"SELECT q.speaker, q.role, q.party, count(*) FROM quotes q {join}"
        f" WHERE q.speaker != '' AND (q.role != '' OR q.party != '') AND {cond} GROUP BY q.speaker, q.role, q.party",
        params).fetchall()
    merged = speaker_names(index, overrides)
    totals: dict[str, list] = {}
    for name, quotes, articles, first, last in rows:
        target = merged.get(name, name)
        entry = totals.setdefault(target, [0, 0, None, "", []])
        entry[0] += quotes
        entry[1] += articles
        if first and (entry[2] is None or first < entry[2]):
            entry[2] = first
        entry[3] = max(entry[3], last or "")
        if name != target:
            entry[4].append(name)
    role_votes: dict[str, Counter] = {}
    party_votes: dict[str, Counter] = {}
    for name, role, party, n in roles:
        target = merged.get(name, name)
        if role:
            role_votes.setdefault(target, Counter())[role] += n
        if party:
            party_votes.setdefault(target, Counter())[party] += n
    out = [
        Speaker(name, q, a, first or "", last, _top(role_votes.get(name)), _top(party_votes.get(name)), tuple(aliases))
        for name, (q, a, first, last, aliases) in totals.items()
    ]
    out.sort(key=lambda s: (-s.quotes, s.name.casefold()))
    return out


def _top(votes: Counter | None) -> str:
    return votes.most_common(1)[0][0] if votes else ""


_QUOTE_COLUMNS = ("q.id, q.article, coalesce(nullif(a.uid, ''), a.id), q.qstart, q.qend, q.text, q.speaker, q.role,"
                  " q.party, a.title, a.date, a.source, a.path")


def _quote(row: Sequence, merged: Mapping[str, str]) -> QuoteRow:
    qid, rowid, uid, start, end, text, said, role, party, title, date, source, path = row
    return QuoteRow(qid, rowid, uid, start, end, text, merged.get(said, said), said, role, party, title, date, source,
                    from_db(path))


def matching_speakers(index: "LibraryIndex", name: str, overrides: Mapping[str, str] | None = None) -> list[str]:
    """The speakers (merged names) that what the user typed names: the whole name or its first or
    last words, ignoring case."""
    merged = speaker_names(index, overrides)
    exact = sorted({t for t in merged.values() if t.casefold() == name.strip().casefold()})
    if exact and len(name.split()) > 1:  # a full name; a surname alone still names every namesake
        return exact
    return sorted({t for raw, t in merged.items() if name_matches(name, t) or name_matches(name, raw)})


def quotes(index: "LibraryIndex", paths: Sequence[str] | None = None, speaker: str | Sequence[str] | None = None,
           since: str = "", overrides: Mapping[str, str] | None = None) -> list[QuoteRow]:
    """The quotes under ``paths``, newest first; with ``speaker`` (merged names) only theirs, with
    ``since`` (an ISO date or its start: 2018, 2018-08) only those dated from then on."""
    cond, params = _paths_cond(paths)
    merged = speaker_names(index, overrides)
    where = [cond]
    if speaker is not None:
        wanted = {speaker} if isinstance(speaker, str) else set(speaker)
        raw = sorted(r for r, t in merged.items() if t in wanted) or sorted(wanted)
        where.append(f"q.speaker IN ({','.join('?' * len(raw))})")
        params.extend(raw)
    if since:
        where.append("a.date != '' AND a.date >= ?")
        params.append(since)
    rows = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.rowid = q.article"
        f" WHERE {' AND '.join(where)} ORDER BY a.date DESC, a.path, q.qstart", params).fetchall()
    return _with_roles(index, [_quote(row, merged) for row in rows], merged)


def _with_roles(index: "LibraryIndex", rows: list[QuoteRow], merged: Mapping[str, str]) -> list[QuoteRow]:
    """Quotes whose article gives no role or party for the speaker get the one the library gives
    most often ("Samuelsen" in a follow-up is still udenrigsminister, LA)."""
    wanted = {q.speaker for q in rows if q.speaker and not (q.role and q.party)}
    if not wanted:
        return rows
    raw = sorted(r for r, t in merged.items() if t in wanted)
    roles: dict[str, Counter] = {}
    parties: dict[str, Counter] = {}
    for start in range(0, len(raw), 900):
        chunk = raw[start:start + 900]
        for said, role, party, n in index.conn.execute(
                f"SELECT speaker, role, party, count(*) FROM quotes WHERE speaker IN ({','.join('?' * len(chunk))})"
                " AND (role != '' OR party != '') GROUP BY speaker, role, party", chunk):
            target = merged.get(said, said)
            if role:
                roles.setdefault(target, Counter())[role] += n
            if party:
                parties.setdefault(target, Counter())[party] += n
    return [replace(q, role=q.role or _top(roles.get(q.speaker)), party=q.party or _top(parties.get(q.speaker)))
            if q.speaker in wanted else q for q in rows]


def article_quotes(index: "LibraryIndex", rowid: int) -> list[QuoteRow]:
    """The quotes of one indexed article, in text order."""
    rows = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.rowid = q.article WHERE q.article = ?"
        " ORDER BY q.qstart", (rowid,)).fetchall()
    return [_quote(row, {}) for row in rows]


def analysed(index: "LibraryIndex", rowid: int) -> bool:
    """Whether the article ``rowid`` has had its names and quotes found."""
    row = index.conn.execute("SELECT analysed FROM articles WHERE rowid = ?", (rowid,)).fetchone()
    return bool(row and row[0])


def quote(index: "LibraryIndex", quote_id: int) -> QuoteRow | None:
    """One quote by its id."""
    row = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.rowid = q.article WHERE q.id = ?",
        (quote_id,)).fetchone()
    return _quote(row, {}) if row else None


def provenance(index: "LibraryIndex", quote_id: int) -> Provenance | None:
    """Every article carrying the quote ``quote_id`` or a near-identical wording of it, earliest
    first, each with its wording differences against this one (None: no such quote)."""
    this = quote(index, quote_id)
    if this is None:
        return None
    rows = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS}, q.norm FROM quotes q JOIN articles a ON a.rowid = q.article WHERE q.id IN"
        " (SELECT DISTINCT k2.quote FROM quote_keys k1 JOIN quote_keys k2 ON k2.key = k1.key WHERE k1.quote = ?)",
        (quote_id,)).fetchall()
    mine = quote_words(this.text)
    best: dict[int, Version] = {}  # one version per article: its most alike quote
    for row in rows:
        other = _quote(row[:-1], {})
        if other.id == this.id:
            score = 1.0
        else:
            score = similarity(mine, row[-1].split())
            if score < NEAR:
                continue
        diff = () if row[-1].split() == mine else tuple(word_diff(this.text, other.text))
        version = Version(other, score, diff)
        held = best.get(other.rowid)
        if held is None or (other.id == this.id) or (held.quote.id != this.id and score > held.similarity):
            best[other.rowid] = version
    versions = sorted(best.values(), key=lambda v: _date_key(v.quote.date, v.quote.rowid))
    return Provenance(this, versions)


def first_seen(index: "LibraryIndex", paths: Sequence[str] | None = None,
               overrides: Mapping[str, str] | None = None) -> list[tuple[QuoteRow, int]]:
    """Each distinct quote under ``paths`` once, as its earliest article carries it, with the
    number of articles carrying it; earliest first."""
    rows = quotes(index, paths, overrides=overrides)
    rows.sort(key=lambda q: _date_key(q.date, q.rowid))
    ids = {q.id for q in rows}
    seen: set[int] = set()
    out: list[tuple[QuoteRow, int]] = []
    for row in rows:
        if row.id in seen:
            continue
        found = provenance(index, row.id)
        carriers = [v for v in (found.versions if found else []) if v.quote.id in ids]
        seen.update(v.quote.id for v in carriers)
        seen.add(row.id)
        out.append((row, len({v.quote.rowid for v in carriers}) or 1))
    return out


# -- entities ------------------------------------------------------------------------------------
def person_names(index: "LibraryIndex") -> dict[str, str]:
    """Every person's name as written -> the name it is merged into across the library."""
    def compute() -> dict[str, str]:
        rows = index.conn.execute(
            "SELECT name FROM mentions WHERE label = 'PER' GROUP BY name ORDER BY sum(count) DESC").fetchall()
        return merge_names(r[0] for r in rows)

    return _cached(index, "person-names", compute, lambda v: v, lambda v: v)


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
    key = _key("entities", sorted(roots_of(paths)) if paths else None, label,
               sorted((c.text, c.label.value if c.label else None) for c in corrections))
    return _cached(index, key, lambda: _entities(index, paths, label, corrections),
                   lambda rows: [list(_row_values(e)) for e in rows],
                   lambda rows: [EntityRow(*r[:4], tuple(r[4])) for r in rows])


def _entities(index: "LibraryIndex", paths: Sequence[str] | None, label: str | None,
              corrections: Sequence["EntityCorrection"]) -> list[EntityRow]:
    cond, params = _paths_cond(paths)
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
    cond, params = _paths_cond(paths)
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
    cond, params = _paths_cond(paths)
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
