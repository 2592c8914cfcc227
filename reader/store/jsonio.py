"""JSON in UTF-8 (letters stored as themselves): orjson when installed, else the standard library."""

from __future__ import annotations

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

FAST = _orjson is not None


def dumps_compact(data: Any) -> bytes:
    """One-line JSON (journal entries)."""
    if _orjson is not None:
        return _orjson.dumps(data)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes) -> Any:
    """Parse UTF-8 JSON; raises one of ``DecodeError``."""
    if _orjson is not None:
        return _orjson.loads(data)
    return json.loads(data.decode("utf-8"))


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


def settle() -> None:
    """Exempt what is in memory now (a freshly loaded database) from future GC scans.

    The tables live as long as the store and hold no reference cycles; without this a
    full collection now and then rescans them all (seen: a 0.7 s pause during one save).
    Frozen objects are still freed by reference counting when the store lets go of them.
    """
    gc.freeze()
