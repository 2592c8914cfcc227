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
RANGES = True  # "20-30 nye firmaer", "10-15 millioner": a range before a word, not a score (attack21)
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


_TAIL = 80  # (the contexts before a name are shorter than this)
_SCORED_TO = re.compile(r"\d{1,2}-\d{1,2}\s+(?:til|over|mod)\s*$")
_AT_HOME = re.compile(r"\b(?:hjemme|ude)\s+mod\s*$", re.IGNORECASE)
_MATCH_MOD = re.compile(rf"{_MATCH}\s+mod\s*$", re.IGNORECASE)
_PLAYED_FOR = re.compile(r"\b(?:kampe|sæson|mål)\s+for\s*$")
_VERB_AFTER = re.compile(rf"\s+(?:\w+\s+)?{_VERBS}\b")
_VERB_BEFORE = re.compile(rf"\b{_VERBS}\s+$")
_VERB_OVER = re.compile(rf"\b{_VERBS}\s+(?:\w+\s+)?(?:\d{{1,2}}-\d{{1,2}}\s+)?(?:over|mod)\s+$")


_HINT = re.compile(r"\b(?:hjemme|ude)\s+mod\b|\b(?:kampe|sæson|mål)\s+for\b", re.IGNORECASE)
_LAST = frozenset("mod til over for".split()) | frozenset(_VERBS[3:-1].split("|"))


def _plays(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands as a team in its sentence."""
    before = text[max(0, start - _TAIL):start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    before = before[cut + 1:]
    last = before.rstrip().rpartition(" ")[2].lower()
    if last in _LAST:  # (the contexts before a name all end in one of these words)
        if _SCORED_TO.search(before) or _AT_HOME.search(before) or _PLAYED_FOR.search(before):
            return True
        if MATCH_MOD and _MATCH_MOD.search(before):
            return True
    if not (last in _LAST and (_VERB_BEFORE.search(before) or _VERB_OVER.search(before))
            or _VERB_AFTER.match(text, end, min(len(text), end + 40))):
        return False
    s, e = _sentence(text, start, end)
    return any(_score(text, m.end()) for m in _SCORE.finditer(text, s, e))


# Words a match's score stands before ("vandt 3-1 over", "1-2 hjemme mod", "2-0 i går", "3-1 og"): a
# number range stands before what it counts ("20-30 nye firmaer", "3-4 gange", "12-9 for forslaget").
_AFTER_SCORE = frozenset("til over mod i på efter og ved hjemme ude men da med sejr sejren nederlag "
                         "nederlaget kamp kampen".split())
_NEXT_WORD = re.compile(r"\s*(\w+)")


def _score(text: str, end: int) -> bool:
    """Whether the "N-N" ending at ``end`` is a score: not a range before a lower-case word it counts."""
    if not RANGES:
        return True
    m = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    if m is None or not m.group(1).islower():
        return True
    return m.group(1) in _AFTER_SCORE


_HINT_WORDS = ("hjemme", "ude", "kampe", "sæson", "mål")


def _scored(text: str) -> bool:
    """Whether the text holds a score ("3-1"): ``_SCORE`` matched only where a digit, a dash and a
    digit meet (found by ``str.find``: a pass of a pattern over an article cost more than the whole
    test), from the one or two digits before the dash, where every match of it starts."""
    k = text.find("-", 1)
    while k > 0:
        if text[k + 1:k + 2].isdecimal() and text[k - 1].isdecimal() and (
            _SCORE.match(text, k - 1) is not None or k >= 2 and _SCORE.match(text, k - 2) is not None
        ):
            return True
        k = text.find("-", k + 1)
    return False


def _hinted(text: str) -> bool:
    """Whether ``_HINT`` matches: its last word ("mod", "for") found by ``str.find`` in the lowered text,
    ``_HINT`` run only when one stands after a context word (a 1 MB text: ~5 ms, not ~35)."""
    low = text.lower()
    for last in ("mod", "for"):
        at = low.find(last)
        while at >= 0:
            before = low[max(0, at - 40):at]
            word = before.rstrip()
            if word.endswith(_HINT_WORDS) and len(word) < len(before) or not word and at > 40:
                return _HINT.search(text) is not None  # (a context word, then space, right before it)
            at = low.find(last, at + 3)
    return False


def teams(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with each one-word place that plays (and its other mentions) retyped ORG (their
    typer scores dropped from ``evidence``, so that the group vote does not undo it)."""
    if not (_scored(text) or _hinted(text) or MATCH_MOD and re.search(r"\smod\s", text)):
        return spans  # (no score and no context word: no team; most texts, one pass)
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
