"""The whole analysis of one text: sentences, names, dates and numbers, quotes."""

from __future__ import annotations

import gc
import re
from typing import Sequence

from reader.analysis.canonical import canonical_names
from reader.analysis.names import find_names
from reader.analysis.numbers import find_dates_numbers
from reader.analysis.quotes import find_quotes
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize
from reader.language import detect_language
from reader.model import Analysis, Entity, EntityCorrection, EntityLabel

Span = tuple[int, int, str]
_NAME_LABELS = ("PER", "ORG", "LOC", "MISC")
_LABEL = {label.value: label for label in EntityLabel}


def analyze(
    text: str, language: str | None = None, corrections: Sequence[EntityCorrection] = ()
) -> Analysis:
    """Sentences, entities and quotes of ``text``.

    The cyclic garbage collector is paused meanwhile (and resumed after, if it was running): all
    the analysis builds is acyclic and freed by reference counting, but the tens of thousands of
    objects a long text yields made it walk the whole heap again and again (a fifth of the time).
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _analyze(text, language, corrections)
    finally:
        if paused:
            gc.enable()


def _analyze(text: str, language: str | None, corrections: Sequence[EntityCorrection]) -> Analysis:
    """The analysis itself (see ``analyze``)."""
    if language in (None, "", "auto"):
        language = detect_language(text)
    language = "da" if language == "da" else "en"
    sentences = split_sentences(text)
    tokens = tokenize(text, language)
    names = find_names(text, tokens, sentences, language)
    forced, removed = _corrections(text, corrections)
    if forced:
        names = merge(forced, names)
    if removed:
        names = [span for span in names if text[span[0]:span[1]] not in removed]
    names = [span for span in names if span[2] in _NAME_LABELS]
    canon, labels = canonical_names(text, names, language)
    if forced:
        fixed = {(s, e) for s, e, _ in forced}
        labels = [label if (s, e) in fixed else labels[k] for k, (s, e, label) in enumerate(names)]
    label_of = _LABEL
    entities = [
        Entity(s, e, text[s:e], label_of[labels[k]], canon[k]) for k, (s, e, _label) in enumerate(names)
    ]
    numbers = find_dates_numbers(text, language)
    if removed:
        numbers = [span for span in numbers if text[span[0]:span[1]] not in removed]
    taken = merge([(e.start, e.end, "X") for e in entities], numbers)
    final: list[Entity] = []
    k = 0
    for s, e, label in taken:
        if label == "X":
            final.append(entities[k])
            k += 1
        else:
            piece = text[s:e]
            final.append(Entity(s, e, piece, _LABEL[label], piece))
    quotes = tuple(find_quotes(text, language, list(entities)))
    return Analysis(text, language, sentences, tuple(final), quotes)


def _corrections(text: str, corrections: Sequence[EntityCorrection]) -> tuple[list[Span], set[str]]:
    """Spans forced by the personal gazetteer, and the names it removes."""
    forced: list[Span] = []
    removed: set[str] = set()
    for item in corrections:
        if not item.text.strip():
            continue
        if item.label is None:
            removed.add(item.text)
            continue
        label = EntityLabel(item.label).value
        pattern = re.compile(r"(?<!\w)" + re.escape(item.text) + r"(?!\w)")
        forced.extend((m.start(), m.end(), label) for m in pattern.finditer(text))
    # Longer corrections win over shorter ones they contain.
    return merge([], sorted(forced, key=lambda x: x[0] - x[1])), removed


def merge(first: list[Span], second: list[Span]) -> list[Span]:
    """Spans of ``first`` (non-overlapping) plus those of ``second`` that overlap none kept, sorted."""
    kept = sorted(first)
    out: list[Span] = []
    k = 0
    last_end = -1
    for span in sorted(second):
        while k < len(kept) and kept[k][0] < span[1]:
            if kept[k][1] <= span[0]:
                out.append(kept[k])
                last_end = max(last_end, kept[k][1])
                k += 1
            else:
                break
        if span[0] < last_end or (k < len(kept) and kept[k][0] < span[1]):
            continue
        out.append(span)
        last_end = span[1]
    out.extend(kept[k:])
    return sorted(out)
