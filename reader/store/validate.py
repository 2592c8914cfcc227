"""Checks that documents have the schema-2 shape (a hand edit can break anything)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reader.errors import StoreError
from reader.model import AnchorStatus, EntityLabel, QuoteState
from reader.store import schema

_STATUSES = frozenset(s.value for s in AnchorStatus)
_STATES = frozenset(s.value for s in QuoteState)
_LABELS = frozenset(s.value for s in EntityLabel)

_ARTICLE_FIELDS = (("id", str), ("path", str), ("title", str), ("fingerprint", str), ("tags", list), ("aliases", list))
_NOTE_FIELDS = (("id", str), ("label", str), ("note", str), ("created", str), ("updated", str),
                ("quote", dict), ("position", dict))
_QUOTE_FIELDS = (("id", str), ("state", str), ("quote", dict), ("position", dict))


def schema_version(tables: Mapping[str, Any]) -> int | None:
    """The schema number in the ``meta`` table, or None if there is none."""
    meta = tables.get(schema.META)
    if not isinstance(meta, dict) or not meta:
        return None
    doc = meta.get("1") or next(iter(meta.values()))
    version = doc.get("schema") if isinstance(doc, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("the meta table has no valid schema number")
    return version


def validate(tables: Mapping[str, Any], full: bool) -> None:
    """Raise ValueError naming the first bad document (StoreError for a newer schema).

    ``full``: these are all tables (a loaded snapshot); else a batch of changed tables.
    A full set without schema 2 is left to the migrations.
    """
    version = schema_version(tables)
    if version is not None and version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"the database was written by a newer reader (schema {version}); "
            f"this version reads schema {schema.SCHEMA_VERSION} and older"
        )
    if full and version != schema.SCHEMA_VERSION:
        return
    for name, table in tables.items():
        check = _CHECKS.get(name)
        if check is None:
            if name.startswith(schema.ARTICLE_PREFIX):
                check = _article_doc
            elif name.startswith(schema.HISTORY_PREFIX):
                check = _history_entry
            else:
                continue
        for doc_id, doc in table.items():
            problem = check(doc)
            if problem:
                raise ValueError(f"document {name}/{doc_id}: {problem}")


def _fields(doc: dict[str, Any], fields: tuple[tuple[str, type], ...]) -> str | None:
    for key, kind in fields:
        value = doc.get(key)
        if not isinstance(value, kind):
            return f"{key!r} is missing" if value is None else f"{key!r} should be a {kind.__name__}"
    return None


def _anchor(doc: dict[str, Any]) -> str | None:
    quote, position = doc["quote"], doc["position"]
    for key in ("exact", "prefix", "suffix"):
        if not isinstance(quote.get(key), str):
            return f"quote.{key} should be a string"
    for key in ("start", "end"):
        value = position.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return f"position.{key} should be a whole number"
    if position["end"] < position["start"]:
        return "position ends before it starts"
    placed = doc.get("placed")
    if placed is not None:
        if not isinstance(placed, dict) or placed.get("status") not in _STATUSES:
            return "placed.status is not a known status"
        if "start" in placed:
            for key in ("start", "end"):
                if not isinstance(placed.get(key), int):
                    return f"placed.{key} should be a whole number"
            for key in ("exact", "prefix", "suffix"):
                if not isinstance(placed.get(key), str):
                    return f"placed.{key} should be a string"
    return None


def _quote_extras(doc: dict[str, Any]) -> str | None:
    """The optional fields of a quote document: ``checked`` and ``speaker``."""
    checked, speaker = doc.get("checked"), doc.get("speaker")
    if checked is not None:
        if not isinstance(checked, dict) or not isinstance(checked.get("exact"), str):
            return "checked.exact should be a string"
        if checked.get("speaker") is not None and not isinstance(checked["speaker"], str):
            return "checked.speaker should be a string"
    if speaker is not None and (not isinstance(speaker, dict) or not isinstance(speaker.get("name"), str)):
        return "speaker.name should be a string"
    return None


def _plain_note(doc: dict[str, Any]) -> bool:
    """The common case, checked in one expression: a well-formed note placed exactly."""
    quote, position, placed = doc.get("quote"), doc.get("position"), doc.get("placed")
    return (
        type(doc.get("id")) is str and type(doc.get("label")) is str and type(doc.get("note")) is str
        and type(doc.get("created")) is str and type(doc.get("updated")) is str
        and type(quote) is dict and type(quote.get("exact")) is str and type(quote.get("prefix")) is str
        and type(quote.get("suffix")) is str and type(position) is dict
        and type(position.get("start")) is int and type(position.get("end")) is int
        and 0 <= position["start"] <= position["end"]
        and (placed is None or placed == _EXACT)
        and type(doc.get("article_id", "")) is str
    )


_EXACT = {"status": "exact"}


def _article_doc(doc: dict[str, Any]) -> str | None:
    kind = doc.get("kind")
    if kind == schema.NOTE and _plain_note(doc):
        return None
    if "article_id" in doc and not isinstance(doc["article_id"], str):
        return "'article_id' should be a string"
    if kind == schema.NOTE:
        return _fields(doc, _NOTE_FIELDS) or _anchor(doc)
    if kind == schema.QUOTE:
        problem = _fields(doc, _QUOTE_FIELDS) or _anchor(doc)
        if not problem and doc["state"] not in _STATES:
            problem = f"unknown quote state {doc['state']!r}"
        return problem or _quote_extras(doc)
    if kind == schema.ARTICLE:
        problem = _fields(doc, _ARTICLE_FIELDS)
        if not problem and not all(isinstance(t, str) for t in doc["tags"]):
            problem = "'tags' should hold strings"
        if not problem and not all(isinstance(t, str) for t in doc["aliases"]):
            problem = "'aliases' should hold strings"
        return problem
    return f"unknown kind {kind!r}"


def _correction(doc: dict[str, Any]) -> str | None:
    if not isinstance(doc.get("text"), str):
        return "'text' should be a string"
    label = doc.get("label")
    if label is not None and label not in _LABELS:
        return f"unknown entity label {label!r}"
    return None


def _state(doc: dict[str, Any]) -> str | None:
    return None if isinstance(doc.get("key"), str) else "'key' should be a string"


def _meta(doc: dict[str, Any]) -> str | None:
    return None if isinstance(doc.get("schema"), int) else "'schema' should be a number"


def _history(doc: dict[str, Any]) -> str | None:
    for key in ("undo", "redo"):
        value = doc.get(key)
        if not isinstance(value, list) or not all(isinstance(n, int) for n in value):
            return f"{key!r} should be a list of numbers"
    for key, kind in (("owner", str), ("pid", int), ("host", str), ("started", str), ("time", str)):
        if key in doc and not isinstance(doc[key], kind):
            return f"{key!r} should be a {'number' if kind is int else 'string'}"
    return None if isinstance(doc.get("next"), int) else "'next' should be a number"


def _history_entry(doc: dict[str, Any]) -> str | None:
    if not isinstance(doc.get("description"), str):
        return "'description' should be a string"
    changes = doc.get("changes")
    if not isinstance(changes, list):
        return "'changes' should be a list of changes"
    for n, change in enumerate(changes, 1):
        problem = _change(change) if isinstance(change, dict) else "is not an object"
        if problem:
            return f"change {n} {problem}"
    return None


def _change(change: dict[str, Any]) -> str | None:
    """What is wrong with one change of an undo entry (undo and redo apply it as it is)."""
    op = change.get("op")
    if op == "put":
        for key in ("article", "id"):
            if not isinstance(change.get(key), str):
                return f"({op}) has no {key!r} string"
        kind = change.get("kind")
        if kind not in (schema.NOTE, schema.QUOTE):
            return f"({op}) has no known 'kind'"
        for side in ("before", "after"):
            if side not in change:
                return f"({op}) has no {side!r}"
            doc = change[side]
            if doc is None:
                continue
            if not isinstance(doc, dict) or doc.get("kind") != kind:
                return f"({op}) {side!r} should be a {kind} document or null"
            problem = _article_doc(doc)
            if problem:
                return f"({op}) {side!r}: {problem}"
        return None
    if op == "tags":
        if not isinstance(change.get("article"), str):
            return f"({op}) has no 'article' string"
        for key in ("add", "remove"):
            value = change.get(key)
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                return f"({op}) {key!r} should be a list of strings"
        return None
    if op == "correction":
        if not isinstance(change.get("text"), str):
            return f"({op}) has no 'text' string"
        for side in ("before", "after"):
            if side not in change:
                return f"({op}) has no {side!r}"
            doc = change[side]
            if doc is not None:
                problem = _correction(doc) if isinstance(doc, dict) else "should be a correction or null"
                if problem:
                    return f"({op}) {side!r}: {problem}"
        return None
    if op == "state":  # a piece of the state table (per-article entity corrections)
        if not isinstance(change.get("key"), str):
            return f"({op}) has no 'key' string"
        if "before" not in change or "after" not in change:
            return f"({op}) has no 'before' or 'after'"
        return None
    return f"has an unknown op {op!r}"


_CHECKS = {
    schema.META: _meta,
    schema.CORRECTIONS: _correction,
    schema.STATE: _state,
    schema.HISTORY: _history,
}
