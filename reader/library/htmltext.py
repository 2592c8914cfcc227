"""HTML articles: metadata from <head>, one paragraph per text block of <article> (or <body>)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.library.build import Draft

_SKIP = frozenset(
    "script style nav header footer aside noscript template form button select svg iframe"
    " object canvas dialog menu".split()
)
_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt figcaption td th".split())
_BREAKS = (
    frozenset("div section main article ul ol dl table tr body figure".split())
    | frozenset("nav header footer aside form dialog menu".split())
    | _BLOCKS
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_META_KEYS = {
    "date": "date",
    "article:published_time": "date",
    "dc.date": "date",
    "dcterms.date": "date",
    "dc.date.issued": "date",
    "pubdate": "date",
    "publish-date": "date",
    "datepublished": "date",
    "author": "byline",
    "byline": "byline",
    "dc.creator": "byline",
    "source": "source",
    "og:site_name": "source",
    "dc.publisher": "source",
    "keywords": "tags",
    "news_keywords": "tags",
    "article:tag": "tags",
    "og:title": "og_title",
    "dc.language": "language",
    "content-language": "language",
    "article-id": "id",
    "dc.identifier": "id",
}
_SPACE = re.compile(r"\s+")


class _ArticleParser(HTMLParser):
    """Collects metadata, titles and text blocks, remembering which <article> each block is in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.tags: list[str] = []
        self.lang = ""
        self.title_parts: list[str] = []
        self.h1s: list[tuple[int, str]] = []  # (0 in <article>, 1 in page, 2 in nav/header, text)
        self.blocks: list[tuple[int, str, str]] = []  # (article number or 0, tag, text)
        self.time = ""
        self._stack: list[str] = []
        self._skip = 0  # depth of skipped containers (nav, footer, script...)
        self._in_header = 0
        self._article = 0  # number of the <article> we are in, 0 outside
        self._articles_seen = 0
        self._block: str | None = None
        self._buffer: list[str] = []
        self._in_title = False

    def _flush(self) -> None:
        if self._block is not None:
            raw = "".join(self._buffer)
            text = raw.strip("\n") if self._block == "pre" else _SPACE.sub(" ", raw).strip()
            if text:
                if self._block == "h1":
                    rank = 0 if self._article else (2 if self._skip or self._in_header else 1)
                    self.h1s.append((rank, text))
                elif not self._skip and not self._in_header:
                    self.blocks.append((self._article, self._block, text))
        self._block = None
        self._buffer = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            self._meta(a)
        elif tag == "title":
            self._in_title = True
        elif tag == "time" and not self.time and a.get("datetime"):
            self.time = a["datetime"]
        elif tag == "br" and self._block is not None:
            self._buffer.append("\n" if self._block == "pre" else " ")
        if tag in _VOID:
            return
        if tag in _BREAKS and self._block != "pre":
            top = self._stack[-1] if self._stack else ""
            if top == "p" or (top == tag and tag in ("li", "dd", "dt", "td", "th")):
                self._pop_to(top)
            self._flush()
        self._stack.append(tag)
        if tag in _SKIP:
            self._skip += 1
        if tag == "header":
            self._in_header += 1
        if tag == "article":
            self._articles_seen += 1
            if not self._article:
                self._article = self._articles_seen
        if tag in _BLOCKS and self._block != "pre":
            self._block = tag

    def _pop_to(self, tag: str) -> None:
        """Close every element up to and including the innermost open ``tag``."""
        if tag not in self._stack:
            return
        while self._stack:
            top = self._stack.pop()
            if top in _BLOCKS and self._block == top:
                self._flush()
            if top in _SKIP:
                self._skip -= 1
            if top == "header":
                self._in_header -= 1
            if top == "article" and "article" not in self._stack:
                self._article = 0
            if top == tag:
                return

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        if tag in _BREAKS:
            self._flush()
        self._pop_to(tag)
        if self._block is None and self._stack:
            inner = next((t for t in reversed(self._stack) if t in _BLOCKS), None)
            if inner is not None and inner not in ("li",):
                self._block = inner

    def handle_data(self, data: str) -> None:
        if self._in_title and not self._skip:
            self.title_parts.append(data)
        elif self._block is not None and not self._skip_data():
            self._buffer.append(data)

    def finish(self) -> None:
        """Close whatever is still open at the end of the document."""
        self.close()
        if self._stack:
            self._pop_to(self._stack[0])
        self._flush()

    def _skip_data(self) -> bool:
        return bool(self._stack) and self._stack[-1] in ("script", "style")

    def _meta(self, a: dict[str, str]) -> None:
        name = (a.get("name") or a.get("property") or a.get("itemprop") or a.get("http-equiv") or "")
        key = _META_KEYS.get(name.strip().lower())
        content = a.get("content", "").strip()
        if not key or not content:
            return
        if key == "tags":
            self.tags.extend(t.strip() for t in content.split(",") if t.strip())
        elif key == "byline" and content.startswith(("http://", "https://")):
            return
        else:
            self.meta.setdefault(key, content)


def _strip_site(title: str, site: str) -> str:
    """``Headline | Site`` -> ``Headline`` when the suffix names the site."""
    for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            if not site or tail.strip().casefold() == site.casefold():
                return head.strip()
    return title


def parse_html(text: str) -> Draft:
    """Parse prepared HTML text into a Draft."""
    parser = _ArticleParser()
    parser.feed(text)
    parser.finish()
    meta = parser.meta
    blocks = parser.blocks
    if any(number for number, _, _ in blocks):
        first = min(number for number, _, _ in blocks if number)
        blocks = [b for b in blocks if b[0] == first]
    h1 = min(parser.h1s, key=lambda h: h[0])[1] if parser.h1s else ""
    if parser.h1s and min(h[0] for h in parser.h1s) == 2:
        h1 = ""
    page_title = _SPACE.sub(" ", "".join(parser.title_parts)).strip()
    title = h1 or meta.get("og_title", "") or _strip_site(page_title, meta.get("source", ""))
    return Draft(
        title=title,
        paragraphs=[text for _, _, text in blocks],
        date=meta.get("date", "") or parser.time,
        source=meta.get("source", ""),
        language=meta.get("language", "") or parser.lang,
        byline=meta.get("byline", ""),
        tags=parser.tags or None,
        id=meta.get("id", ""),
    )
