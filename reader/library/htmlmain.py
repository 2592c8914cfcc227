"""The main text of an ordinary HTML page, by trafilatura, checked against our own extraction.

trafilatura (the maintained standard for news pages, lxml underneath) knows the boilerplate that
real pages carry inside <article>: related-story lists, share bars, newsletter boxes, cookie
banners, comment sections. Our streaming extractor (library/htmltext.py) reads every page first,
within the time budget; this module then runs trafilatura only on ordinary pages:

- not hostile: at most ``MAX_CHARS`` characters, ``MAX_ELEMENTS`` elements, ``MAX_DEPTH``
  nested elements and ``MAX_INLINE`` inline elements in a row (our pass counts them), as trafilatura
  builds a whole tree and cannot be stopped between chunks;
- hidden elements, captions and byline elements are removed from the tree first, by the same
  rules as ours (library/htmlrules.py) (trafilatura only catches some ``display:none`` spellings and no <style> rules);
- its text is kept only when it is not much shorter than ours (``_TRUSTED``): when it finds
  nothing, or drops most of a short page, the page keeps our text.

trafilatura chooses which of our paragraphs are the article (``_kept``); the paragraphs and their
text stay ours, one per block (trafilatura joins some blocks, and its text output unescapes
entities a second time, so ``&amp;copy;`` would become ``©``).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.library.htmlrules import element_flags

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_CHARS = 5_000_000  # a news page is 50 KB to 2 MB, mostly scripts, which cost trafilatura little
MAX_ELEMENTS = 20_000  # news pages have 300-5,000; trafilatura takes ~35 us an element (0.7 s here)
MAX_DEPTH = 200  # news pages nest 20-40 deep; lxml's tree stops at 256 without huge_tree
MAX_INLINE = 2_000  # inline elements in one block: news has under 100; trafilatura's time grows with
# their square (20,000 <span> in one <p>: 7 s here, 2,000: 0.07 s)
_BLOCKS = ("p", "head", "item", "quote", "code", "cell")  # trafilatura's text blocks
_WINDOW = 1000  # characters of trafilatura's text that may lie between two of our paragraphs
_QUIET = ("trafilatura", "htmldate", "courlan", "justext")  # their warnings are not ours to print
# '<?xml version="1.0" encoding="utf-8"?>' atop XHTML: lxml refuses a decoded text that declares one.
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]{0,200}\?>")


def _trusted(theirs: int, ours: int) -> bool:
    """Whether trafilatura's text of ``theirs`` characters may replace ours of ``ours``.

    Never when it found nothing; on a short page (our text under 3,000 characters) not when it kept
    under half of ours; on a long one not when it kept under a fifth (it took a teaser or a box).
    """
    if not theirs:
        return False
    return theirs * (2 if ours < 3000 else 5) >= ours


def _tree(text: str, hidden_classes: set[str]) -> HtmlElement | None:
    """The page as an lxml.html tree without hidden elements, captions, byline elements and <h1>
    (the title, never a paragraph in our extraction either)."""
    from lxml import etree, html

    parser = html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    doomed = []
    for element in root.iter(etree.Element):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "template", "noscript"):
            continue  # trafilatura drops these itself; not worth a pass of our rules
        if tag in ("h1", "figcaption") or element_flags(tag, element.attrib, hidden_classes):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows it (the tail)
    return root


def _squeezed(text: str) -> str:
    """The text without whitespace: the two extractors space inline elements differently."""
    return "".join(text.split())


def _their_text(body: HtmlElement) -> tuple[str, dict[str, list[int]]]:
    """trafilatura's innermost text blocks, squeezed and joined, and where each block text starts."""
    parts: list[str] = []
    starts: dict[str, list[int]] = {}
    at = 0
    for element in body.iter(*_BLOCKS):
        if next(element.iterdescendants(*_BLOCKS), None) is not None:
            continue
        text = _squeezed("".join(element.itertext()))
        starts.setdefault(text, []).append(at)
        parts.append(text)
        at += len(text)
    return "".join(parts), starts


def _kept(ours: list[str], body: HtmlElement) -> list[str]:
    """Our paragraphs that trafilatura kept as main text, in order.

    A paragraph is kept when it is one of trafilatura's blocks after the last one kept, or its text
    follows closely (within ``_WINDOW`` characters: trafilatura joins link-only paragraphs), or, for
    a long one, its opening and closing words do (trafilatura may drop an inline link inside it).
    A short one ("Sport", "Share") must be a whole block or follow the last kept one directly, not
    just occur in a sentence. Every search is bounded, so this stays linear in the page. The text
    and paragraph boundaries stay ours, one per block; trafilatura decides what is article.
    """
    theirs, starts = _their_text(body)
    kept, at = [], 0
    for paragraph in ours:
        key = _squeezed(paragraph)
        found = -1
        if len(key) >= 25 or theirs.startswith(key, at):
            found = theirs.find(key, at, at + len(key) + _WINDOW)
        if found < 0 and key in starts:
            after = starts[key]
            i = bisect.bisect_left(after, at)
            found = after[i] if i < len(after) else -1
        if found < 0 and len(key) > 120:
            head = theirs.find(key[:60], at, at + _WINDOW)
            if head >= 0 and theirs.find(key[-40:], head, head + len(key) + _WINDOW) >= 0:
                found = head
        if found >= 0:
            kept.append(paragraph)
            at = found + len(key)
    return kept


class MainText:
    """What trafilatura found: our paragraphs it kept, the author, date and title it read."""

    __slots__ = ("paragraphs", "author", "date", "title")

    def __init__(self, paragraphs: list[str], author: str, date: str, title: str) -> None:
        self.paragraphs, self.author, self.date, self.title = paragraphs, author, date, title


def main_text(
    text: str,
    ours: list[str],
    size: tuple[int, int, int],
    hidden_classes: set[str],
    check: Callable[[], None] | None = None,
    metadata: bool = True,
) -> MainText | None:
    """trafilatura's reading of an ordinary page, or None to keep ours (hostile page, nothing found,
    much less than ours, or trafilatura failed).

    ``size``: the page's elements, nesting depth and longest run of inline elements, as our pass
    counted them. Elements our
    extraction leaves out (hidden by attributes or by ``hidden_classes`` from the page's <style>,
    bylines) are removed first. ``metadata``: whether to read author, date and title too (ours
    lacks one of them).
    """
    elements, depth, inline = size
    if len(text) > MAX_CHARS or elements > MAX_ELEMENTS or depth > MAX_DEPTH or inline > MAX_INLINE:
        return None
    tree = _tree(text, hidden_classes)
    if tree is None:
        return None
    try:
        import trafilatura
    except Exception:  # a broken install (jusText needs lxml_html_clean, an lxml it does not
        return None  # know raises AttributeError): our reading stands

    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            tree,
            fast=True,  # our extraction is the fallback, not jusText/readability
            include_comments=False,
            include_tables=True,
            with_metadata=metadata,  # a third of its time on a big page: only for our gaps
            # Only dates the page states (meta, JSON-LD, <time>), not guesses from its text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a bug in a third-party extractor must not lose the article: ours stands
        return None
    if check is not None:
        check()
    if document is None or document.body is None:
        return None
    paragraphs = _kept(ours, document.body)
    if not _trusted(sum(map(len, paragraphs)), sum(map(len, ours))):
        return None
    return MainText(paragraphs, document.author or "", document.date or "", document.title or "")
