"""Content for the article header, side panel and status line (article text is never markup)."""

from __future__ import annotations

from typing import Callable, Sequence

from rich.cells import cell_len

from textual.content import Content
from textual.style import Style

from reader.workspace.exports import NO_SPEAKER, QuoteNote
from reader.model import Annotation, Article, Entity, EntityLabel, Quote, QuoteState
from reader.textsafe import one_line, plural
from reader.tui.wording import changed_said

LABEL_NAMES = {
    EntityLabel.PER: "People",
    EntityLabel.ORG: "Organisations",
    EntityLabel.LOC: "Places",
    EntityLabel.MISC: "Other names",
    EntityLabel.DATE: "Dates",
    EntityLabel.NUM: "Numbers",
}
SINGULAR = {
    EntityLabel.PER: "person",
    EntityLabel.ORG: "organisation",
    EntityLabel.LOC: "place",
    EntityLabel.MISC: "name",
    EntityLabel.DATE: "date",
    EntityLabel.NUM: "number",
}
# How a toast names a type: "“Apple” is now an organisation in every article".
WITH_ARTICLE = {
    EntityLabel.PER: "a person",
    EntityLabel.ORG: "an organisation",
    EntityLabel.LOC: "a place",
    EntityLabel.MISC: "another name",
    EntityLabel.DATE: "a date",
    EntityLabel.NUM: "a number",
}
STATE_MARK = {QuoteState.UNVERIFIED: "·", QuoteState.VERIFIED: "✓", QuoteState.CONTESTED: "✗"}
StyleOf = Callable[[str], Style]
PANEL_TEXT_WIDTH = 34  # the panel's text columns when its real width is not known yet
NOTE_LINES = 4  # lines of a note shown in the panel (the editor shows all of it)


def wrap_indented(text: str, width: int, first: str = "", rest: str = "  ") -> list[str]:
    """``text`` (one line) wrapped at ``width`` cells: ``first`` before line one, ``rest`` before the others."""
    lines: list[str] = []
    line, used = first, cell_len(first)
    for word in text.split():
        size = cell_len(word)
        fresh = line in (first, rest) and used == cell_len(line)
        if not fresh and used + 1 + size > width:
            lines.append(line)
            line, used = rest, cell_len(rest)
            fresh = True
        line, used = (line + word, used + size) if fresh else (line + " " + word, used + 1 + size)
    lines.append(line)
    return lines


def note_lines(note: str, width: int, indent: str = "  ", limit: int = NOTE_LINES) -> list[str]:
    """A note's own lines, each wrapped with ``indent`` in front of every row, at most ``limit`` rows."""
    rows: list[str] = []
    budget = (limit + 1) * max(width, 1)  # a hand-edited note may be megabytes: read only what shows
    for raw in note[: budget * (limit + 1)].splitlines():
        flat = one_line(raw[:budget])
        if flat:
            rows.extend(wrap_indented(flat, width, indent, indent))
        if len(rows) > limit:
            break
    if len(rows) > limit:
        rows = rows[:limit]
        rows[-1] = rows[-1].rstrip() + " …"
    return rows


def header_content(
    article: Article,
    tags: Sequence[str],
    width: int,
    names: Sequence[Entity] = (),
    style_of: StyleOf | None = None,
    picked: Entity | None = None,
) -> Content:
    """Title on the first line (its ``names`` in their styles); date, source, dateline, language, tags
    and the file's own tags on the second."""
    meta = [part for part in (article.date, article.source, article.dateline) if part]
    meta.append({"da": "Danish", "en": "English"}.get(article.language, article.language))
    if article.byline:
        meta.append(article.byline)
    parts: list = [*_title_parts(article.title, max(20, width * 2), names, style_of, picked), "\n"]
    room = max(20, width - 5)  # the header's left padding is 4, its right padding 1
    pieces = [(" · ".join(one_line(m, 60) for m in meta), "$text-muted")]
    if tags:
        pieces.append(("tags: " + ", ".join(one_line(t, 30) for t in tags), "$text-accent"))
    if article.meta_tags:
        pieces.append(("file tags: " + ", ".join(one_line(t, 30) for t in article.meta_tags), "$text-muted italic"))
    used = 0
    for text, style in pieces:  # a piece that does not fit beside the others starts a line of its own
        size = cell_len(text)
        if used and used + 3 + size > room:
            parts.append("\n")
            used = 0
        elif used:
            parts.append("   ")
            used += 3
        parts.append((text, style))
        used += size
    return Content.assemble(*parts)


