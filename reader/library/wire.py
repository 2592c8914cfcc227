"""Plain-text articles: wire copy in the seed layout, and plain text with a title line."""

from __future__ import annotations

import re

from reader.errors import ArticleError
from reader.library.build import Draft, split_agency_line
from reader.model import NOT_ARTICLE_EXPORT, is_markdown_export
from reader.library.textnorm import date_line, text_paragraphs

# " date 2018-08 Headline" (the wire layout; the leading space is optional here)
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}(?:-\d{1,2}){0,2})(?:T\S*)?(?:\s+(.*))?$", re.IGNORECASE)
# "By Jane Doe", "Af Lise Holm, Nordbureau"
_BYLINE = re.compile(r"^(?:by|af)\s+([^\W\d_].{1,80})$", re.IGNORECASE)
# "Title: ...", "Date: ..." header lines at the top of a plain text file
_HEADER = re.compile(
    r"^(title|headline|date|source|byline|author|language|lang|dateline|tags|id):\s*(.*)$",
    re.IGNORECASE,
)
_HEADER_KEYS = {"headline": "title", "author": "byline", "lang": "language"}
_TITLE_MAX = 200


def _headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """``Key: value`` lines at the top (ended by a blank line) and how many lines they took."""
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            return (found, index) if found else ({}, 0)
        m = _HEADER.match(line.strip())
        if m is None:
            return {}, 0
        key = m[1].lower()
        found[_HEADER_KEYS.get(key, key)] = m[2].strip()
    return {}, 0


_NAME_JOINERS = frozenset("and og of for i de da van von der den la le og/and".split())
# A time before the comma is no name ("By Christmas Eve, most roads open"); a clause after it is no role.
# (Not the months and seasons that are given names: "By June Smith, political editor".)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march september october"
    " november december christmas easter spring week month year night morning evening noon midnight weekend".split()
)
_NOT_ROLE = frozenset("the a an most many some all who which that we they it he she i there this these".split())


def _looks_like_byline(text: str) -> bool:
    """True for "Jane Doe", "Lise Holm, Nordbureau" or "Jane Doe, investigations correspondent":
    a few capitalised words (and a short role after a comma), no sentence."""
    words = [w for w in re.split(r"[\s,;/&]+", text.strip()) if w]
    if not words or len(words) > 8 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    if words[0].lower() in _TIME_WORDS:
        return False  # "By Monday, Tuesday and Wednesday", "By Spring, Most Rivers Rise"
    if all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return True
    name, comma, role = text.partition(",")
    if not comma or "," in role:
        return False  # no role (a lower-case phrase: "By the numbers") or a list after it
    return (2 <= len(name.split()) <= 4 and _looks_like_byline(name) and 0 < len(role.split()) <= 4
            and not any(c.isdigit() for c in role) and not _TIME_WORDS.intersection(name.lower().split())
            and role.split()[0].lower() not in _NOT_ROLE)


def leading_byline(paragraph: str) -> str:
    """The name in a byline paragraph ("By Jane Doe", "Af Lise Holm, Nordbureau"), else ""."""
    return byline_and_date(paragraph)[0]


def byline_and_date(paragraph: str) -> tuple[str, str]:
    """The name in a byline paragraph and the date written after it, if any ("By Alan Doyle,
    2026-11-12", "Af Lise Holm, 12. november 2026": review33 found such a line read as the text's
    first paragraph, with no byline and no date), else ("", "")."""
    m = _BYLINE.match(" ".join(paragraph.split()))
    if not m:
        return "", ""
    text = m[1].strip()
    if _looks_like_byline(text):
        return text, ""
    name, comma, when = text.partition(",")
    date = date_line(when) if comma else ""  # nothing but a date after the name, to the day or month
    if date and _looks_like_byline(name):
        return name.strip(), date
    return "", ""


def _short_title(line: str) -> str:
    """A title made from a long first line: its first sentence, cut at a word boundary."""
    sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    if len(sentence) <= _TITLE_MAX:
        return sentence
    return sentence[:_TITLE_MAX].rsplit(" ", 1)[0] + "\u2026"


def parse_txt(text: str) -> Draft:
    """Parse prepared plain text (wire layout, header lines, or a title line) into a Draft."""
    if is_markdown_export(text):  # our own export saved as .txt: notes, not news
        raise ArticleError(NOT_ARTICLE_EXPORT)
    text, agency = split_agency_line(text)
    draft = Draft(source=agency)
    lines = text.split("\n")
    headers, skip = _headers(lines)
    if headers:
        draft.title = headers.get("title", "")
        draft.date = headers.get("date", "")
        draft.source = headers.get("source", "") or agency
        draft.byline = headers.get("byline", "")
        draft.language = headers.get("language", "")
        draft.dateline = headers.get("dateline", "")
        draft.tags = headers.get("tags") or None
        draft.id = headers.get("id", "")
    rest = lines[skip:]
    index = 0
    while index < len(rest) and not rest[index].strip():
        index += 1
    if not draft.title and index < len(rest):
        first = rest[index]
        m = _DATE_LINE.match(first)
        if m:
            draft.date = draft.date or m[1]
            draft.title = (m[2] or "").strip()
            index += 1
            if not draft.title:
                while index < len(rest) and not rest[index].strip():
                    index += 1
                if index < len(rest):
                    draft.title = rest[index].strip()
                    index += 1
        elif len(first.strip()) > _TITLE_MAX:
            draft.title = _short_title(first.strip())
        else:
            draft.title = first.strip()
            index += 1
    while index < len(rest) and not rest[index].strip():
        index += 1
    if index < len(rest) and not draft.byline:
        name, when = byline_and_date(rest[index].strip())
        if name:
            draft.byline = name
            draft.date = draft.date or when
            index += 1
            while index < len(rest) and not rest[index].strip():
                index += 1
    if index < len(rest) and not draft.date and (found := date_line(rest[index])):
        draft.date = found
        index += 1
    draft.paragraphs = text_paragraphs("\n".join(rest[index:]))
    return draft
