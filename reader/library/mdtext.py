"""Markdown articles: front matter, then Markdown turned into plain reading text (not a renderer).

The structure (paragraphs, headings, lists, quotes, code) comes from markdown-it-py's CommonMark
parser; this module only decides how each block reads as plain text. A ``-`` list item keeps its
dash, since Danish wire copy writes quotes as ``- ...`` paragraphs, unless its list is plainly a
list (tight, no item ending like a sentence); ``*`` and ``+`` items read as bullets, numbered items
keep their number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.errors import ArticleError
from reader.library.build import Draft
from reader.model import NOT_ARTICLE_EXPORT, is_markdown_export
from reader.library.frontmatter import parse_front_matter
from reader.library.wire import byline_and_date

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Block containers (quotes, list items) opening a line; markdown-it stops at 20 levels and drops
# what lies deeper, so a file nested deeper than that is read as plain paragraphs instead.
_CONTAINERS = re.compile(r"^(?:[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])[ \t]*)+", re.MULTILINE)
_MAX_DEPTH = 16

_ALIASES = {
    "headline": "title",
    "published": "date",
    "pubdate": "date",
    "lang": "language",
    "author": "byline",
    "keywords": "tags",
    "categories": "tags",
    "publisher": "source",
    "agency": "source",
}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark with strikethrough; nesting bounded by markdown-it's own maxNesting."""
    return MarkdownIt("commonmark").enable("strikethrough")


def _inline(token: Token) -> str:
    """An inline token's plain text: link and image text kept, emphasis and code marks dropped."""
    out: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "html_inline"):
            out.append(child.content)
        elif kind == "code_inline":
            out.append(child.content.strip())
        elif kind == "image":
            out.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out).strip()


def _only_images(token: Token) -> bool:
    children = token.children or ()
    return any(c.type == "image" for c in children) and all(
        c.type in ("image", "softbreak", "hardbreak") or c.type == "text" and not c.content.strip() for c in children)


def inline_text(line: str) -> str:
    """Inline Markdown (a title, say) as plain text."""
    tokens = _parser().parseInline(line)
    return _inline(tokens[0]) if tokens else line.strip()


class _Blocks:
    """The paragraphs read off the token stream, and where the headings are."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.headings: list[tuple[int, int]] = []  # (level, paragraph index)

    def add(self, text: str, level: int = 0) -> None:
        text = text.strip("\n")
        if text.strip():
            if level:
                self.headings.append((level, len(self.paragraphs)))
            self.paragraphs.append(text)


def _too_deep(text: str) -> bool:
    """Whether some line opens more block containers than the parser keeps."""
    return any(
        len(re.findall(r">|[-*+]|\d{1,9}[.)]", m[0])) > _MAX_DEPTH for m in _CONTAINERS.finditer(text)
        if len(m[0]) > _MAX_DEPTH
    )


# A dash line attributed as wire copy attributes a quote (", siger han."): a quote, not a list item.
_SAID = re.compile(r",\s+(?:siger|sagde|says|said)\b", re.IGNORECASE)


def _plain_lists(tokens: list[Token]) -> set[int]:
    """The ``-`` lists that are lists, not wire-copy dash quotes: tight (no blank line between
    items), two items or more, and no item ending like a sentence ("- mælk og brød"), or items
    that do but right after a paragraph ending in a colon ("Forældrene peger på tre ting:") and
    with no item attributed like a quote (", siger han")."""
    out: set[int] = set()
    for k, token in enumerate(tokens):
        if token.type != "bullet_list_open" or token.markup != "-":
            continue
        introduced = k >= 2 and tokens[k - 1].type == "paragraph_close" and tokens[k - 2].type == "inline" and (
            tokens[k - 2].content.rstrip().endswith(":"))
        depth, items, tight, sentence, said = 0, 0, True, False, False
        for inner in tokens[k + 1:]:
            if inner.type == "bullet_list_open":
                depth += 1
            elif inner.type == "bullet_list_close":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and inner.type == "list_item_open":
                items += 1
            elif depth == 0 and inner.type == "paragraph_open":
                tight = tight and inner.hidden
            elif depth == 0 and inner.type == "inline":
                sentence = sentence or inner.content.rstrip()[-1:] in ".!?…»«”\""
                said = said or _SAID.search(inner.content) is not None
        if items >= 2 and tight and (not sentence or (introduced and not said)):
            out.add(id(token))
    return out


def _blocks(text: str) -> _Blocks:
    """Split Markdown into plain paragraphs (headings, quotes, list items, code as text)."""
    out = _Blocks()
    text = _COMMENT.sub("", text)
    if _too_deep(text):
        for paragraph in re.split(r"\n[ \t]*\n", text):
            out.add(" ".join(paragraph.split()))
        return out
    prefixes: list[str] = []  # the marker the next paragraph of the open list item starts with
    lists: list[Token] = []
    heading = 0
    tokens = _parser().parse(text)
    plain = _plain_lists(tokens)
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(token)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            if token.markup in ("*", "+"):
                prefixes.append("\u2022 ")
            elif token.markup == "-":
                prefixes.append("\u2022 " if lists and id(lists[-1]) in plain else "- ")
            else:
                prefixes.append(f"{token.info}{token.markup} ")
        elif kind == "list_item_close":
            prefixes.pop()
        elif kind == "heading_open":
            heading = int(token.tag[1:])
        elif kind == "heading_close":
            heading = 0
        elif kind == "inline":
            if _only_images(token):  # a picture's alt text is no article text (as HTML captions)
                continue
            marker = ""
            if prefixes and prefixes[-1]:
                marker, prefixes[-1] = prefixes[-1], ""  # only the item's first paragraph
            out.add(marker + _inline(token), heading)
        elif kind in ("fence", "code_block"):
            out.add("\n".join(line.rstrip() for line in token.content.split("\n") if line.strip()))
        elif kind == "html_block":
            out.add(" ".join(token.content.split()))
    return out


def parse_md(text: str) -> Draft:
    """Parse prepared Markdown text into a Draft (front matter, or the first "# " heading as title)."""
    if is_markdown_export(text):
        raise ArticleError(NOT_ARTICLE_EXPORT)
    raw_fields, rest = parse_front_matter(text)
    fields = {_ALIASES.get(k, k): v for k, v in reversed(list(raw_fields.items()))}
    blocks = _blocks(rest)
    paragraphs = blocks.paragraphs
    title = fields.get("title", "")
    title = inline_text(title if isinstance(title, str) else " ".join(title))
    if not title.strip():
        h1 = next((i for level, i in blocks.headings if level == 1), None)
        if h1 is None and blocks.headings:
            h1 = blocks.headings[0][1]
        if h1 is not None:
            title = paragraphs.pop(h1)
        elif paragraphs:
            title = paragraphs.pop(0)
    elif paragraphs and blocks.headings and blocks.headings[0][1] == 0:
        if " ".join(paragraphs[0].split()).casefold() == " ".join(title.split()).casefold():
            paragraphs.pop(0)

    def field(name: str) -> str:
        value = fields.get(name, "")
        return value if isinstance(value, str) else ", ".join(value)

    byline, date = field("byline"), field("date")
    named, when = byline_and_date(paragraphs[0]) if paragraphs else ("", "")
    if named:  # "By Jane Doe" (", 12 November 2026") atop the text: metadata
        paragraphs.pop(0)
        byline, date = byline or named, date or when

    return Draft(
        title=title,
        paragraphs=paragraphs,
        date=date,
        source=field("source"),
        dateline=field("dateline"),
        language=field("language"),
        byline=byline,
        tags=fields.get("tags") or None,
        id=field("id"),
    )
