"""Who said what across the library: the index's speakers, names, quotes and timelines."""

from __future__ import annotations

from reader.index import parse_query
from reader.index.query import is_date
from reader.index.who import (
    analysed, article_quotes, cooccurring, entities, entity_articles, first_seen, matching_speakers,
    name_matches, provenance, quotes, speakers, timeline,
)
from reader.index.wording import bar_lines

__all__ = ["about", "analysed", "article_quotes", "bar_lines", "cooccurring", "entities", "entity_articles", "first_seen",
           "is_date", "matching_speakers", "name_matches", "parse_query", "provenance", "quotes", "speakers",
           "timeline"]


def about(role: str, party: str, affiliation: str) -> str:
    """A speaker's role, party and organisation as one says them ("plant director, Harwick
    Bottling"; "borgmester, V"): the organisation once, not again when it is the party or the role
    names it ("pressechef hos Vestkraft")."""
    parts = [x for x in (role, party) if x]
    if affiliation and affiliation != party and affiliation.casefold() not in role.casefold():
        parts.append(affiliation)
    return ", ".join(parts)


def sync_hand_speakers(index, store) -> int:
    """Hand the speakers the journalist set on quotes (``w`` on a quote) from the notes database
    to the index, so every who-said-what answer (speakers, their quotes, timelines, first seen,
    ``speaker:``) gives those quotes her speaker. A record is matched to the indexed quote as the
    article view matches it (reconcile_quotes: by span, else overlap, else wording). Skipped when
    neither the database files nor the quotes changed since the last time; returns how many
    quotes changed."""
    from reader.index.who import hand_speakers_mark, set_hand_speakers

    mark = _mark(store, index, hand_speakers_mark(index))
    if mark and index.note("hand-speakers") == mark:
        return 0
    changed = set_hand_speakers(index, hand_speakers_of(index, store))
    if mark:
        index.note("hand-speakers", _mark(store, index, hand_speakers_mark(index)))
    return changed


def hand_speakers_of(index, store) -> dict[int, str]:
    """Indexed quote id -> the speaker the journalist set on it ("" cleared)."""
    from types import SimpleNamespace

    from reader.workspace.quotes import reconcile_quotes

    chosen: dict[int, str] = {}
    rows = index.conn.execute("SELECT rowid, coalesce(nullif(uid, ''), id) FROM articles WHERE quotes > 0").fetchall()
    for rowid, uid in rows:  # about 10 µs an article without records (1 s at 100,000)
        try:
            checks = store.quote_checks(uid)
        except Exception:  # an unreadable record: the analysis's speakers stand
            continue
        if not any(c.speaker_set for c in checks):
            continue
        found = [SimpleNamespace(id=q, start=s, end=e, text=t, speaker=said) for q, s, e, t, said in index.conn.execute(
            "SELECT id, qstart, qend, text, speaker FROM quotes WHERE article = ? ORDER BY qstart, id", (rowid,))]
        notes = reconcile_quotes("", found, checks)
        for quote, note in zip(found, notes):
            if note.speaker_by_hand:
                chosen[quote.id] = note.speaker or ""
    return chosen


def _mark(store, index, version: int) -> str:
    """The notes database's change mark and the quotes' version."""
    from reader.store.files import change_mark

    try:
        path = store.path
    except Exception:
        return ""
    return f"{change_mark(path)}|{version}"
