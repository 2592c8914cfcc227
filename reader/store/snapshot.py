"""The snapshot's outer shape: TinyDB's ``{table: {doc_id: document}}`` plus one header table."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

from reader.store import index, jsonio, layout
from reader.store.layout import INDEX_TABLE, STORAGE_TABLE



def new_epoch() -> str:
    """A fresh identity for a snapshot (its journal names it)."""
    return uuid.uuid4().hex


def encode(tables: Mapping[str, Any], epoch: str) -> bytes:
    """The snapshot file's bytes: UTF-8 JSON with one document per line, header table first,
    table of contents (with each article's summary) last: see ``layout``.

    A person can read and grep it (letters are stored as themselves) and it stays a third
    smaller, and so quicker to load, than JSON indented throughout.
    """
    return encode_indexed(tables, epoch)[0]


def encode_indexed(tables: Mapping[str, Any], epoch: str) -> tuple[bytes, list[layout.Placed]]:
    """``encode``, and where each table lies in the bytes (raises DamagedTable for a table
    never decoded whose bytes no longer match their CRC)."""
    return layout.encode(tables, epoch, index.stored_summary_of)


def decode(blob: bytes) -> tuple[dict[str, dict[str, Any]], str | None]:
    """(tables, epoch) from snapshot bytes; raises ValueError saying what is wrong."""
    try:
        raw = jsonio.loads(blob)
    except jsonio.DecodeError as error:
        if not blob.strip():
            raise ValueError("empty file") from None
        raise ValueError(f"not valid JSON: {str(error).splitlines()[0]}") from None
    if isinstance(raw, dict) and STORAGE_TABLE not in raw:  # some other program's JSON is refused
        tables = {name: table for name, table in raw.items() if name != INDEX_TABLE}
        check_tables(tables)  # before the duplicate check, which parses a large file again (1 GB for 200 MB)
        problem = foreign_problem(tables)
        if problem:
            raise ValueError(problem)
    check_unique_ids(blob, raw)
    layout.verify(blob)
    return split_snapshot(raw)


# The tables the first layout (schema 1, which had no mark of its own) could hold data in.
V1_DATA_TABLES = frozenset({"meta", "articles", "annotations", "quotes", "corrections"})


def foreign_problem(tables: Mapping[str, Any]) -> str | None:
    """Why tables without reader's mark are another program's file (documents only in tables
    reader never writes), if they are."""
    foreign = sorted(str(name) for name, table in tables.items() if table and name not in V1_DATA_TABLES)
    if foreign and not V1_DATA_TABLES & set(tables):
        shown = ", ".join(repr(name) for name in foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        return f"it has no 'meta' table and holds tables reader never writes ({shown})"
    return None


# The lines ``encode`` writes: a table name at one space, a document id at two.
_TABLE_LINE = re.compile(rb'^ "(?:[^"\\\n]|\\.)*": \{', re.M)
_DOC_LINE = re.compile(rb'^  "[0-9]+": ', re.M)


_NOT_DATA = (b"_storage", b"_index", b"meta", b"state", b"history")


def data_weight(blob: bytes) -> int:
    """How much a person made that snapshot bytes hold: the bytes of every table but the header,
    ``meta``, UI state and undo history (the whole size for a file not in ``encode``'s layout)."""
    starts = [(m.start(), m.group(1)) for m in _TABLE_NAME.finditer(blob)]
    if not starts:
        return len(blob)
    weight = 0
    for (start, name), (end, _) in zip(starts, [*starts[1:], (len(blob), b"")]):
        if name not in _NOT_DATA and not name.startswith(b"history/"):
            weight += end - start
    return weight


_TABLE_NAME = re.compile(rb'^ "((?:[^"\\\n]|\\.)*)": \{', re.M)


class _Pairs(list):  # type: ignore[type-arg]
    """An object's (key, value) pairs in file order, duplicates included."""


def _pairs(blob: bytes) -> _Pairs | None:
    """The file parsed keeping every key (None if the standard library cannot parse it)."""
    try:
        raw = json.loads(blob, object_pairs_hook=_Pairs)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return raw if isinstance(raw, _Pairs) else None


def check_unique_ids(blob: bytes, raw: Any) -> None:
    """Raise ValueError if a table name or a document id appears twice in one object.

    A JSON parser keeps only the last of two equal keys, so a hand-edited file with two
    documents numbered alike would lose one on the next save. Files in ``encode``'s layout
    are checked by counting lines; any other layout is parsed again keeping every key.
    """
    if not isinstance(raw, dict):
        return
    tables = len(raw)
    docs = sum(len(t) for t in raw.values() if isinstance(t, dict))
    if len(_TABLE_LINE.findall(blob)) == tables and len(_DOC_LINE.findall(blob)) == docs:
        return
    pairs = _pairs(blob)
    if pairs is None:
        return
    for name, doc_id in _duplicates(pairs):
        if doc_id is None:
            raise ValueError(f"table {name!r} appears twice")
        raise ValueError(f"document id {doc_id} appears twice in table {name!r}")


def _duplicates(pairs: _Pairs) -> list[tuple[str, str | None]]:
    """(table, doc id) of each repeated document id; (table, None) for a repeated table."""
    found: list[tuple[str, str | None]] = []
    seen_tables: set[str] = set()
    ids: dict[str, set[str]] = {}
    for name, table in pairs:
        if name in seen_tables and name not in ids:
            found.append((name, None))
        seen_tables.add(name)
        if not isinstance(table, _Pairs):
            continue
        seen = ids.setdefault(name, set())
        for doc_id, _ in table:
            if doc_id in seen:
                found.append((name, doc_id))
            seen.add(doc_id)
    return found


def decode_keeping_duplicates(blob: bytes) -> tuple[dict[str, dict[str, Any]], str | None, list[str]] | None:
    """For repair: the tables with every document kept, a repeated id given a new number.

    Returns (tables, epoch, what was renumbered), or None when no id was repeated (or
    the file cannot be parsed). A renumbered note or quote whose own ``id`` is also held by
    another document gets a new one too, so that each can be edited on its own.
    """
    pairs = _pairs(blob)
    if pairs is None or not _duplicates(pairs):
        return None
    raw: dict[str, Any] = {}
    changed: list[str] = []
    for name, table in pairs:
        if not isinstance(table, _Pairs):
            raw[name] = _plain(table)
            continue
        docs = raw.get(name) if isinstance(raw.get(name), dict) else {}
        raw[name] = docs
        numbers = [int(k) for k, _ in table if k.isascii() and k.isdigit()] + [int(k) for k in docs if k.isdigit()]
        next_id = max(numbers, default=0) + 1
        for doc_id, doc in table:
            doc = _plain(doc)
            if doc_id in docs:
                new_id, next_id = str(next_id), next_id + 1
                note = f"document {doc_id} of table {name!r} is now document {new_id}"
                if isinstance(doc, dict) and isinstance(doc.get("id"), str) and any(
                        isinstance(d, dict) and d.get("id") == doc["id"] for d in docs.values()):
                    doc["id"] = uuid.uuid4().hex
                    note += f" with the new id {doc['id']}"
                changed.append(note)
                docs[new_id] = doc
            else:
                docs[doc_id] = doc
    tables, epoch = split_snapshot(raw)
    return tables, epoch, changed


def _plain(value: Any) -> Any:
    """``_Pairs`` back to dicts (the last of repeated keys inside a document wins)."""
    if isinstance(value, _Pairs):
        return {k: _plain(v) for k, v in value}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def split_snapshot(raw: Any) -> tuple[dict[str, dict[str, Any]], str | None]:
    """(tables, epoch) from a parsed snapshot; raises ValueError naming what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError(f"the top level is {_kind(raw)}, not an object of tables")
    header = raw.pop(STORAGE_TABLE, None)
    raw.pop(INDEX_TABLE, None)  # where each table lies: of no use once the whole file is parsed
    epoch: str | None = None
    if header is not None:
        doc = header.get("1") if isinstance(header, dict) else None
        epoch = doc.get("epoch") if isinstance(doc, dict) else None
        if not isinstance(epoch, str):
            raise ValueError(f"table {STORAGE_TABLE!r} has no epoch")
    check_tables(raw)
    return raw, epoch


def check_tables(tables: Mapping[str, Any]) -> None:
    """Every table an object of documents keyed by decimal ids; raises ValueError."""
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ValueError(f"table {name!r} is {_kind(table)}, not an object")
        for doc_id, doc in table.items():
            if not (doc_id.isascii() and doc_id.isdigit()):
                raise ValueError(f"table {name!r} has a document id {doc_id!r} that is not a number")
            if not isinstance(doc, dict):
                raise ValueError(f"document {name}/{doc_id} is {_kind(doc)}, not an object")


def _kind(value: Any) -> str:
    """'a list', 'a string', ... for error messages."""
    names = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), type(value).__name__)
