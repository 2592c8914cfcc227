"""Speakers and their quotes across the library, and where a quote first appeared."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Any, Mapping, Sequence

from reader.index.walking import from_db, roots_of
from reader.index.whohand import AFFILIATION, PARTY, ROLE, SPEAKER, hand_join, speaker_in
from reader.index.wording import NEAR, members, merge_names, name_matches, quote_words, similarity, word_diff
from reader.index.whorows import Provenance, QuoteRow, Speaker, Version, cache_key, cached, date_key, paths_cond, row_values


LibraryIndex = Any  # reader.index.catalog.LibraryIndex
AnalysisRecord = Any  # reader.index.records.AnalysisRecord


def speaker_names(index: "LibraryIndex", overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every speaker's name as written (or set by hand) -> the name it is merged into across the
    library (``overrides``: name -> name, a journalist's merges and splits, applied last)."""
    def compute() -> dict[str, str]:
        rows = index.conn.execute(
            f"SELECT {SPEAKER} AS said FROM quotes q {hand_join(index)} WHERE said != '' GROUP BY said"
            " ORDER BY count(*) DESC").fetchall()
        return merge_names(r[0] for r in rows)

    merged = dict(cached(index, "speaker-names", compute, lambda v: v, lambda v: v))
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
    # "speakers2": the rows carry the affiliation (polish30); a list kept before has none
    return cached(index, cache_key("speakers2", sorted(roots_of(paths)) if paths else None, overrides),
                   lambda: _speakers(index, paths, overrides),
                   lambda rows: [list(row_values(s)) for s in rows],
                   lambda rows: [Speaker(*r[:7], tuple(r[7]), *r[8:9]) for r in rows])




