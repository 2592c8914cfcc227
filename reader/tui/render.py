"""Content for the article header, side panel and status line (article text is never markup)."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Mapping, Sequence

from textual.content import Content
from textual.style import Style

from reader.model import Analysis, Annotation, AnchorStatus, Article, Entity, EntityLabel, Quote, QuoteState
from reader.textsafe import one_line

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
STATE_MARK = {QuoteState.UNVERIFIED: "·", QuoteState.VERIFIED: "✓", QuoteState.CONTESTED: "✗"}
StyleOf = Callable[[str], Style]


def header_content(article: Article, tags: Sequence[str], width: int) -> Content:
    """Title on the first line; date, source, dateline, language and tags on the second."""
    meta = [part for part in (article.date, article.source, article.dateline) if part]
    meta.append({"da": "Danish", "en": "English"}.get(article.language, article.language))
    if article.byline:
        meta.append(article.byline)
    parts: list[str | tuple[str, str]] = [(one_line(article.title, max(20, width * 2)), "bold"), "\n"]
    parts.append((" · ".join(one_line(m, 60) for m in meta), "$text-muted"))
    if tags:
        parts += ["   ", ("tags: " + ", ".join(one_line(t, 30) for t in tags), "$text-accent")]
    return Content.assemble(*parts)


def top_entities(entities: Sequence[Entity], label: EntityLabel, limit: int = 6) -> list[tuple[str, int]]:
    """The most mentioned canonical names of one type, with mention counts."""
    counts = Counter(e.canonical or e.text for e in entities if EntityLabel(e.label) is label)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:limit]


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
) -> Content:
    """The side panel: tags, notes (and orphans), quotes with speakers, who and what, legend."""
    parts: list = []
    _section(parts, "Tags")
    parts.append("\n" + (", ".join(one_line(t, 40) for t in tags) if tags else "none — press t"))
    placed = [a for a in annotations if a.status is not AnchorStatus.ORPHANED]
    orphans = [a for a in annotations if a.status is AnchorStatus.ORPHANED]
    _section(parts, "Notes", len(placed))
    if not placed:
        parts.append("\nnone — select (v, s) and press a, or 1-9 for a label")
    for ann in placed:
        mark = "" if ann.status is AnchorStatus.EXACT else f" [{ann.status.value}]"
        parts += ["\n", ("▌", note_style(ann.label)), " "]
        if ann.label:
            parts.append((one_line(ann.label, 20) + " ", "bold"))
        parts.append((f"“{one_line(ann.anchor.exact, 48)}”{mark}", "italic"))
        if ann.note:
            parts.append("\n  " + one_line(ann.note, 120))
    if orphans:
        _section(parts, "Orphaned notes", len(orphans))
        parts.append(("\nThe text these notes were on is gone from the article; kept here.", "$text-muted"))
        for ann in orphans:
            parts.append(f"\n✗ “{one_line(ann.anchor.exact, 48)}”")
            if ann.note:
                parts.append("\n  " + one_line(ann.note, 120))
    if analysis is None:
        _section(parts, "Analysis")
        parts.append("\nfinding names and quotes…")
    else:
        _quotes_section(parts, analysis.quotes, quote_states)
        for label in (EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC):
            top = top_entities(analysis.entities, label)
            if top:
                _section(parts, LABEL_NAMES[label])
                for name, count in top:
                    parts += ["\n", (one_line(name, 36), style_of(label.value)), f" ×{count}" if count > 1 else ""]
    _legend(parts, style_of, labels, note_style)
    return Content.assemble(*parts)


def _quotes_section(parts: list, quotes: Sequence[Quote], states: Mapping[tuple[int, int], QuoteState]) -> None:
    _section(parts, "Quotes", len(quotes))
    if not quotes:
        parts.append("\nnone found")
        return
    by_speaker: dict[str, list[QuoteState]] = {}
    for quote in quotes:
        state = states.get((quote.start, quote.end), QuoteState.UNVERIFIED)
        by_speaker.setdefault(quote.speaker or "unknown speaker", []).append(state)
    for speaker, marks in by_speaker.items():
        checked = "".join(STATE_MARK[m] for m in marks)
        parts += ["\n", (one_line(speaker, 32), "bold"), f" ×{len(marks)} {checked}"]


def _legend(parts: list, style_of: StyleOf, labels: Sequence[str], note_style: Callable[[str], Style]) -> None:
    _section(parts, "Legend")
    parts.append("\n")
    for label in EntityLabel:
        parts += [(LABEL_NAMES[label].lower(), style_of(label.value)), " "]
    parts += ["\n", ("quote", style_of("quote")), " ", ("speaker", style_of("speaker")), "  ┃ ✓ ✗ checked"]
    for index, name in enumerate(labels, 1):
        parts += ["\n", ("▌", note_style(name)), f" {index} {one_line(name, 24)}"]


def status_content(
    cursor: tuple[int, int],
    selection: tuple[int, int] | None,
    entity: Entity | None,
    quote: Quote | None,
    quote_state: QuoteState | None,
    notes: Sequence[Annotation],
    text: str,
) -> Content:
    """One line about what is under the cursor (and the selection)."""
    parts: list = []
    if selection:
        words = len(text[selection[0] : selection[1]].split())
        parts.append((f"selected {words} words", "bold $text-accent"))
    if entity is not None:
        name = SINGULAR[EntityLabel(entity.label)]
        canon = f" = {one_line(entity.canonical, 40)}" if entity.canonical and entity.canonical != entity.text else ""
        parts.append(f"{name}: {one_line(entity.text, 40)}{canon}")
    if quote is not None:
        who = one_line(quote.speaker, 40) if quote.speaker else "unknown speaker"
        state = (quote_state or QuoteState.UNVERIFIED).value
        parts.append(f"quote by {who} ({state}; c to change)")
    for note in notes[:2]:
        label = f"[{one_line(note.label, 20)}] " if note.label else ""
        parts.append(f"note: {label}{one_line(note.note, 60) or '(no text)'}")
    if not parts:
        parts.append(("←/→ words  ( ) sentences  { } paragraphs  n next name/quote  v select  ? help", "$text-muted"))
    joined: list = []
    for index, part in enumerate(parts):
        if index:
            joined.append("  ·  ")
        joined.append(part)
    return Content.assemble(*joined)
