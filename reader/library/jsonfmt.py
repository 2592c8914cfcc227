"""JSON articles: one object, a list of objects, or {"articles": [...]}."""

from __future__ import annotations

import json

from reader.errors import ArticleError
from reader.library.build import Draft, split_agency_line
from reader.library.textnorm import prep, text_paragraphs
from reader.model import EXPORTED_BY, NOT_ARTICLE_DATABASE, NOT_ARTICLE_EXPORT

_ALIASES = {
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "datetime", "pubdate", "datePublished", "dateCreated"),
    "source": ("source", "agency", "publisher"),
    "language": ("language", "lang"),
    "dateline": ("dateline",),
    "byline": ("byline", "author", "authors"),
    "tags": ("tags", "keywords"),
    "id": ("id", "article_id", "uid"),
}


def _field(obj: dict[str, object], name: str) -> object:
    """The first present alias of ``name`` in ``obj``."""
    for key in _ALIASES[name]:
        value = obj.get(key)
        if value not in (None, ""):
            return value
    return None


def _number(digits: str) -> int | str:
    """A JSON integer; one too long for Python's int conversion limit stays its digits."""
    return int(digits) if len(digits) <= 4000 else digits


_KINDS = {bool: "true/false", int: "number", float: "number", str: "string", list: "list", dict: "object"}


def _kind(value: object) -> str:
    """What a JSON value is, in a reader's words ("a number", "a string", "null")."""
    return "null" if value is None else "a " + _KINDS.get(type(value), "value")


def _text(value: object) -> str:
    """A JSON value as text: lists joined with commas, None as "", an object as nothing (it is
    no text: its Python form is never shown)."""
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if v is not None and not isinstance(v, (dict, list)))
    return str(value)


def _names(value: object) -> str:
    """A byline or source as text: schema.org's ``{"@type": "Person", "name": ...}`` (or a list of
    them) gives its names, as a scraped NewsArticle writes its author and publisher (review33: they
    came out empty, its ``articleBody`` and ``datePublished`` too: a headline with no text)."""
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return ", ".join(name for name in (_names(v) for v in value) if name)
    return _text(value)


def _flat(items: list) -> list:
    """A body list's items with the lists inside it opened, in order: ``[["p1", "p2"], "p3"]``
    kept only p3 (attack33: text lost without a word)."""
    flat: list = []
    stack = [iter(items)]
    while stack:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
        elif isinstance(item, list):
            stack.append(iter(item))
        else:
            flat.append(item)
    return flat


_END = object()


def _graph_articles(data: dict) -> list[dict] | None:
    """The articles of a JSON-LD ``@graph`` (a page's WebPage, BreadcrumbList, Organization and
    NewsArticle side by side, as a scraper saves them): the objects with a headline or title and a
    body, else those whose ``@type`` names an article. Before attack33 the whole file was "no
    title" and its article lost."""
    graph = data.get("@graph")
    if not isinstance(graph, list) or _field(data, "title") is not None:
        return None
    objects = [item for item in graph if isinstance(item, dict)]
    found = [item for item in objects if _field(item, "title") is not None
             and any(key in item for key in ("body", "text", "articleBody", "paragraphs"))]
    if not found:
        found = [item for item in objects if "Article" in _text(item.get("@type"))]
    return found or None


def _draft(obj: dict[str, object]) -> Draft:
    """One JSON object as a Draft; raises ArticleError for a missing title or a bad body."""
    title = _text(_field(obj, "title"))
    if not title.strip():
        raise ArticleError("no title")
    source = _names(_field(obj, "source"))
    body = next((obj[key] for key in ("body", "text", "articleBody") if key in obj), None)
    if isinstance(body, str):
        text, agency = split_agency_line(prep(body))
        paragraphs = text_paragraphs(text)
        source = source or agency
    elif isinstance(body, list) or (body is None and isinstance(obj.get("paragraphs"), list)):
        items = body if isinstance(body, list) else obj["paragraphs"]
        paragraphs = [_text(p) for p in _flat(items) if isinstance(p, (str, int, float))]
    elif body is None:
        paragraphs = []
    else:
        raise ArticleError("body is not a string")
    tags = _field(obj, "tags")
    return Draft(
        title=title,
        paragraphs=paragraphs,
        date=_text(_field(obj, "date")),
        source=source,
        dateline=_text(_field(obj, "dateline")),
        language=_text(_field(obj, "language")),
        byline=_names(_field(obj, "byline")),
        tags=tags if isinstance(tags, (list, str)) else None,
        id=_text(_field(obj, "id")),
    )


def _quote_records(data: object) -> bool:
    """Whether ``data`` is what ``reader quotes --json`` prints: quotes with their article's id and
    title, no article text (read as articles, each quote was a headline without a body)."""
    return isinstance(data, list) and bool(data) and all(
        isinstance(item, dict) and "quote" in item and "article_id" in item
        and not any(key in item for key in ("body", "text", "paragraphs")) for item in data)


def parse_json(text: str) -> list[Draft | ArticleError]:
    """Drafts for each article object in ``text``; errors for items that are not articles.

    Raises ArticleError when the text is not JSON or holds no objects at all.
    """
    try:
        data = json.loads(text, strict=False, parse_int=_number)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.msg.endswith(" at"):  # "Unterminated string starting at": the place ends the sentence
            raise ArticleError(f"invalid JSON: {exc.msg[0].lower()}{exc.msg[1:]} {where}") from None
        raise ArticleError(f"invalid JSON at {where}: {exc.msg}") from None
    except RecursionError:
        raise ArticleError("JSON nested too deeply to read") from None
    if isinstance(data, dict) and data.get("exported_by") == EXPORTED_BY and "articles" in data:
        raise ArticleError(NOT_ARTICLE_EXPORT)  # (an article of its own with that key is read: attack18)
    if isinstance(data, dict) and "_storage" in data and any(str(k).startswith("article/") or k == "meta" for k in data):
        raise ArticleError(NOT_ARTICLE_DATABASE)
    if _quote_records(data):
        raise ArticleError(NOT_ARTICLE_EXPORT)
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict) and (graph := _graph_articles(data)):
        data = graph
    if isinstance(data, dict):
        return [_draft(data)]
    if not isinstance(data, list):
        raise ArticleError(f"JSON holds {_kind(data)}, not an article object or list")
    if not data:
        raise ArticleError("JSON list holds no articles")
    results: list[Draft | ArticleError] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            results.append(ArticleError(f"item {number} of {len(data)}: not an object"))
            continue
        try:
            results.append(_draft(item))
        except ArticleError as exc:
            results.append(ArticleError(f"item {number} of {len(data)}: {exc}"))
    return results