def _title_parts(title: str, limit: int, names: Sequence[Entity], style_of: StyleOf | None,
                 picked: Entity | None = None) -> list:
    """The headline in bold, its names in their styles (plain bold where the shown headline is not the
    text the offsets index: a control character shown as a placeholder, or a cut)."""
    head = title.strip()
    shown = one_line(head, limit)
    if not names or style_of is None or shown != head:
        return [(shown, "bold")]
    parts: list = []
    at = 0
    for name in sorted(names, key=lambda e: e.start):
        if name.start < at or name.end > len(head):
            continue
        if name.start > at:
            parts.append((head[at:name.start], "bold"))
        shown_name = Content.styled(head[name.start:name.end], style_of(EntityLabel(name.label).value)).stylize("bold")
        if name == picked:  # reached with h (or N before the first name in the text): the cursor is here
            shown_name = shown_name.stylize("reverse underline")
        parts.append(shown_name)
        at = name.end
    if at < len(head):
        parts.append((head[at:], "bold"))
    return parts


HEADLINE_KEYS = "r type · x not a name · X not here"


def headline_status(name: Entity, index: int, count: int, width: int = 78) -> Content:
    """The status line while a name in the headline is picked (h), its keys whole within ``width``
    (at 80 columns "X not here" was cut): " · Esc" goes first (the footer has it), then "name 2 of
    3" becomes "2/3", then the name is cut."""
    kind = SINGULAR[EntityLabel(name.label)]
    forms = [(f"name {index} of {count}: “{{}}” ({kind})  ·  ", HEADLINE_KEYS + " · Esc"),
             (f"name {index} of {count}: “{{}}” ({kind})  ·  ", HEADLINE_KEYS),
             (f"{index}/{count}: “{{}}” ({kind})  ·  ", HEADLINE_KEYS)]
    text = one_line(name.text)
    head, keys = next(((h, k) for h, k in forms if len("headline ") + len(h.format(text)) + len(k) <= width), forms[-1])
    room = width - len("headline ") - len(head.format("")) - len(keys)
    return Content.assemble(("headline ", "bold"), head.format(one_line(text, max(8, min(40, room)))),
                            (keys, "$text-muted"))


