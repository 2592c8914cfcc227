"""In-memory summaries of the article tables, kept current as tables change."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from reader.store import schema
from reader.store.lazytables import TrackedTables


class Summary(NamedTuple):
    """What the lists need to know about one article without reading its table (a tuple: quick
    to make for 100,000 articles at open)."""

    article_id: str
    path: str
    title: str
    fingerprint: str
    tags: tuple[str, ...]
    aliases: tuple[str, ...]
    notes: str | tuple[str, ...]  # the note ids, in one string separated by spaces (quick to load
    note_count: int                # for 100,000 articles), or a tuple when an id holds a space
    orphans: int
    file: str = ""

    @property
    def note_ids(self) -> tuple[str, ...]:
        """The ids of the article's notes."""
        return self.notes if isinstance(self.notes, tuple) else tuple(self.notes.split())


_WORDS = re.compile(r"\S+(?: \S+)*")  # what ``str.split()`` gives back unchanged, joined by spaces


def _joined(ids: list[str]) -> str | list[str]:
    """Note ids as one string (a list if one of them is empty or holds white space)."""
    joined = " ".join(ids)
    plain = not ids or (joined.count(" ") == len(ids) - 1 and _WORDS.fullmatch(joined) is not None)
    return joined if plain else ids


_ARTICLE_FIELDS = ("path", "path_bytes", "title", "fingerprint", "tags", "aliases", "file")


def stored_summary(table: Mapping[str, Any]) -> dict[str, Any]:
    """What the snapshot's index keeps of one article table: its article document's fields
    the lists need, its note ids and how many notes are orphaned."""
    meta: dict[str, Any] = {}
    notes: list[str] = []
    orphans = 0
    for doc in table.values():
        kind = doc.get("kind")
        if kind == schema.NOTE:
            notes.append(doc["id"])
            placed = doc.get("placed")
            if placed and placed.get("status") == "orphaned":
                orphans += 1
        elif kind == schema.ARTICLE:
            meta = doc
    return {"article": {k: meta[k] for k in _ARTICLE_FIELDS if k in meta}, "notes": _joined(notes),
            "count": len(notes), "orphans": orphans}


def stored_summary_of(name: str, table: Mapping[str, Any]) -> dict[str, Any] | None:
    """``stored_summary`` for an article table (None for any other table, or a malformed one)."""
    if schema.article_id_of(name) is None:
        return None
    try:
        return stored_summary(table)
    except (AttributeError, KeyError, TypeError):
        return None


def from_stored(article_id: str, stored: Mapping[str, Any]) -> Summary:
    """The Summary of what ``stored_summary`` kept."""
    meta, notes, count, orphans = stored["article"], stored["notes"], stored["count"], stored["orphans"]
    if not (type(notes) is str or type(notes) is list) or type(count) is not int or type(orphans) is not int:
        raise TypeError("not a stored summary")
    file = meta.get("file", "")
    path = schema.stored_path(meta) if "path_bytes" in meta else meta.get("path", "")
    return Summary(article_id, path, meta.get("title", ""), meta.get("fingerprint", ""),
                   tuple(meta.get("tags", ())), tuple(meta.get("aliases", ())),
                   notes if type(notes) is str else tuple(notes), count, orphans,
                   file if type(file) is str else "")


def summarise(article_id: str, table: Mapping[str, Any]) -> Summary:
    """The summary of one article table."""
    return from_stored(article_id, stored_summary(table))


