"""A small YAML front-matter reader for the ``key: value`` and list subset that articles use."""

from __future__ import annotations

import re

_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*)|\s*)$")
_ITEM = re.compile(r"^\s*-\s+(.*)$|^\s*-\s*$")
_FENCE_OPEN = "---"
_FENCE_CLOSE = ("---", "...")

Value = str | list[str]


def _scalar(raw: str) -> str:
    """A scalar value: quotes removed (with their escapes), trailing comment dropped."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        inner = raw[1:-1]
        return re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), inner)
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if " #" in raw:
        raw = raw.split(" #", 1)[0].rstrip()
    return "" if raw in ("~", "null") else raw


def _flow_list(raw: str) -> list[str]:
    """``[a, "b, c", d]`` as a list of strings."""
    inner = raw.strip()[1:-1]
    items = re.findall(r'\s*("(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[^,]+)', inner)
    return [v for v in (_scalar(item) for item in items) if v]


def parse_front_matter(text: str) -> tuple[dict[str, Value], str]:
    """(fields, rest of text) when ``text`` opens with ``---`` front matter, else ({}, text)."""
    if not text.startswith(_FENCE_OPEN):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != _FENCE_OPEN:
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in _FENCE_CLOSE:
            break
    else:
        return {}, text
    fields: dict[str, Value] = {}
    current: str | None = None
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item is not None and current is not None:
            existing = fields.get(current)
            values = existing if isinstance(existing, list) else []
            value = _scalar(item[1] or "")
            if value:
                values.append(value)
            fields[current] = values
            continue
        key = _KEY.match(line)
        if key is None or line[:1].isspace():
            continue
        current = key[1].lower()
        raw = (key[2] or "").strip()
        if raw.startswith("[") and raw.endswith("]"):
            fields[current] = _flow_list(raw)
        elif raw in ("|", ">", "|-", ">-"):
            fields[current] = ""
        else:
            fields[current] = _scalar(raw)
    return fields, "\n".join(lines[end + 1 :])
