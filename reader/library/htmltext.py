"""HTML articles: metadata from <head>, one paragraph per text block of <article> (or <body>).

lxml's HTML parser (libxml2, in C) reads the markup and hands each start tag, end tag and piece of
text to our own extraction below, without building a tree: linear in the document however deep it
nests (100,000 nested tags in well under a second, see bench/library.py --html), and an
unterminated attribute or comment cannot make it quadratic as it made Python's html.parser.
"""

from __future__ import annotations

import re
from typing import Callable

from lxml import etree

from reader.library.build import Draft
from reader.library.htmlrules import BYLINE as _BYLINE
from reader.library.htmlrules import HIDES as _HIDES
from reader.library.htmlrules import element_flags, hiding_classes
from reader.library.htmltitle import site_from_title, strip_site

_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th".split())
_BREAKS = (
    frozenset("div section main article ul ol dl table tr body figure figcaption".split())
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
_FEED_CHUNK = 1 << 16  # characters fed to the parser between two looks at the time budget


_BYLINE_PREFIX = re.compile(r"^(?:by|af)\s+", re.IGNORECASE)


class _ArticleParser:
    """Collects metadata, titles and text blocks, remembering which <article> each block is in.

    Linear in the document: open elements are a stack of (tag, flags) with counts per tag and a
    stack of the open text blocks, so no end tag searches the stack.
    """

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.tags: list[str] = []
        self.lang = ""
        self.title_parts: list[str] = []
        self.h1s: list[tuple[int, str]] = []  # (0 in <article>, 1 in page, 2 in nav/header, text)
        self.blocks: list[tuple[int, str, str]] = []  # (article number or 0, tag, text)
        self.bylines: list[str] = []
        self.time = ""
        self.depth = 0  # the deepest nesting of open elements: hostile pages skip trafilatura
        self.elements = 0  # start tags read, void ones too: what trafilatura's time grows with
        self.inline = self._run = 0  # the longest run of elements with no block between (trafilatura)
        self._stack: list[tuple[str, int]] = []  # (tag, flags: _HIDES | _BYLINE)
        self._open: dict[str, int] = {}  # how many of each tag are open
        self._open_blocks: list[str] = []  # open elements that are text blocks, innermost last
        self._skip = 0  # depth of skipped containers (nav, footer, script, hidden elements...)
        self._in_header = 0
        self._in_byline = 0
        self._article = 0  # number of the <article> we are in, 0 outside
        self._articles_seen = 0
        self._block: str | None = None
        self._skip_at_block = 0  # hidden elements already open when the block began
        self._buffer: list[str] = []
        self._in_title = False
        self._in_style = False
        self._style: list[str] = []
        self._hidden_classes: set[str] = set()

    def _flush(self) -> None:
        if self._block is not None:
            raw = "".join(self._buffer)
            text = raw.strip("\n") if self._block == "pre" else _SPACE.sub(" ", raw).strip()
            if text:
                if self._block == "h1":
                    rank = 0 if self._article else (2 if self._skip or self._in_header else 1)
                    self.h1s.append((rank, text))
                elif self._in_byline and not self._skip:
                    self.bylines.append(text)
                elif not self._skip and not self._in_header:
                    self.blocks.append((self._article, self._block, text))
        self._block = None
        self._buffer = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements += 1  # <br> too: 1,000,000 of them took trafilatura 31 s
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            self._meta(a)
        elif tag == "title":
            self._in_title = True
        elif tag == "style":
            self._in_style = True
        elif tag == "time" and not self.time and a.get("datetime"):
            self.time = a["datetime"]
        elif tag == "br" and self._block is not None:
            self._buffer.append("\n" if self._block == "pre" else " ")
        if tag in _VOID:
            return
        if tag in _BREAKS and self._block != "pre":
            top = self._stack[-1][0] if self._stack else ""
            if top == "p" or (top == tag and tag in ("li", "dd", "dt", "td", "th")):
                self._pop_to(top)
            self._flush()
        flags = element_flags(tag, a, self._hidden_classes)
        if flags & _BYLINE and self._block is not None:
            self._flush()
        self._stack.append((tag, flags))
        self._run = 0 if tag in _BREAKS else self._run + 1
        self.inline = max(self.inline, self._run)
        if len(self._stack) > self.depth:
            self.depth = len(self._stack)
        self._open[tag] = self._open.get(tag, 0) + 1
        if tag in _BLOCKS:
            self._open_blocks.append(tag)
        if flags & _HIDES:
            self._skip += 1
        if flags & _BYLINE:
            self._in_byline += 1
            if self._block is None:
                self._block = "p"
                self._skip_at_block = self._skip
        if tag == "header":
            self._in_header += 1
        if tag == "article":
            self._articles_seen += 1
            if not self._article:
                self._article = self._articles_seen
        if tag in _BLOCKS and self._block != "pre":
            self._block = tag
            self._skip_at_block = self._skip

    def _pop_to(self, tag: str) -> None:
        """Close every element up to and including the innermost open ``tag``."""
        if not self._open.get(tag):
            return
        while self._stack:
            top, flags = self._stack.pop()
            self._open[top] -= 1
            if top in _BLOCKS:
                self._open_blocks.pop()
                if self._block == top:
                    self._flush()
            if flags & _BYLINE:
                self._flush()
                self._in_byline -= 1
            if flags & _HIDES:
                self._skip -= 1
            if top == "header":
                self._in_header -= 1
            if top == "article" and not self._open["article"]:
                self._article = 0
            if top == tag:
                return

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "style" and self._in_style:
            self._in_style = False
            self._hidden_classes |= hiding_classes("".join(self._style))
            self._style = []
        if tag in _VOID:
            return
        if tag in _BREAKS:
            self._flush()
        self._pop_to(tag)
        if self._block is None and self._open_blocks:
            inner = self._open_blocks[-1]
            if inner != "li":
                self._block = inner
                self._skip_at_block = self._skip

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._style.append(data)
        elif self._in_title and not self._skip:
            self.title_parts.append(data)
        elif self._block is not None and self._skip <= self._skip_at_block and not self._skip_data():
            self._buffer.append(data)  # text hidden inside the block (a display:none span) is left out
        elif self._block is None and not self._skip and self._stack and not data.isspace() and not self._skip_data():
            self._block = "p"  # text straight inside a <div> (or <section>, <body>...): a paragraph
            self._skip_at_block = self._skip  # until the next block or container starts or ends
            self._buffer.append(data)

    # The lxml parser-target interface.
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.handle_starttag(str(tag).lower(), list(attrib.items()))

    def end(self, tag: str) -> None:
        self.handle_endtag(str(tag).lower())

    def data(self, data: str) -> None:
        self.handle_data(data)

    def close(self) -> None:
        """Close whatever is still open at the end of the document."""
        if self._stack:
            self._pop_to(self._stack[0][0])
        self._flush()

    def _skip_data(self) -> bool:
        return bool(self._stack) and self._stack[-1][0] in ("script", "style")

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


def _byline(found: list[str]) -> str:
    """The first byline element's text without its "By"/"Af"."""
    return _BYLINE_PREFIX.sub("", found[0]).strip() if found else ""


def parse_html(text: str, check: Callable[[], None] | None = None) -> Draft:
    """Parse prepared HTML text into a Draft; ``check()``, called between chunks of the text, may
    raise to stop a file that takes too long.

    Our extraction reads every page; on an ordinary page trafilatura's main text then replaces our
    paragraphs unless it is much shorter (library/htmlmain.py). The <head> metadata and byline
    element stay ours: they are what the page declares. trafilatura's author and date (it also reads
    JSON-LD, which we do not) and its title fill only the fields we found empty.
    """
    from reader.library.htmlmain import main_text

    parser = _ArticleParser()
    # huge_tree: no 10 MB limit on one text node; recover: browsers' leniency with broken markup.
    feeder = etree.HTMLParser(target=parser, huge_tree=True, recover=True, remove_comments=True)
    for at in range(0, len(text), _FEED_CHUNK):
        feeder.feed(text[at : at + _FEED_CHUNK])
        if check is not None:
            check()
    if text:
        feeder.close()
    meta = parser.meta
    blocks = parser.blocks
    if any(number for number, _, _ in blocks):
        first = min(number for number, _, _ in blocks if number)
        blocks = [b for b in blocks if b[0] == first]
    h1 = min(parser.h1s, key=lambda h: h[0])[1] if parser.h1s else ""
    if parser.h1s and min(h[0] for h in parser.h1s) == 2:
        h1 = ""
    page_title = _SPACE.sub(" ", "".join(parser.title_parts)).strip()
    title = h1 or meta.get("og_title", "") or strip_site(page_title, meta.get("source", ""))
    paragraphs = [text for _, _, text in blocks]
    byline = meta.get("byline", "") or _byline(parser.bylines)
    date = meta.get("date", "") or parser.time
    need_meta = not (title and byline and date)
    size = (parser.elements, parser.depth, parser.inline)
    found = main_text(text, paragraphs, size, parser._hidden_classes, check, need_meta)
    if found is not None:
        paragraphs = found.paragraphs
        title, byline, date = title or found.title, byline or found.author, date or found.date
    return Draft(
        title=title,
        paragraphs=paragraphs,
        date=date,
        source=meta.get("source", "") or site_from_title(page_title, h1 or meta.get("og_title", "")),
        language=meta.get("language", "") or parser.lang,
        byline=byline,
        tags=parser.tags or None,
        id=meta.get("id", ""),
    )