class Index:
    """Articles by id, path and fingerprint; notes by id; former ids to current ones."""

    def __init__(self) -> None:
        self.articles: dict[str, Summary] = {}
        self._note_owner: dict[str, str] | None = None  # built when first asked for
        self.alias: dict[str, str] = {}
        self.by_path: dict[str, set[str]] = {}
        self.by_fingerprint: dict[str, set[str]] = {}
        self._tag_counts: dict[str, int] | None = None

    def rebuild(self, tables: TrackedTables) -> None:
        """Start again from every table: from the summary stored with a table not decoded yet
        (a bad one: the table is decoded and summarised), else from the table."""
        self.__init__()  # type: ignore[misc]
        prefix, cut = schema.ARTICLE_PREFIX, len(schema.ARTICLE_PREFIX)
        stored_summary, learn = tables.stored_summary, self._learn
        for name in tables.keys():
            if not name.startswith(prefix):
                continue
            article_id = name[cut:]
            stored = stored_summary(name)
            summary = None
            if stored is not None:
                try:
                    summary = from_stored(article_id, stored)
                except (AttributeError, KeyError, TypeError):
                    summary = None
            learn(summary if summary is not None else summarise(article_id, tables[name]))

    def update(self, tables: Mapping[str, Any], names: Iterable[str]) -> None:
        """Refresh the summaries of the named tables (dropped ones disappear); the tag counts
        are counted again only when an article's summary changed (not for undo history)."""
        for name in names:
            article_id = schema.article_id_of(name)
            if article_id is None:
                continue
            self._forget(article_id)
            table = tables.get(name)
            if table is not None:
                self._learn(summarise(article_id, table))
            self._tag_counts = None

    def note_added(self, article_id: str, note_id: str) -> bool:
        """Count a new note (not orphaned) into the article's summary without reading its table
        again; False when the article has no summary yet (``update`` makes it)."""
        summary = self.articles.get(article_id)
        if summary is None or type(summary.notes) is not str or \
                (not note_id.isalnum() and _joined([note_id]) != note_id):  # (a uuid's hex is alnum)
            return False
        notes = f"{summary.notes} {note_id}" if summary.notes else note_id
        self.articles[article_id] = summary._replace(notes=notes, note_count=summary.note_count + 1)
        if self._note_owner is not None:
            self._note_owner[note_id] = article_id
        return True

    @property
    def note_owner(self) -> dict[str, str]:
        """Note id -> the article holding it (built on first use: most commands never ask)."""
        if self._note_owner is None:
            self._note_owner = {note_id: aid for aid, s in self.articles.items() for note_id in s.note_ids}
        return self._note_owner

    def resolve(self, article_id: str) -> str:
        """The current id of an article that may have been known by an older id."""
        if article_id in self.articles:
            return article_id
        return self.alias.get(article_id, article_id)

    def tag_counts(self) -> dict[str, int]:
        """Tag -> number of articles carrying it."""
        if self._tag_counts is None:
            counts: Counter[str] = Counter()
            for summary in self.articles.values():
                counts.update(summary.tags)
            self._tag_counts = dict(sorted(counts.items()))
        return dict(self._tag_counts)

    def _forget(self, article_id: str) -> None:
        old = self.articles.pop(article_id, None)
        if old is None:
            return
        owner = self._note_owner
        if owner is not None:
            for note_id in old.note_ids:
                if owner.get(note_id) == article_id:
                    del owner[note_id]
        for alias in old.aliases:
            if self.alias.get(alias) == article_id:
                del self.alias[alias]
        _discard(self.by_path, old.path, article_id)
        _discard(self.by_fingerprint, old.fingerprint, article_id)

    def _learn(self, summary: Summary) -> None:
        article_id = summary.article_id
        self.articles[article_id] = summary
        if self._note_owner is not None:
            for note_id in summary.note_ids:
                self._note_owner[note_id] = article_id
        for alias in summary.aliases:
            self.alias[alias] = article_id
        if summary.path:
            self.by_path.setdefault(summary.path, set()).add(article_id)
        if summary.fingerprint:
            self.by_fingerprint.setdefault(summary.fingerprint, set()).add(article_id)


def _discard(index: dict[str, set[str]], key: str, article_id: str) -> None:
    ids = index.get(key)
    if ids is not None:
        ids.discard(article_id)
        if not ids:
            del index[key]
