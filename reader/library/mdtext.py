"""Markdown articles: front matter, then Markdown turned into plain reading text (not a renderer)."""

from __future__ import annotations

import re

from reader.errors import ArticleError
from reader.library.build import Draft
from reader.model import NOT_ARTICLE_EXPORT, is_markdown_export
from reader.library.frontmatter import parse_front_matter

_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s{0,3}([*+])\s+")
_DASH = re.compile(r"^\s{0,3}-\s+")
_ORDERED = re.compile(r"^\s{0,3}\d{1,9}[.)]\s+")
_REF_DEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*\S+.*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")

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


def inline_text(line: str, refs: frozenset[str] = frozenset()) -> str:
    """Inline Markdown to plain text: links and images to their text, emphasis and code marks dropped."""
    line = _IMAGE.sub(lambda m: m[1], line)
    line = _LINK.sub(lambda m: m[1], line)
    if refs:
        line = re.sub(
            r"\[([^\]]+)\]\[([^\]]*)\]",
            lambda m: m[1] if (m[2] or m[1]).casefold() in refs else m[0],
            line,
        )
    line = _AUTOLINK.sub(lambda m: m[1], line)
    line = _CODE.sub(lambda m: m[2].strip(), line)
    line = _STRONG.sub(lambda m: m[2], line)
    line = _EM_STAR.sub(lambda m: m[1], line)
    line = _EM_UNDER.sub(lambda m: m[1], line)
    line = _STRIKE.sub(lambda m: m[1], line)
    return _ESCAPE.sub(lambda m: m[1], line)


class _Blocks:
    """Collects paragraphs; lines of one paragraph are joined with a space."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.headings: list[tuple[int, int]] = []  # (level, paragraph index)
        self._lines: list[str] = []

    def add(self, line: str) -> None:
        self._lines.append(line.strip())

    def flush(self) -> None:
        if self._lines:
            self.paragraphs.append(" ".join(self._lines))
            self._lines = []

    def whole(self, text: str, level: int = 0) -> None:
        self.flush()
        if text.strip():
            if level:
                self.headings.append((level, len(self.paragraphs)))
            self.paragraphs.append(text)

    def pending(self) -> bool:
        return bool(self._lines)

    def take_pending(self) -> str:
        text = " ".join(self._lines)
        self._lines = []
        return text


def _in_list(lines: list[str], index: int) -> bool:
    """Whether the dash line at ``index`` is an item of a Markdown list: it has a list item
    directly above or below it, and no item of the run ends like a sentence (wire copy written
    as Markdown keeps "- Citat, siger han." lines as dash quotes)."""
    def item(k: int) -> bool:
        return 0 <= k < len(lines) and bool(_DASH.match(lines[k]) or _BULLET.match(lines[k]) or _ORDERED.match(lines[k]))

    if not (item(index - 1) or item(index + 1)):
        return False
    first, last = index, index
    while item(first - 1):
        first -= 1
    while item(last + 1):
        last += 1
    return not any(lines[k].rstrip()[-1:] in ".!?…»«”\"" for k in range(first, last + 1) if _DASH.match(lines[k]))


def _blocks(text: str) -> _Blocks:
    """Split Markdown into plain paragraphs (headings, quotes, list items, code as text)."""
    text = _COMMENT.sub("", text)
    lines = text.split("\n")
    refs = frozenset(m[1].casefold() for line in lines if (m := _REF_DEF.match(line)))
    out = _Blocks()
    fence: str | None = None
    code: list[str] = []
    for index, line in enumerate(lines):
        if fence is not None:
            if line.strip().startswith(fence):
                out.whole("\n".join(code))
                fence, code = None, []
            elif line.strip():
                code.append(line.rstrip())
            continue
        if m := _FENCE.match(line):
            out.flush()
            fence = m[1][:3]
            continue
        if not line.strip():
            out.flush()
            continue
        if (m := _SETEXT.match(line)) and out.pending():
            out.whole(inline_text(out.take_pending(), refs), 1 if m[1][0] == "=" else 2)
            continue
        if _RULE.match(line) or _REF_DEF.match(line):
            out.flush()
            continue
        if m := _ATX.match(line):
            out.whole(inline_text(m[2] or "", refs), len(m[1]))
            continue
        quote = _QUOTE.match(line)
        while quote is not None:
            line = line[quote.end():]
            quote = _QUOTE.match(line)
        if not line.strip():
            out.flush()
            continue
        if m := _BULLET.match(line):
            out.flush()
            line = "\u2022 " + line[m.end():]
        elif _DASH.match(line) or _ORDERED.match(line):
            out.flush()
            if (dash := _DASH.match(line)) and _in_list(lines, index):
                line = "\u2022 " + line[dash.end():]  # a list item, not a dash quote
        out.add(inline_text(line, refs))
    if fence is not None and code:
        out.whole("\n".join(code))
    out.flush()
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

    return Draft(
        title=title,
        paragraphs=paragraphs,
        date=field("date"),
        source=field("source"),
        dateline=field("dateline"),
        language=field("language"),
        byline=field("byline"),
        tags=fields.get("tags") or None,
        id=field("id"),
    )
