"""The snapshot's outer shape: TinyDB's ``{table: {doc_id: document}}`` plus one header table."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from reader.store import jsonio

STORAGE_TABLE = "_storage"
FORMAT = 1


def new_epoch() -> str:
    """A fresh identity for a snapshot (its journal names it)."""
    return uuid.uuid4().hex


def encode(tables: Mapping[str, Any], epoch: str) -> bytes:
    """The snapshot file's bytes: UTF-8 JSON with one document per line, header table first.

    A person can read and grep it (letters are stored as themselves) and it stays a third
    smaller, and so quicker to load, than JSON indented throughout.
    """
    data: dict[str, Any] = {STORAGE_TABLE: {"1": {"format": FORMAT, "epoch": epoch}}}
    data.update(tables)
    dumps = jsonio.dumps_compact
    out: list[bytes] = [b"{"]
    last_table = len(data) - 1
    for t, (name, table) in enumerate(data.items()):
        out.append(b" " + dumps(name) + b": {")
        last_doc = len(table) - 1
        for d, (doc_id, doc) in enumerate(table.items()):
            out.append(b"  " + dumps(doc_id) + b": " + dumps(doc) + (b"," if d < last_doc else b""))
        out.append(b" }" + (b"," if t < last_table else b""))
    out.append(b"}\n")
    return b"\n".join(out)


def decode(blob: bytes) -> tuple[dict[str, dict[str, Any]], str | None]:
    """(tables, epoch) from snapshot bytes; raises ValueError saying what is wrong."""
    try:
        raw = jsonio.loads(blob)
    except jsonio.DecodeError as error:
        if not blob.strip():
            raise ValueError("empty file") from None
        raise ValueError(f"not valid JSON: {str(error).splitlines()[0]}") from None
    return split_snapshot(raw)


def split_snapshot(raw: Any) -> tuple[dict[str, dict[str, Any]], str | None]:
    """(tables, epoch) from a parsed snapshot; raises ValueError naming what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError(f"the top level is {_kind(raw)}, not an object of tables")
    header = raw.pop(STORAGE_TABLE, None)
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
