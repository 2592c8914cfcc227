"""Markdown a journalist can paste into a story draft; user text cannot break its structure."""

from __future__ import annotations

import re

from reader.export.items import ArticleNotes
from reader.model import MARKDOWN_EXPORT_HEAD, AnchorStatus, QuoteState
from reader.textsafe import one_line, visible

# Characters with inline meaning in CommonMark/GFM; escaping them keeps user text literal.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# Constructs that only mean something at the start of a line.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
_ENTITY = re.compile(r"&(?=[#A-Za-z0-9]+;)")


def escape_line(line: str) -> str:
    """One line of user text as literal Markdown inline text."""
    line = visible(line).strip()
    line = _INLINE.sub(r"\\\1", line)
    line = _ENTITY.sub("&amp;", line)
    match = _LINE_START.match(line)
    if match:
        head = match.group(2)
        if head[-1] in ".)":  # "1." -> "1\." keeps it from becoming a list item
            line = head[:-1] + "\\" + head[-1] + line[match.end():]
        else:
            line = "\\" + line
    return line


def escape_block(text: str) -> list[str]:
    """User text (maybe several paragraphs) as escaped lines; blank lines separate paragraphs."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = escape_line(raw)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _with_hard_breaks(lines: list[str]) -> list[str]:
    """Join consecutive non-blank lines with Markdown hard line breaks (a trailing backslash)."""
    result: list[str] = []
    for index, line in enumerate(lines):
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        result.append(line + "\\" if line and nxt else line)
    return result


def _heading(item: ArticleNotes) -> list[str]:
    article = item.article
    meta = [part for part in (article.date, article.source, article.dateline) if part]
    lines = [f"## {escape_line(article.title) or 'Untitled'}", ""]
    if meta:
        lines.append(" · ".join(escape_line(part) for part in meta))
    if item.tags:
        if meta:
            lines.append("")  # its own paragraph, not run on after the date line
        lines.append("Tags: " + ", ".join(escape_line(tag) for tag in item.tags))
    return lines


def _annotation_block(annotation) -> list[str]:
    quote = escape_block(annotation.anchor.exact) or ["(empty selection)"]
    lines = [("> " + line) if line else ">" for line in _with_hard_breaks(quote)]
    lines.append("")
    label = f"**{escape_line(annotation.label)}**" if annotation.label else ""
    note = escape_block(annotation.note)
    status = ""
    if annotation.status is AnchorStatus.ORPHANED:
        status = "*(orphaned: this passage is no longer in the article)*"
    elif annotation.status is AnchorStatus.FUZZY:
        status = "*(the article changed here; placed by approximate match)*"
    first = " ".join(part for part in (label, status) if part)
    body = _with_hard_breaks(note)
    if first and body:
        body[0] = f"{first}: {body[0]}" if body[0] else first
    elif first:
        body = [first]
    return lines + body


def _quote_block(quote) -> str:
    state = "✓ verified" if quote.state is QuoteState.VERIFIED else "✗ contested"
    speaker = escape_line(one_line(quote.speaker)) if quote.speaker else "unknown speaker"
    return f"- {state}: “{escape_line(one_line(quote.text))}” ({speaker})"


# The line under the heading that tells a library scan this file is an export, not an article.
EXPORT_MARK = MARKDOWN_EXPORT_HEAD[1]


def to_markdown(items: list[ArticleNotes]) -> str:
    """The Markdown export: a heading per article, a block quote per annotation."""
    out: list[str] = [MARKDOWN_EXPORT_HEAD[0], "", EXPORT_MARK, ""]
    if not items:
        out += ["No annotations to export.", ""]
    for item in items:
        out += _heading(item)
        out.append("")
        for annotation in item.annotations:
            out += _annotation_block(annotation)
            out.append("")
        checked = [quote for quote in item.quotes if quote.state is not QuoteState.UNVERIFIED]
        if checked:
            out += ["Quote checks:", ""]
            out += [_quote_block(quote) for quote in checked]
            out.append("")
        if not item.annotations and not checked:
            out += ["No annotations.", ""]
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
