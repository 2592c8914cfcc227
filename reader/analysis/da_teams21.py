"""Danish text: a one-word place that plays is a team ("Viborg slog Silkeborg 3-1", "hjemme mod
Vejle", "kampe for Kolding"): an organisation (issue 16, namesda21). The UNER-DA train split marks
such teams ORG (Viborg, Horsens', Mørk, Kolding, Valenciennes; docs/log/namesda21.md). Contexts: the
subject or object of a match verb in a sentence with a score; "N-N til/over X"; "hjemme/ude mod X"; "kampe/sæson for X". A name
found a team once in a text that talks of a match is a team at its other mentions too, except after a
place preposition ("i Viborg")."""

from __future__ import annotations

import re

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish
MATCH_MOD = False  # "kampen mod Holland" a team: off (train split ORG 4, LOC 2; our articles LOC 1)

_SCORE = re.compile(r"(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d.,:/-])")
_VERBS = r"(?:vandt|vinder|tabte|taber|slog|slår|besejrede|besejrer|førte|fører|spillede|spiller)"
_MATCH = r"(?:\w*kamp(?:en|e|ene)?|\w*finalen?|debut|derbyet|startopstillingen|opgøret)"
_PLACE = re.compile(r"(?:^|\s)(?:i|på|ved|nær|fra|til|mod|over)\s*$", re.IGNORECASE)


_REACH = 300  # (characters looked at either side: a sentence, and no pass over a long text per name)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) around ``start:end``, roughly, within ``_REACH``."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    left = max(low - 1, text.rfind(". ", low, start), text.rfind("\n", low, start), text.rfind("? ", low, start),
               text.rfind("! ", low, start))
    right = [i for i in (text.find(". ", end, high), text.find("\n", end, high), text.find("? ", end, high)) if i >= 0]
    return left + 1, min(right) if right else high


def _plays(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands as a team in its sentence."""
    s, e = _sentence(text, start, end)
    before, after = text[s:start], text[end:e]
    scored = bool(_SCORE.search(text[s:e]))
    if re.search(rf"\d{{1,2}}-\d{{1,2}}\s+(?:til|over|mod)\s*$", before):
        return True
    if re.search(r"\b(?:hjemme|ude)\s+mod\s*$", before, re.IGNORECASE):
        return True
    if MATCH_MOD and re.search(rf"{_MATCH}\s+mod\s*$", before, re.IGNORECASE):
        return True
    if re.search(r"\b(?:kampe|sæson|mål)\s+for\s*$", before):
        return True
    if not scored:
        return False
    if re.match(rf"\s+(?:\w+\s+)?{_VERBS}\b", after) or re.search(rf"\b{_VERBS}\s+$", before):
        return True
    return bool(re.search(rf"\b{_VERBS}\s+(?:\w+\s+)?(?:\d{{1,2}}-\d{{1,2}}\s+)?(?:over|mod)\s+$", before))


def teams(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with each one-word place that plays (and its other mentions) retyped ORG (their
    typer scores dropped from ``evidence``, so that the group vote does not undo it)."""
    lone = [k for k, (s, e, label) in enumerate(spans) if label == "LOC" and " " not in text[s:e]]
    playing = {text[spans[k][0]:spans[k][1]] for k in lone if _plays(text, spans[k][0], spans[k][1])}
    if not playing:
        return spans
    out = list(spans)
    for k in lone:
        s, e, _label = spans[k]
        word = text[s:e]
        if word in playing and (_plays(text, s, e) or not _PLACE.search(text[max(0, s - 12):s])):
            out[k] = (s, e, "ORG")
            if evidence is not None:
                evidence.pop((s, e), None)
    return out