def _speakers(index: "LibraryIndex", paths: Sequence[str] | None, overrides: Mapping[str, str] | None) -> list[Speaker]:
    cond, params = paths_cond(paths)
    join = f"JOIN articles a ON a.rowid = q.article {hand_join(index)}"
    rows = index.conn.execute(
        f"SELECT {SPEAKER} AS said, count(*), count(DISTINCT q.article), min(nullif(a.date, '')), max(a.date)"
        f" FROM quotes q {join} WHERE said != '' AND {cond} GROUP BY said", params).fetchall()
    roles = index.conn.execute(
        f"SELECT {SPEAKER} AS said, {ROLE} AS r, {PARTY} AS p, {AFFILIATION} AS o, count(*) FROM quotes q {join}"
        f" WHERE said != '' AND (r != '' OR p != '' OR o != '') AND {cond} GROUP BY said, r, p, o",
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
    _distinct_articles(index, totals, join, cond, params)
    role_votes: dict[str, Counter] = {}
    party_votes: dict[str, Counter] = {}
    org_votes: dict[str, Counter] = {}
    for name, role, party, org, n in roles:
        target = merged.get(name, name)
        if role:
            role_votes.setdefault(target, Counter())[role] += n
        if party:
            party_votes.setdefault(target, Counter())[party] += n
        if org:
            org_votes.setdefault(target, Counter())[org] += n
    out = [
        Speaker(name, q, a, first or "", last, _top(role_votes.get(name)), _top(party_votes.get(name)), tuple(aliases),
                _top(org_votes.get(name)))
        for name, (q, a, first, last, aliases) in totals.items()
    ]
    out.sort(key=lambda s: (-s.quotes, s.name.casefold()))
    return out


def _distinct_articles(index: "LibraryIndex", totals: dict[str, list], join: str, cond: str, params: list) -> None:
    """Count the articles of the speakers several names are merged into once each (two names of
    one person in one article are one article)."""
    merged = {name: [name, *entry[4]] for name, entry in totals.items() if entry[4]}
    raw = {r: name for name, names in merged.items() for r in names}
    if not raw:
        return
    seen: dict[str, set[int]] = {}
    names = sorted(raw)
    for start in range(0, len(names), 900):
        chunk = names[start:start + 900]
        for said, article in index.conn.execute(
                f"SELECT DISTINCT {SPEAKER} AS said, q.article FROM quotes q {join}"
                f" WHERE said IN ({','.join('?' * len(chunk))}) AND {cond}", [*chunk, *params]):
            seen.setdefault(raw[said], set()).add(article)
    for name, articles in seen.items():
        totals[name][1] = len(articles)


def _top(votes: Counter | None) -> str:
    return votes.most_common(1)[0][0] if votes else ""


_QUOTE_COLUMNS = (f"q.id, q.article, coalesce(nullif(a.uid, ''), a.id), q.qstart, q.qend, q.text, {SPEAKER}, {ROLE},"
                  f" {PARTY}, a.title, a.date, a.source, a.path, {AFFILIATION}")


def _from(index: "LibraryIndex") -> str:
    """The quotes joined with their articles and their speakers set by hand."""
    return f"FROM quotes q JOIN articles a ON a.rowid = q.article {hand_join(index)}"


def _quote(row: Sequence, merged: Mapping[str, str]) -> QuoteRow:
    qid, rowid, uid, start, end, text, said, role, party, title, date, source, path, affiliation = row
    return QuoteRow(qid, rowid, uid, start, end, text, merged.get(said, said), said, role, party, title, date, source,
                    from_db(path), affiliation)


def matching_speakers(index: "LibraryIndex", name: str, overrides: Mapping[str, str] | None = None) -> list[str]:
    """The speakers (merged names) that what the user typed names: the whole name or its first or
    last words, ignoring case. A joint speaker ("Wes Streeting and Helen Marsh") is named by each
    of its members too: their quotes together are listed under each of them."""
    merged = speaker_names(index, overrides)
    name = unicodedata.normalize("NFC", name)  # typed or pasted decomposed (a + U+030A): as the text has it
    exact = {t for t in merged.values() if t.casefold() == name.strip().casefold()}
    if exact and len(name.split()) > 1:  # a full name; a surname alone still names every namesake
        found = exact
    else:
        found = {t for raw, t in merged.items() if name_matches(name, t) or name_matches(name, raw)}
    joint = {t for t in merged.values()
             if any(m in found or name_matches(name, m) for m in members(t))}
    return sorted(found | joint)


def quotes(index: "LibraryIndex", paths: Sequence[str] | None = None, speaker: str | Sequence[str] | None = None,
           since: str = "", overrides: Mapping[str, str] | None = None) -> list[QuoteRow]:
    """The quotes under ``paths``, newest first; with ``speaker`` (merged names) only theirs, with
    ``since`` (an ISO date or its start: 2018, 2018-08) only those dated from then on."""
    cond, params = paths_cond(paths)
    merged = speaker_names(index, overrides)
    where = [cond]
    if speaker is not None:
        wanted = {speaker} if isinstance(speaker, str) else set(speaker)
        raw = sorted(r for r, t in merged.items() if t in wanted) or sorted(wanted)
        said_by, said_params = speaker_in(index, raw)
        where.append(said_by)
        params.extend(said_params)
    if since:
        where.append("a.date != '' AND a.date >= ?")
        params.append(since)
    rows = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS} {_from(index)}"
        f" WHERE {' AND '.join(where)} ORDER BY a.date DESC, a.path, q.qstart", params).fetchall()
    if speaker is not None:  # a quote whose speaker was set by hand to someone else is theirs
        rows = [row for row in rows if row[6] in raw]
    return _with_roles(index, [_quote(row, merged) for row in rows], merged)


