"""Content for the article screen's side panel: tags, notes, names, quotes and the legend."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Mapping, Sequence

from rich.cells import cell_len

from textual.content import Content
from textual.style import Style

from reader.model import Analysis, Annotation, AnchorStatus, Entity, EntityLabel, Quote, QuoteState
from reader.textsafe import one_line
from reader.workspace.exports import NO_SPEAKER
from reader.tui.render import (
    LABEL_NAMES, PANEL_TEXT_WIDTH, STATE_MARK, StyleOf, note_lines, wrap_indented,
)


def top_entities(entities: Sequence[Entity], label: EntityLabel, limit: int | None = 6) -> list[tuple[str, int]]:
    """The most mentioned canonical names of one type, with mention counts (all with ``limit`` None)."""
    counts = Counter(e.canonical or e.text for e in entities if EntityLabel(e.label) is label)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:limit]


_SHOWN = 6  # names of one type the panel lists; the rest are counted ("+ 2 more")


def _section(parts: list, title: str, count: int | None = None) -> None:
    if parts:
        parts.append("\n\n")
    heading = title if count is None else f"{title} ({count})"
    parts.append((heading, "bold $text-primary"))


def panel_content(
    tags: Sequence[str],
    annotations: Sequence[Annotation],
    analysis: Analysis | None,
    quote_states: Mapping[tuple[int, int], QuoteState],
    style_of: StyleOf,
    note_style: Callable[[str], Style],
    labels: Sequence[str],
    *,
    meta_tags: Sequence[str] = (),
    width: int = PANEL_TEXT_WIDTH,
    selected: str | None = None,
    changed: Mapping[tuple[int, int], tuple[str, str]] | None = None,
    by_hand: frozenset = frozenset(),
) -> Content:
    """The side panel: tags, notes (and orphans), quotes with speakers, who and what, legend.

    ``width`` is the panel's text width (continuation lines are indented to it); ``selected`` is the
    id of the orphaned note picked with ``]``/``[``, drawn highlighted; ``changed`` maps the spans
    of checked quotes whose wording or speaker changed since (marked !) to what was checked and
    what stands now (``wording.changed_lines``),
    ``by_hand`` holds those whose speaker was set by hand (marked ✎).
    """
    width = max(12, width)
    parts: list = []
    _section(parts, "Tags")
    parts.append("\n" + (", ".join(one_line(t, 40) for t in tags) if tags else "none — press t"))
    if meta_tags:
        shown = ", ".join(one_line(t, 40) for t in meta_tags)
        parts.append(("\n" + "\n".join(wrap_indented(shown, width, "file tags: ")), "$text-muted italic"))
    placed = [a for a in annotations if a.status is not AnchorStatus.ORPHANED]
    orphans = [a for a in annotations if a.status is AnchorStatus.ORPHANED]
    _section(parts, "Notes", len(placed))
    if not placed:
        parts.append("\nnone — select (v, s) and press a, or 1-9 for a label")
    for ann in placed:
        mark = "" if ann.status is AnchorStatus.EXACT else f" [{ann.status.value}]"
        parts += ["\n", ("▌", note_style(ann.label)), " "]
        label = (one_line(ann.label, 20) + " ") if ann.label else ""
        if label:
            parts.append((label, "bold"))
        excerpt = wrap_indented(f"“{one_line(ann.anchor.exact, 48)}”{mark}", width, "  " + label)
        excerpt[0] = excerpt[0][2 + len(label):]
        parts.append(("\n".join(excerpt), "italic"))
        for line in note_lines(ann.note, width):
            parts.append("\n" + line)
    if orphans:
        _section(parts, "Orphaned notes", len(orphans))
        hint = "The text these notes were on is gone from the article; ] reaches them, Enter edits, d deletes."
        parts.append(("\n" + "\n".join(wrap_indented(hint, width, "", "")), "$text-muted"))
        for ann in orphans:
            current = ann.id == selected
            style = "reverse bold" if current else ""
            lead = "▶ " if current else "✗ "
            label = f"{one_line(ann.label, 20)} " if ann.label else ""
            excerpt = wrap_indented(f"{label}“{one_line(ann.anchor.exact, 48)}”", width, lead)
            parts.append(("\n" + "\n".join(excerpt), style))
            for line in note_lines(ann.note, width):
                parts.append(("\n" + line, style))
    if analysis is None:
        _section(parts, "Analysis")
        parts.append("\nfinding names and quotes…")
    else:
        _quotes_section(parts, analysis.quotes, quote_states, changed or {}, by_hand, width)
        for label in (EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC, EntityLabel.MISC):
            every = top_entities(analysis.entities + analysis.title_entities, label, None)
            if every:
                _section(parts, LABEL_NAMES[label])
                for name, count in every[:_SHOWN]:
                    parts += ["\n", (one_line(name, 36), style_of(label.value)), f" ×{count}" if count > 1 else ""]
                if len(every) > _SHOWN:  # (the sample da-01's seventh organisation was left out unsaid)
                    parts.append((f"\n+ {len(every) - _SHOWN} more", "$text-muted italic"))
    _legend(parts, style_of, labels, note_style, width)
    return Content.assemble(*parts)


def _quotes_section(parts: list, quotes: Sequence[Quote], states: Mapping[tuple[int, int], QuoteState],
                    changed: Mapping[tuple[int, int], tuple[str, str]], by_hand: frozenset, width: int) -> None:
    _section(parts, "Quotes", len(quotes))
    if not quotes:
        parts.append("\nnone found")
        return
    by_speaker: dict[tuple[str, bool], list[str]] = {}
    for quote in quotes:
        span = (quote.start, quote.end)
        mark = "!" if span in changed else STATE_MARK[states.get(span, QuoteState.UNVERIFIED)]
        hand = span in by_hand  # cleared by hand: "no speaker ✎", as the line above the quote says
        by_speaker.setdefault((quote.speaker or NO_SPEAKER, hand), []).append(mark)
    for (speaker, hand), marks in by_speaker.items():
        name = one_line(speaker, 30)
        shown = "".join(marks)
        if len(name) + len(f" ✎ ×{len(marks)} ") + len(shown) > width:  # 108 quotes: counts, not 4 lines of dots
            shown = " ".join(f"{mark}{marks.count(mark)}" for mark in ("!", *STATE_MARK.values()) if mark in marks)
        parts += ["\n", (name, "bold"), " ✎" if hand else "", f" ×{len(marks)} {shown}"]
    if changed:
        _section(parts, "Changed since checked", len(changed))
        for quote in quotes:
            lines = changed.get((quote.start, quote.end))
            if lines is None:
                continue
            was, now = lines
            parts.append(("\n" + "\n".join(wrap_indented(f"was {was}", width, "! ")), "$text-warning"))
            parts.append("\n" + "\n".join(wrap_indented(f"now {now}", width, "  ")))


def _legend(parts: list, style_of: StyleOf, labels: Sequence[str], note_style: Callable[[str], Style], width: int) -> None:
    _section(parts, "Legend")
    items = [(LABEL_NAMES[label].lower(), style_of(label.value)) for label in EntityLabel]
    items += [("quote", style_of("quote")), ("speaker", style_of("speaker")), ("┃ ✓ ✗ checked", "")]
    used = width  # start a new line before the first item
    for text, style in items:  # wrap between items, never inside one ("other names" stays together)
        size = cell_len(text)
        if used + 1 + size > width:
            parts.append("\n")
            used = 0
        elif used:
            parts.append(" ")
            used += 1
        parts.append((text, style) if style else text)
        used += size
    for index, name in enumerate(labels, 1):
        parts += ["\n", ("▌", note_style(name)), f" {index} {one_line(name, 24)}"]
