"""Markdown a journalist can paste into a story draft; user text cannot break its structure."""

from __future__ import annotations

import re

from reader.export.items import ArticleNotes, QuoteNote
from reader.export.items import NO_SPEAKER
from reader.model import MARKDOWN_EXPORT_HEAD, QUOTE_SHEET_HEADING, AnchorStatus, QuoteState
from reader.textsafe import one_line, path_field, visible

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
    if article.byline:
        meta.append("By " + one_line(article.byline))
    lines = [f"## {escape_line(article.title) or 'Untitled'}", ""]
    if meta:
        lines.append(" · ".join(escape_line(part) for part in meta))
    link = _file_link(item)
    if link:
        if meta:
            lines.append("")
        lines.append(link)
    if item.tags:
        if meta or link:
            lines.append("")  # its own paragraph, not run on after the date line
        lines.append("Tags: " + ", ".join(escape_line(tag) for tag in item.tags))
    return lines


def _file_link(item: ArticleNotes) -> str:
    """"File: [relative path](file:// URL)": a way back to the article's file."""
    shown = item.link or item.article.path
    if not shown or shown == "-":
        return ""
    shown = path_field(shown)  # a line break in the name shown (␊), as `reader list` shows it, not a space
    if not item.url:
        return f"File: {escape_line(shown)}"
    url = item.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"File: [{escape_line(shown)}]({url})"


def keep_line(line: str) -> str:
    """One line of a note keeping its inline Markdown (emphasis, strong, code, strike-through);
    what could break the export's structure (HTML, links and images, tables, entities, a line
    that would open a block) is escaped as in ``escape_line``."""
    line = visible(line).strip()
    line = _KEEP_ESCAPED.sub(r"\\\1", line)
    line = _ENTITY.sub("&amp;", line)
    if line.count("`") % 2 or line.startswith("``"):  # an unclosed code span, or a fence
        line = line.replace("`", "\\`")
    if _KEEP_BREAKS.match(line):  # a bullet, a rule or a fence made of * _ ~
        return "\\" + line
    match = _LINE_START.match(line)
    if match:
        head = match.group(2)
        if head[-1] in ".)":
            line = head[:-1] + "\\" + head[-1] + line[match.end():]
        else:
            line = "\\" + line
    return line


# What ``keep_line`` escapes anywhere (HTML, links, tables, escapes) and at the start of a line.
_KEEP_ESCAPED = re.compile(r"([\\<>|\[\]])")
_KEEP_BREAKS = re.compile(r"^(\*(\s|$)|([*_]\s*){3,}$|~~~)")


def _quote_line(quote: QuoteNote | None) -> str:
    """The line under a note on a quote: who said it and its state."""
    if quote is None:
        return ""
    extra = ", ".join(part for part in (quote.role, quote.affiliation) if part)
    by_hand = " (speaker set by hand)" if quote.speaker_by_hand else ""
    if not quote.speaker:
        who = _nobody(quote)
    elif by_hand and extra:  # one bracket, not two in a row: "(formand, Fynsstjernen; speaker set by hand)"
        who, by_hand = escape_line(one_line(f"{quote.speaker} ({extra}; speaker set by hand)")), ""
    else:
        who = escape_line(one_line(quote.who()))
    return f"*Quote by {who}{by_hand} · {_state_words(quote)}*"


def _nobody(quote: QuoteNote) -> str:
    """A quote without a speaker, cleared by the journalist or none found: "no speaker", as the app
    says (the "set by hand" beside it tells the two apart)."""
    return NO_SPEAKER


def _state_words(quote: QuoteNote) -> str:
    marks = {QuoteState.VERIFIED: "✓ verified", QuoteState.CONTESTED: "✗ contested", QuoteState.UNVERIFIED: "unverified"}
    return f"! {quote.shown_state}" if quote.changed else marks[quote.state]


def _annotation_block(annotation, quote: QuoteNote | None = None, keep: bool = False) -> list[str]:
    exact = escape_block(annotation.anchor.exact) or ["(empty selection)"]
    lines = [("> " + line) if line else ">" for line in _with_hard_breaks(exact)]
    lines.append("")
    label = f"**{escape_line(annotation.label)}**" if annotation.label else ""
    note = _block(annotation.note, keep)
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
    said = _quote_line(quote)
    if said:
        body = (body + ["", said]) if body else [said]
    return lines + body


def _block(text: str, keep: bool) -> list[str]:
    if not keep:
        return escape_block(text)
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = keep_line(raw)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _quote_block(quote: QuoteNote) -> str:
    named = [quote.speaker, quote.role, quote.affiliation] if quote.speaker else [_nobody(quote)]
    speaker = ", ".join(escape_line(one_line(part)) for part in named if part)
    if quote.speaker_by_hand:
        speaker += ", set by hand"
    part = "partial quote; " if quote.kind == "partial" else ""
    line = f"- {_state_words(quote)}: “{escape_line(one_line(quote.text))}” ({part}{speaker})"
    if quote.changed:
        was = []
        if quote.checked_text is not None and (quote.gone or quote.checked_text != quote.text):
            was.append(f"“{escape_line(one_line(quote.checked_text))}”")
        if quote.checked_speaker is not None and quote.checked_speaker != (quote.speaker or ""):
            name = escape_line(one_line(quote.checked_speaker))
            was.append(f"said by {name}" if name else NO_SPEAKER)
        if was:
            line += f"; {quote.state.value} as " + ", ".join(was)
    return line


# The line under the heading that tells a library scan this file is an export, not an article.
EXPORT_MARK = MARKDOWN_EXPORT_HEAD[1]
SHEET_LINE = "Quote sheet: every quote with its speaker and state."


def to_markdown(items: list[ArticleNotes], options=None) -> str:
    """The Markdown export: a heading per article, a block quote per annotation (or, for the
    quote sheet, a list of every quote)."""
    sheet = bool(options and options.quotes)
    keep = bool(options and options.keep_markdown)
    out: list[str] = [QUOTE_SHEET_HEADING if sheet else MARKDOWN_EXPORT_HEAD[0], "", EXPORT_MARK, ""]
    if sheet:
        out += [SHEET_LINE, ""]
    if not items:
        out += ["No quotes to export." if sheet else "No notes to export.", ""]
    for item in items:
        out += _heading(item)
        out.append("")
        if sheet:
            out += [_quote_block(quote) for quote in item.quotes] or ["No quotes found."]
            out.append("")
            continue
        for annotation in item.annotations:
            out += _annotation_block(annotation, item.quote_of(annotation), keep)
            out.append("")
        checked = item.checked_quotes
        if checked:
            out += ["Quote checks:", ""]
            out += [_quote_block(quote) for quote in checked]
            out.append("")
        if not item.annotations and not checked:
            out += ["No notes.", ""]
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
