"""Upgrading older database layouts to the current schema, one step per version.

Schema 1 (the first layout: TinyDB's default storage, a table per kind of record)::

    "meta":        {"1": {"schema": 1}}                       (may be missing)
    "articles":    {"1": {"id", "path", "title", "tags": [...]}}
    "annotations": {"1": {"id", "article_id", "start", "end", "exact", "prefix", "suffix",
                          "note", "label", "created", "updated"}}
    "quotes":      {"1": {"article_id", "start", "end", "exact", "prefix", "suffix", "state"}}
    "corrections": {"1": {"text", "label"}}

Schema 2 puts each article's records in a table of its own, so that a save rewrites one small
table instead of every annotation.

Schema 3 (see ``schema``) names the article in each note and quote document (``article_id``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from reader.model import Anchor, QuoteState
from reader.store import schema
from reader.store.validate import schema_version

Tables = dict[str, dict[str, Any]]
V1_TABLES = ("meta", "articles", "annotations", "quotes", "corrections", "_default")


def upgrade(tables: Tables) -> Tables | None:
    """The tables upgraded to the current schema, or None if they are current already."""
    version = schema_version(tables)
    if version == schema.SCHEMA_VERSION:
        return None
    if version is None and not any(tables.values()):
        return {schema.META: {"1": schema.meta_doc()}}  # a new database
    current = dict(tables)
    step_from = version or 1
    while step_from < schema.SCHEMA_VERSION:
        current = STEPS[step_from](current)
        step_from += 1
    return current


def _text(doc: dict[str, Any], key: str, where: str, default: str | None = "") -> str:
    value = doc.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} should be a string")
    return value


def _int(doc: dict[str, Any], key: str, where: str) -> int:
    value = doc.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{where}: {key!r} should be a whole number")
    return value


def _v1_anchor(doc: dict[str, Any], where: str) -> Anchor:
    start, end = _int(doc, "start", where), _int(doc, "end", where)
    if end < start:
        raise ValueError(f"{where}: ends before it starts")
    return Anchor(start, end, _text(doc, "exact", where, None), _text(doc, "prefix", where), _text(doc, "suffix", where))


def _docs(tables: Tables, name: str) -> list[tuple[str, dict[str, Any]]]:
    table = tables.get(name) or {}
    return sorted(table.items(), key=lambda item: int(item[0]))


def migrate_1_to_2(tables: Tables) -> Tables:
    """Schema 1 -> 2: one table per article, anchors as W3C selectors, a meta document."""
    out: Tables = {name: table for name, table in tables.items() if name not in V1_TABLES}
    if tables.get("_default"):
        out["_default"] = tables["_default"]
    per_article: dict[str, list[dict[str, Any]]] = {}

    def bucket(article_id: str) -> list[dict[str, Any]]:
        if article_id not in per_article:
            per_article[article_id] = [schema.article_doc(article_id)]
        return per_article[article_id]

    for doc_id, doc in _docs(tables, "articles"):
        where = f"articles/{doc_id}"
        article_id = _text(doc, "id", where, None)
        tags = doc.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError(f"{where}: 'tags' should be a list of strings")
        bucket(article_id)[0].update(
            path=_text(doc, "path", where), title=_text(doc, "title", where),
            fingerprint=_text(doc, "fingerprint", where), tags=list(dict.fromkeys(tags)),
        )
    for doc_id, doc in _docs(tables, "annotations"):
        where = f"annotations/{doc_id}"
        anchor = _v1_anchor(doc, where)
        created = _text(doc, "created", where) or schema.now()
        note = schema.note_doc(
            _text(doc, "id", where) or uuid.uuid4().hex, anchor, _text(doc, "note", where),
            _text(doc, "label", where), created, {"status": "exact"}, _text(doc, "article_id", where, None),
        )
        note["updated"] = _text(doc, "updated", where) or created
        bucket(_text(doc, "article_id", where, None)).append(note)
    for doc_id, doc in _docs(tables, "quotes"):
        where = f"quotes/{doc_id}"
        state = _text(doc, "state", where, None)
        if state not in {s.value for s in QuoteState}:
            raise ValueError(f"{where}: unknown quote state {state!r}")
        if state != QuoteState.UNVERIFIED.value:
            article_id = _text(doc, "article_id", where, None)
            quote = schema.quote_doc(uuid.uuid4().hex, _v1_anchor(doc, where), state, {"status": "exact"}, article_id)
            bucket(_text(doc, "article_id", where, None)).append(quote)
    corrections = {}
    for doc_id, doc in _docs(tables, "corrections"):
        where = f"corrections/{doc_id}"
        label = doc.get("label")
        corrections[str(len(corrections) + 1)] = {"text": _text(doc, "text", where, None), "label": label}
    for article_id, docs in per_article.items():
        out[schema.article_table(article_id)] = {str(i): d for i, d in enumerate(docs, 1)}
    if corrections:
        out[schema.CORRECTIONS] = corrections
    out[schema.META] = {"1": {**schema.meta_doc(), "schema": 2, "migrated_from": 1}}
    return out


def migrate_2_to_3(tables: Tables) -> Tables:
    """Schema 2 -> 3: each note and quote names its article (the id of the table it is in).
    Shapes that are wrong are left for the validation after the upgrade to name."""
    out: Tables = {}
    for name, table in tables.items():
        article_id = schema.article_id_of(name)
        if article_id is not None and isinstance(table, dict):
            table = {
                key: {**doc, "article_id": article_id}
                if isinstance(doc, dict) and doc.get("kind") in (schema.NOTE, schema.QUOTE) else doc
                for key, doc in table.items()
            }
        out[name] = table
    meta = tables.get(schema.META)
    if isinstance(meta, dict) and isinstance(meta.get("1"), dict):
        out[schema.META] = {**meta, "1": {**meta["1"], "schema": 3, "migrated_from": meta["1"].get("migrated_from", 2)}}
    return out


STEPS: dict[int, Callable[[Tables], Tables]] = {1: migrate_1_to_2, 2: migrate_2_to_3}
