"""A provisional row of a file from its first few kilobytes: the title (and date, source) taken
from the cheapest reliable place its format offers, before the file is parsed.

A first launch lists every file from these at once (reader.index.provisional); the parse that
follows puts the real title, date and source in their place. Pure functions: bytes in, text out.
The text is data: markup is taken out of HTML and Markdown titles, and control characters are
made visible as the parser does (reader.library.textnorm.clean_meta).
"""

from __future__ import annotations

import html
import json
import os
import re
from itertools import islice

from reader.errors import ArticleError
from reader.library.build import AGENCY_LINE, find_dateline
from reader.library.decoding import decode_bytes
from reader.library.formats import BY_SUFFIX
from reader.library.textnorm import clean_meta, date_line, normalise_date

HEAD_BYTES = 4096  # a wire story is smaller; a title is near the top of any article file
_TITLE_MAX = 200

# plain text: " date 2018-08-17 Headline", "Title: ..." header lines
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}(?:-\d{1,2}){0,2})(?:T\S*)?(?:\s+(.*))?$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|af)\s+\S", re.IGNORECASE)
_HEADER = re.compile(
    r"^(title|headline|date|source|byline|author|language|lang|dateline|tags|id):\s*(.*)$", re.IGNORECASE)
# Markdown: front matter fields, "# Heading"
_FRONT = re.compile(r"^(title|headline|date|published|source|agency|publisher)\s*:\s*(.*?)\s*$", re.IGNORECASE | re.MULTILINE)
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)(?:\s+#+)?\s*$", re.MULTILINE)
_MD_MARKS = re.compile(r"[*_`]+|!?\[([^\]]*)\]\([^)]*\)")
# HTML: <h1>, og:title, <title>, a published date
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(r"<meta\b[^>]*?property\s*=\s*[\"']og:title[\"'][^>]*?content\s*=\s*[\"']([^\"']*)", re.IGNORECASE)
_PUBLISHED = re.compile(
    r"<meta\b[^>]*?(?:name|property)\s*=\s*[\"'](?:article:published_time|date|dc\.date|pubdate)[\"']"
    r"[^>]*?content\s*=\s*[\"']([^\"']*)", re.IGNORECASE)
_SITE = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,40}$")
_SITE_NAME = re.compile(
    r"<meta\b[^>]*?(?:name|property)\s*=\s*[\"'](?:og:site_name|source|dc\.publisher)[\"']"
    r"[^>]*?content\s*=\s*[\"']([^\"']*)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# JSON: the first "title"/"headline" string (and "date", "source"), escapes and all
_JSON_STRING = r"\s*:\s*(\"(?:[^\"\\\n]|\\.){0,2000}\")"
_JSON_TITLE = re.compile(r"\"(?:title|headline)\"" + _JSON_STRING)
_JSON_DATE = re.compile(r"\"(?:date|published|published_at|datetime|pubdate)\"" + _JSON_STRING)
_JSON_SOURCE = re.compile(r"\"(?:source|agency|publisher)\"" + _JSON_STRING)


def read_head(path: str, size: int = -1) -> bytes:
    """The first ``HEAD_BYTES`` of a file ("" when it cannot be read: the parse will say why)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return b""
    try:
        return os.read(fd, HEAD_BYTES)
    except OSError:
        return b""
    finally:
        os.close(fd)


def head_fields(path: str, data: bytes, whole: bool) -> tuple[str, str, str] | None:
    """(title, date, source) of a file from its head ``data`` (``whole``: the entire file), or
    None when the head gives no title (a binary file, say: the parse decides)."""
    if not data or b"\x00" in data[:1024] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if not whole:  # a cut multi-byte character at the end is not the file's fault
        cut = len(data)
        while cut > len(data) - 3 and cut > 0 and 0x80 <= data[cut - 1] < 0xC0:
            cut -= 1
        if cut > 0 and data[cut - 1] >= 0xC0:
            data = data[:cut - 1]
    try:
        text = data.decode("utf-8")  # most files: the checks of other encodings are not needed
    except UnicodeDecodeError:
        try:
            text = decode_bytes(data, path)
        except (ArticleError, UnicodeError, ValueError):
            return None
    text = text.lstrip("\ufeff")
    fmt = BY_SUFFIX.get(os.path.splitext(path)[1].lower(), "txt")
    title, date, source = _BY_FORMAT[fmt](text, whole)
    title = _short(clean_meta(title))
    if not title:
        return None
    return title, normalise_date(date) if date else "", _short(clean_meta(source)) if source else ""


def _short(text: str) -> str:
    return text if len(text) <= _TITLE_MAX else text[:_TITLE_MAX].rsplit(" ", 1)[0] + "\u2026"


def _agency(text: str, whole: bool) -> str:
    """The agency of a closing "/ritzau/" line, when the head is the whole file."""
    if not whole:
        return ""
    last = text.rstrip().rpartition("\n")[2].strip()
    m = AGENCY_LINE.match(last)
    return m[1].strip() if m else ""


def _headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """``Key: value`` lines at the top, ended by a blank line (as reader.library.wire reads them)."""
    found: dict[str, str] = {}
    for k, line in enumerate(lines):
        if not line.strip():
            return found, k
        m = _HEADER.match(line.strip())
        if m is None:
            return {}, 0
        found.setdefault("title" if m[1].lower() == "headline" else m[1].lower(), m[2].strip())
    return {}, 0


def _txt(text: str, whole: bool) -> tuple[str, str, str]:
    lines = text.replace("\r", "\n").split("\n", 60)  # a title is in the first lines
    headers, k = _headers(lines)
    title, date, source = headers.get("title", ""), headers.get("date", ""), headers.get("source", "")
    rest = list(islice((line.strip() for line in islice(lines, k, None) if line.strip()), 4))  # the few needed
    if not title and rest:
        first, rest = rest[0], rest[1:]
        if m := _DATE_LINE.match(first):
            date = date or m[1]
            title = (m[2] or "").strip() or (rest.pop(0) if rest else "")
        elif len(first) > _TITLE_MAX:
            title = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
        else:  # a title line; "By ..." and a date line may follow
            title = first
            if rest and _BYLINE.match(rest[0]):
                rest = rest[1:]
            if rest and (found := date_line(rest[0])):
                date, rest = date or found, rest[1:]
    source = source or _agency(text, whole)
    if not source and rest:  # "HALIFAX (Meridian Wire) - ...": the agency of the dateline
        source = find_dateline(rest[0])[1]
    return title, date, source


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def _md_inline(text: str) -> str:
    return _MD_MARKS.sub(lambda m: m[1] or "", html.unescape(_TAG.sub("", text)))


def _md(text: str, whole: bool) -> tuple[str, str, str]:
    title = date = source = ""
    if text.startswith("---"):
        end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], re.MULTILINE)
        front = text[3:3 + end.start()] if end else ""
        for m in _FRONT.finditer(front):
            key, value = m[1].lower(), _unquote(m[2])
            if key in ("title", "headline"):
                title = title or value
            elif key in ("date", "published"):
                date = date or value
            else:
                source = source or value
        text = text[3 + end.end():] if end else text
    if not title:
        m = _ATX.search(text)
        if m:
            title = m[1]
        else:
            title = next((line for line in text.split("\n") if line.strip()), "")
    return _md_inline(title), date, source


def _html_text(fragment: str) -> str:
    return html.unescape(_TAG.sub(" ", fragment))


def _html(text: str, whole: bool) -> tuple[str, str, str]:
    text = _COMMENT.sub(" ", text)
    title = ""
    if m := _OG_TITLE.search(text):
        title = html.unescape(m[1])
    if not title.strip() and (m := _TITLE.search(text)):
        title = _SITE.sub("", _html_text(m[1]))  # "Headline | The Courier": the headline
    if not title.strip() and (m := _H1.search(text)):
        title = _html_text(m[1])
    date = html.unescape(m[1]) if (m := _PUBLISHED.search(text)) else ""
    source = html.unescape(m[1]) if (m := _SITE_NAME.search(text)) else ""
    return title, date, source


def _json_value(pattern: re.Pattern, text: str) -> str:
    m = pattern.search(text)
    if m is None:
        return ""
    try:
        value = json.loads(m[1], strict=False)
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def _json(text: str, whole: bool) -> tuple[str, str, str]:
    return _json_value(_JSON_TITLE, text), _json_value(_JSON_DATE, text), _json_value(_JSON_SOURCE, text)


_BY_FORMAT = {"txt": _txt, "md": _md, "html": _html, "json": _json}
