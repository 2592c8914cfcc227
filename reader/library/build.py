"""From the fields a parser found to a finished Article: datelines, agency lines, ids, language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.errors import ArticleError
from reader.language import detect_language
from reader.model import Article
from reader.library.textnorm import (
    clean_meta,
    clean_tags,
    join_body,
    make_id,
    normalise_date,
    normalise_language,
)


# "By Jane Doe" / "Af Kirsten Møller" given as a byline field (front matter, JSON, a meta tag): the
# name only, as a byline line or element gives it; the exports write "By …" before it (review32).
_BY = re.compile(r"^(?:by|af)\s+(?=[^\W\d_])", re.IGNORECASE)


def byline_name(byline: str) -> str:
    """``byline`` without a leading "By"/"Af" before the name."""
    return _BY.sub("", byline, count=1)


@dataclass
class Draft:
    """What a format parser found in a file, before normalisation."""

    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    date: str = ""
    source: str = ""
    dateline: str = ""
    language: str = ""
    byline: str = ""
    tags: object = None
    id: str = ""


_LANGUAGE_SAMPLE = 1200  # characters of body: ~200 words tell Danish from English

# "/ritzau/", "/nordbureau/", "/ritzau/AFP": the wire's closing line names the agency.
AGENCY_LINE = re.compile(r"^/\s*([^/\s][^/\n]{0,40}?)\s*/\s*(?:[^/\s]{1,20}\s*)?$")

_UPPER = "A-ZÆØÅÄÖÜÉ"
# "AARHUS (Nordbureau): ", "LONDON, March 3 (Meridian) - ", "HALIFAX, Nova Scotia (Meridian Wire) -"
_CAPS_WORD = rf"[{_UPPER}]{{2,}}[{_UPPER}'’.]*"
_PAREN = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,3}}(?:,[^()\n:]{{1,40}}?)?)"
    rf"\s*\((?P<agency>[^()\n]{{2,40}})\)\s*(?:[:\-\u2013\u2014]{{1,2}})\s+"
)
# "LONDON - ", "NEW YORK, March 3 — "
_CAPS = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER} .'’-]{{1,30}}(?:,[^\n\-\u2013\u2014.:]{{1,40}}?)?)"
    r"\s+[-\u2013\u2014]{1,2}\s+"
)
# "København. ", "Ringkøbing. " (Danish house style): one to three capitalised words and a full stop.
_DOT = re.compile(
    rf"^(?P<place>[{_UPPER}][\w'’-]{{2,}}(?:[ -][{_UPPER}][\w'’-]*){{0,2}})\.\s+"
    rf"(?=[-\u2013\u2014»«“\"'{_UPPER}0-9])"
)
_NOT_PLACES = frozenset(
    "mrs mr dr prof sen rep gov gen col capt sgt inc ltd corp nej ja tak hej okay ok red"
    " jan feb mar apr jun jul aug sep sept oct okt nov dec yes well okay now then thanks"
    " update updated breaking correction opdateret rettelse godt nå jo tja".split()
)
_MONTH_TAIL = re.compile(r",\s*(?:[^\W\d_]+\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]+)\s*$")


def _place_name(place: str) -> str:
    """The place of a dateline: date tail dropped, ALL-CAPS words in title case."""
    place = _MONTH_TAIL.sub("", place.strip()).strip(" ,")
    words = [w.capitalize() if len(w) > 2 and w.isupper() else w for w in place.split(" ")]
    return " ".join(w for w in words if w)


def find_dateline(paragraph: str) -> tuple[str, str]:
    """(place, agency) of a dateline opening ``paragraph``; empty strings when there is none."""
    head = paragraph[:120]
    if m := _PAREN.match(head):
        return _place_name(m["place"]), m["agency"].strip()
    if m := _CAPS.match(head):
        return _place_name(m["place"]), ""
    if (m := _DOT.match(head)) and m["place"].casefold() not in _NOT_PLACES:
        return _place_name(m["place"]), ""
    return "", ""


def split_agency_line(text: str) -> tuple[str, str]:
    """``text`` without a closing "/agency/" line, and the agency it names ("" if none)."""
    stripped = text.rstrip()
    cut = stripped.rfind("\n")
    last = stripped[cut + 1 :].strip()
    if m := AGENCY_LINE.match(last):
        return stripped[: max(cut, 0)], m[1].strip()
    return text, ""


def make_article(draft: Draft, path: str, fmt: str) -> Article:
    """Normalise a Draft into an Article; raise ArticleError when it has no title."""
    title = clean_meta(draft.title)
    if not title:
        raise ArticleError(f"{path}: no title")
    paragraphs = [p for p in draft.paragraphs if p and p.strip()]
    source = clean_meta(draft.source)
    if paragraphs and (m := AGENCY_LINE.match(paragraphs[-1].strip())):
        paragraphs.pop()
        source = source or m[1].strip()
    dateline = clean_meta(draft.dateline)
    if paragraphs and not dateline:
        dateline, agency = find_dateline(paragraphs[0].lstrip())
        dateline = clean_meta(dateline)
        source = source or clean_meta(agency)
    body = join_body(paragraphs)
    date = normalise_date(draft.date)
    language = normalise_language(draft.language) or detect_language(
        f"{title}\n{body[:_LANGUAGE_SAMPLE]}"
    )
    article_id = clean_meta(draft.id) or make_id(source, date, title)
    return Article(
        id=article_id,
        path=path,
        title=title,
        body=body,
        date=date,
        source=source,
        dateline=dateline,
        language=language,
        format=fmt,
        byline=byline_name(clean_meta(draft.byline)),
        meta_tags=clean_tags(draft.tags),
    )