def _with_roles(index: "LibraryIndex", rows: list[QuoteRow], merged: Mapping[str, str]) -> list[QuoteRow]:
    """Quotes whose article gives no role or party for the speaker get the one the library gives
    most often ("Samuelsen" in a follow-up is still udenrigsminister, LA)."""
    wanted = {q.speaker for q in rows if q.speaker and not (q.role and q.party and q.affiliation)}
    if not wanted:
        return rows
    raw = sorted(r for r, t in merged.items() if t in wanted)
    roles: dict[str, Counter] = {}
    parties: dict[str, Counter] = {}
    orgs: dict[str, Counter] = {}
    for start in range(0, len(raw), 900):
        chunk = raw[start:start + 900]
        for said, role, party, org, n in index.conn.execute(
                f"SELECT speaker, role, party, affiliation, count(*) FROM quotes WHERE speaker IN ({','.join('?' * len(chunk))})"
                " AND (role != '' OR party != '' OR affiliation != '') GROUP BY speaker, role, party, affiliation", chunk):
            target = merged.get(said, said)
            if role:
                roles.setdefault(target, Counter())[role] += n
            if party:
                parties.setdefault(target, Counter())[party] += n
            if org:
                orgs.setdefault(target, Counter())[org] += n
    # the organisation only with the role it came with: a person's own quote keeps its own pair
    return [replace(q, role=q.role or _top(roles.get(q.speaker)), party=q.party or _top(parties.get(q.speaker)),
                    affiliation=q.affiliation or (_top(orgs.get(q.speaker)) if not q.role else ""))
            if q.speaker in wanted else q for q in rows]


def article_quotes(index: "LibraryIndex", rowid: int) -> list[QuoteRow]:
    """The quotes of one indexed article, in text order."""
    rows = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS} {_from(index)} WHERE q.article = ?"
        " ORDER BY q.qstart", (rowid,)).fetchall()
    return [_quote(row, {}) for row in rows]


def analysed(index: "LibraryIndex", rowid: int) -> bool:
    """Whether the article ``rowid`` has had its names and quotes found."""
    row = index.conn.execute("SELECT analysed FROM articles WHERE rowid = ?", (rowid,)).fetchone()
    return bool(row and row[0])


def quote(index: "LibraryIndex", quote_id: int) -> QuoteRow | None:
    """One quote by its id."""
    row = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS} {_from(index)} WHERE q.id = ?",
        (quote_id,)).fetchone()
    return _quote(row, {}) if row else None


def provenance(index: "LibraryIndex", quote_id: int) -> Provenance | None:
    """Every article carrying the quote ``quote_id`` or a near-identical wording of it, earliest
    first, each with its wording differences against this one (None: no such quote)."""
    this = quote(index, quote_id)
    if this is None:
        return None
    rows = index.conn.execute(
        f"SELECT {_QUOTE_COLUMNS}, q.norm {_from(index)} WHERE q.id IN"
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
    versions = sorted(best.values(), key=lambda v: date_key(v.quote.date, v.quote.rowid))
    return Provenance(this, versions)


def first_seen(index: "LibraryIndex", paths: Sequence[str] | None = None,
               overrides: Mapping[str, str] | None = None, progress=None) -> list[tuple[QuoteRow, int]]:
    """Each distinct quote under ``paths`` once, as its earliest article carries it, with the
    number of articles carrying it; earliest first. ``progress(done, total)``, when given, is
    called every 50 quotes and at the end (20,000 quotes take seconds)."""
    rows = quotes(index, paths, overrides=overrides)
    rows.sort(key=lambda q: date_key(q.date, q.rowid))
    ids = {q.id for q in rows}
    seen: set[int] = set()
    out: list[tuple[QuoteRow, int]] = []
    for done, row in enumerate(rows):
        if progress is not None and done % 50 == 0:
            progress(done, len(rows))
        if row.id in seen:
            continue
        found = provenance(index, row.id)
        carriers = [v for v in (found.versions if found else []) if v.quote.id in ids]
        seen.update(v.quote.id for v in carriers)
        seen.add(row.id)
        out.append((row, len({v.quote.rowid for v in carriers}) or 1))
    if progress is not None:
        progress(len(rows), len(rows))
    return out
