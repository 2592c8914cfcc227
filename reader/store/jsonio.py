"""JSON in UTF-8 (letters stored as themselves): orjson when installed, else the standard library."""

from __future__ import annotations

import copy
import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

try:  # orjson is several times faster on a large database; it is optional.
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    _orjson = None

DecodeError: tuple[type[Exception], ...] = (ValueError, UnicodeDecodeError, RecursionError)


class EncodeError(ValueError):
    """A value that cannot be written as JSON (nested too deeply: a hand edit)."""

FAST = _orjson is not None
BIG_LOAD_BYTES = 4 << 20


def dumps_compact(data: Any) -> bytes:
    """One-line JSON (journal entries); raises EncodeError for what JSON cannot hold."""
    try:
        if _orjson is not None:
            return _orjson.dumps(data)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as error:
        raise EncodeError(str(error).splitlines()[0] if str(error) else type(error).__name__) from None


def copy_json(value: Any) -> Any:
    """A deep copy of JSON data (through orjson when installed: several times quicker than
    ``copy.deepcopy``); data JSON cannot hold is copied with ``copy.deepcopy``."""
    if _orjson is not None:
        try:
            return _orjson.loads(_orjson.dumps(value))
        except (TypeError, ValueError):
            pass
    return copy.deepcopy(value)


def unsavable(tables: Any) -> str | None:
    """Which document cannot be written back (``table/id: why``), if any: the slow search
    run after an EncodeError, and by ``reader doctor``."""
    for name, table in dict.items(tables) if isinstance(tables, dict) else tables.items():
        if not isinstance(table, dict):  # (a table never decoded is written back as it was read)
            continue
        for doc_id, doc in table.items():
            try:
                dumps_compact(doc)
            except EncodeError as error:
                reason = "it is nested too deeply" if "ecursion" in str(error) else str(error)
                return f"document {name}/{doc_id} cannot be saved again: {reason} (a hand edit?)"
    return None


def loads(data: bytes | memoryview) -> Any:
    """Parse UTF-8 JSON; raises one of ``DecodeError``."""
    if _orjson is not None:
        return _orjson.loads(data)
    return json.loads(bytes(data).decode("utf-8"))


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many containers (a large load).

    Parsing creates hundreds of thousands of dicts, none of them garbage; each collection
    it would trigger scans them all again, which more than doubled the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def prepare_big_load(size: int) -> None:
    """Before loading a large database: collect what garbage there is while the heap is small."""
    if size >= BIG_LOAD_BYTES:
        gc.collect()


def settle(size: int) -> None:
    """After loading a large database: exempt it (and all else alive) from future GC scans.

    The tables live as long as the store and hold no reference cycles; without this a full
    collection now and then rescans them all (seen: a 0.7 s pause in one save at 100,000
    annotations). Frozen objects are still freed by reference counting when let go. Small
    databases are left alone: freezing would also pin whatever cyclic garbage exists now.
    """
    if size >= BIG_LOAD_BYTES:
        gc.freeze()