def status_content(
    cursor: tuple[int, int],
    selection: tuple[int, int] | None,
    entity: Entity | None,
    quote: Quote | None,
    quote_state: QuoteState | None,
    notes: Sequence[Annotation],
    text: str,
    *,
    quote_note: QuoteNote | None = None,
    width: int = 78,
) -> Content:
    """One line about what is under the cursor (and the selection); ``quote_note`` is the quote as
    the journalist left it (speaker by hand, a check that no longer holds); ``width``: the line's
    columns, which a changed quote's old and new wording are cut to fit."""
    parts: list = []
    if selection:
        words = len(text[selection[0] : selection[1]].split())
        parts.append((f"selected {plural(words, 'word')}", "bold $text-accent"))
    # A changed check comes before the name under the cursor: its old and new wording and the key
    # to press take the room they need on a narrow line (a name was pushing "again" off it).
    changed = quote_note is not None and quote_note.changed
    if entity is not None:
        name = SINGULAR[EntityLabel(entity.label)]
        canon = f" = {one_line(entity.canonical, 40)}" if entity.canonical and entity.canonical != entity.text else ""
        parts.append(f"{name}: {one_line(entity.text, 40)}{canon}")
    named = len(parts) - 1 if entity is not None else None
    # A note on the quote matters more than the keys' reminder: at 80 columns the reminder left
    # "note:" alone at the end of the line, its text wrapped out of sight.
    hints = not notes
    if quote_note is not None:
        at = len(parts) - (1 if changed and entity is not None else 0)
        used = sum(len(part if isinstance(part, str) else part[0]) + 5 for part in parts[:at])
        parts[at:at] = _quote_status(quote_note, hints, width - used)
    elif quote is not None:
        who = one_line(quote.speaker, 40) if quote.speaker else NO_SPEAKER
        state = (quote_state or QuoteState.UNVERIFIED).value
        parts.append(f"quote by {who} ({state}; c to change)" if hints else f"quote by {who} ({state})")
    for note in notes[:2]:
        label = f"[{one_line(note.label, 20)}] " if note.label else ""
        parts.append(f"note: {label}{one_line(note.note, 60) or '(no text)'}")
    if notes and named is not None and _length(parts) > width:
        # A note's words matter more than the name under the cursor: at 80 columns a selection and
        # a long name left "note:" alone at the end of the line, its text wrapped out of sight.
        del parts[named]
    if _length(parts) > width:  # the keys' reminder goes first, then the last part is cut with "…"
        parts = _fit_parts([_without_keys(part) for part in parts], width)
    if not parts:
        parts.append(("←/→ words  ( ) sentences  v select  s sentence  ] next note  \\ panel  ? help", "$text-muted"))
    joined: list = []
    for index, part in enumerate(parts):
        if index:
            joined.append("  ·  ")
        joined.append(part)
    return Content.assemble(*joined)


KEYS = ("; c to change, w speaker", "; c to change")


def _without_keys(part):
    """A quote's part without the reminder of its keys (``KEYS``); other parts as they are."""
    if isinstance(part, str) and part.startswith("quote by "):
        for keys in KEYS:
            part = part.replace(keys + ")", ")")
    return part


def _fit_parts(parts: list, width: int) -> list:
    """``parts`` with the last one, when plain text, cut with "…" to end within ``width`` columns
    (at 80 columns a note's last words were cut off with no sign that there were more)."""
    over = _length(parts) - width
    if over > 0 and parts and isinstance(parts[-1], str) and len(parts[-1]) - over >= 12:
        parts = parts[:-1] + [one_line(parts[-1], len(parts[-1]) - over)]
    return parts


def _length(parts: list) -> int:
    """The columns the status line's parts take, joined by "  ·  "."""
    return sum(len(p if isinstance(p, str) else p.plain if isinstance(p, Content) else p[0]) for p in parts) \
        + 5 * (len(parts) - 1)


def _quote_status(note: QuoteNote, hints: bool = True, room: int = 78) -> list:
    """The status line's part about a quote: speaker (by hand?), state, what changed (first, as
    it matters most), within ``room`` columns where it can be; ``hints``: the keys that change it."""
    who = one_line(note.speaker, 40) if note.speaker else NO_SPEAKER
    hand = " (set by hand)" if note.speaker_by_hand else ""
    if not note.changed:
        keys = "; c to change, w speaker" if hints else ""
        by_hand = "set by hand, " if note.speaker_by_hand else ""  # one bracket, not two in a row (review25)
        return [f"quote by {who} ({by_hand}{note.state.value}{keys})"]
    head = f"changed since {note.state.value}"
    # The speaker, when unchanged, is on the line above the quote: the key to press fits the line.
    return [Content.assemble((head, "bold $text-warning"), changed_said(note, who + hand, room - len(head)))]


def orphan_status(annotation: Annotation, number: int, count: int) -> Content:
    """The status line while an orphaned note is picked: which one, and what the keys do to it."""
    label = f"[{one_line(annotation.label, 20)}] " if annotation.label else ""
    note = one_line(annotation.note, 28) or f"“{one_line(annotation.anchor.exact, 24)}”"
    return Content.assemble(
        (f"orphaned note {number} of {count}", "bold $text-warning"),
        f": {label}{note}  ·  ",
        ("Enter edit  d delete  Esc back", "$text-muted"),
    )
