"""YAML front matter of Markdown articles, read with PyYAML's ``safe_load``.

Only flat fields are kept: a scalar becomes a string (a date its ISO form), a list becomes a list
of strings; nested mappings are ignored. A block between ``---`` fences that is not a YAML mapping
is not front matter, and the text is left as it is, unless it is invalid YAML made only of plain
``key: value`` lines (a tab in the indentation; or an unquoted colon in a value, as in
``title: Borgmester: nu skal der spares``, when every key is a front matter field): those are its
fields.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

try:  # libyaml's parser when PyYAML was built with it (it is, on PyPI's wheels)
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - a PyYAML without libyaml
    _Loader = yaml.SafeLoader

_FENCE_OPEN = "---"
_FENCE_CLOSE = ("---", "...")
_MAX_BYTES = 256_000  # a front matter larger than this is not an article's

Value = str | list[str]


def _scalar(value: object) -> str:
    """A YAML scalar as text ("" for null and for anything that is not a scalar)."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value).strip()


# Keys that name an article's fields in front matter (those reader/library/mdtext.py reads, their
# aliases, and common ones it ignores): a block of these alone is front matter, not a Q&A opening.
_FIELD_NAMES = frozenset({
    "title", "headline", "date", "published", "pubdate", "updated", "source", "publisher", "agency",
    "dateline", "language", "lang", "byline", "author", "tags", "keywords", "categories", "category",
    "id", "description", "subtitle", "summary", "slug", "url", "section",
})

_PLAIN_FIELD = re.compile(r"\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")


def _plain_fields(block: str) -> dict[str, str] | None:
    """The fields of a block that is not valid YAML when every line of it is a plain ``key: value``
    (a tab in the indentation, say); None otherwise, and None when no line is indented (nor holds a
    tab): a Q&A opening between rules ("Q: ...", "A: Jeg var træt: det var nok.") is the article's
    text (attack18). (The tab may reach here as spaces.) A block whose keys are all front matter
    fields (title, date, author...) is fields too, indented or not: a headline with an unquoted
    colon ("title: Borgmester: nu skal der spares") is invalid YAML, and was read as the article's
    headline "title: Borgmester: ... date: 2025-01-02", its date lost (review25)."""
    indented = "\t" in block or any(line[:1] == " " and line.strip() for line in block.split("\n"))
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip():
            continue
        match = _PLAIN_FIELD.fullmatch(line)
        if match is None:
            return None
        fields[match.group(1)] = match.group(2).strip("\"'")
    if not indented and not (fields and all(key.lower() in _FIELD_NAMES for key in fields)):
        return None
    return fields or None


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
    block = "\n".join(lines[1:end])
    if len(block) > _MAX_BYTES:
        return {}, text
    try:
        data = yaml.load(block, Loader=_Loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        data = _plain_fields(block)  # YAML a hand spoilt (a tab): its lines headed the article
        if data is None:
            return {}, text
    if not isinstance(data, dict):
        return {}, text
    fields: dict[str, Value] = {}
    for key, value in data.items():
        if not isinstance(key, str):
            continue
        if isinstance(value, list):
            fields[key.lower()] = [s for s in (_scalar(v) for v in value) if s]
        elif not isinstance(value, dict):
            fields[key.lower()] = _scalar(value)
    return fields, "\n".join(lines[end + 1 :])
