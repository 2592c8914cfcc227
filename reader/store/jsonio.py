"""JSON in UTF-8 (letters stored as themselves): orjson when installed, else the standard library."""

from __future__ import annotations

import json
from typing import Any

try:  # orjson is several times faster on a large database; it is optional.
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    _orjson = None

DecodeError: tuple[type[Exception], ...] = (ValueError, UnicodeDecodeError, RecursionError)

FAST = _orjson is not None


def dumps_pretty(data: Any) -> bytes:
    """Indented JSON for the snapshot a person may read."""
    if _orjson is not None:
        return _orjson.dumps(data, option=_orjson.OPT_INDENT_2) + b"\n"
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


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
