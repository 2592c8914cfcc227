"""Which HTML elements are never article text, and which one is the byline.

Shared by our streaming extraction (library/htmltext.py) and the tree handed to trafilatura
(library/htmlmain.py), so both leave out the same hidden elements, captions and bylines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

HIDES, BYLINE = 1, 2  # flags of an element (element_flags)

# Never article text: code, navigation, forms, and image captions.
SKIP = frozenset(
    "script style nav header footer aside noscript template form button select svg iframe"
    " object canvas dialog menu figcaption".split()
)

# Class names that mark page furniture (a div standing for <nav>, <footer>, a share bar), whole
# names only: "site-footer" is furniture, "article-footer-note" is not judged.
_FURNITURE = frozenset(
    "nav navbar navigation menu breadcrumb breadcrumbs header site-header masthead footer site-footer"
    " share sharing social cookie cookies cookie-banner newsletter skip-link".split()
)

_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# ".paywall { display: none }", "div.promo, .ad{visibility:hidden}": simple class rules in <style>.
_CLASS_SELECTOR = re.compile(r"^[a-z0-9]*\.([\w-]+)$", re.IGNORECASE)
_BYLINE_MARKS = frozenset("byline author article-author by-line article__byline".split())


def hiding_classes(css: str) -> set[str]:
    """Class names that simple rules in a style sheet hide (``.promo { display: none }``).

    Split on braces rather than matched with one regex, which could backtrack over a long sheet.
    """
    hidden: set[str] = set()
    for rule in css.split("}"):
        head, brace, body = rule.rpartition("{")
        if not brace or not _HIDING_STYLE.search(body):
            continue
        for selector in head.rpartition("{")[2].split(","):  # "@media x { .a, .b" -> ".a", ".b"
            if m := _CLASS_SELECTOR.match(selector.strip()):
                hidden.add(m[1].lower())
    return hidden


def element_flags(tag: str, a: Mapping[str, str], hidden_classes: set[str]) -> int:
    """Whether the element hides its content (display:none, hidden, aria-hidden) or is a byline."""
    classes = {c.lower() for c in a.get("class", "").split()}
    hides = (
        tag in SKIP
        or "hidden" in a
        or a.get("aria-hidden", "").strip().lower() == "true"
        or bool(_HIDING_STYLE.search(a.get("style", "")))
        or bool(classes & hidden_classes)
        or tag == "div" and bool(classes & _FURNITURE)  # not <body>, <article>, <main> so named
    )
    marks = classes | {a.get("itemprop", "").lower(), a.get("rel", "").lower()}
    byline = bool(marks & _BYLINE_MARKS) and tag not in ("a", "meta", "link", "span")
    return (HIDES if hides else 0) | (BYLINE if byline else 0)
