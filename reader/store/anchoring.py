"""Anchors (W3C quote + position selectors) and re-attaching them to a changed text.

Re-anchoring follows the order the Hypothesis client uses: the old position if the text there
still equals the quote; else the quote found exactly elsewhere, the best place chosen by its
context and distance; else an approximate match scored 50 quote, 20 prefix, 20 suffix,
2 position; else the anchor is orphaned (kept as it was, never dropped).
"""

from __future__ import annotations

from reader.model import Anchor, AnchorStatus
from reader.store.fuzzy import best_start, edit_distance, find_ends

CONTEXT = 32
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
MIN_FUZZY_LENGTH = 4
MAX_FUZZY_ERRORS = 256
MAX_CANDIDATES = 12


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """An anchor for ``text[start:end]`` with up to ``context`` characters either side."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
    )


def reanchor(anchor: Anchor, text: str) -> tuple[Anchor, AnchorStatus]:
    """Place ``anchor`` in ``text``: (new anchor, how it was placed)."""
    if 0 <= anchor.start <= anchor.end <= len(text) and text[anchor.start:anchor.end] == anchor.exact:
        return anchor, AnchorStatus.EXACT
    if not anchor.exact:
        return anchor, AnchorStatus.ORPHANED
    found = _exact_search(anchor, text)
    if found is not None:
        return make_anchor(text, found, found + len(anchor.exact)), AnchorStatus.MOVED
    span = _fuzzy_search(anchor, text)
    if span is not None:
        return make_anchor(text, span[0], span[1]), AnchorStatus.FUZZY
    return anchor, AnchorStatus.ORPHANED


def _common_suffix(a: str, b: str) -> int:
    """Length of the longest common suffix of ``a`` and ``b``."""
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of ``a`` and ``b``."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _position_score(start: int, hint: int, length: int) -> float:
    """1 at the old position, falling to 0 a whole text away."""
    return 1.0 - min(1.0, abs(start - hint) / max(1, length))


def _exact_search(anchor: Anchor, text: str) -> int | None:
    """Start of the best exact occurrence of the quote, judged by context and distance."""
    best: tuple[float, int] | None = None
    exact, size = anchor.exact, len(anchor.exact)
    pos = text.find(exact)
    while pos >= 0:
        before = text[max(0, pos - len(anchor.prefix)):pos]
        after = text[pos + size:pos + size + len(anchor.suffix)]
        prefix_score = _common_suffix(anchor.prefix, before) / len(anchor.prefix) if anchor.prefix else 1.0
        suffix_score = _common_prefix(anchor.suffix, after) / len(anchor.suffix) if anchor.suffix else 1.0
        score = (
            PREFIX_WEIGHT * prefix_score
            + SUFFIX_WEIGHT * suffix_score
            + POSITION_WEIGHT * _position_score(pos, anchor.start, len(text))
        )
        if best is None or score > best[0]:
            best = (score, pos)
        pos = text.find(exact, pos + 1)
    return None if best is None else best[1]


def _context_score(expected: str, actual: str) -> float:
    """Similarity of an expected context string to the text found there, 0..1."""
    if not expected:
        return 1.0
    return max(0.0, 1.0 - edit_distance(expected, actual) / len(expected))


def _fuzzy_search(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The best approximate match of the quote, or None if nothing is close enough."""
    exact = anchor.exact
    if len(exact) < MIN_FUZZY_LENGTH:
        return None
    max_errors = min(MAX_FUZZY_ERRORS, len(exact) // 2)
    ends = sorted(find_ends(exact, text, max_errors), key=lambda hit: hit[1])[:MAX_CANDIDATES]
    best: tuple[float, int, int] | None = None
    for end, _ in ends:
        start, errors = best_start(exact, text, end, max_errors)
        quote_score = 1.0 - errors / len(exact)
        prefix_score = _context_score(anchor.prefix, text[max(0, start - len(anchor.prefix)):start])
        suffix_score = _context_score(anchor.suffix, text[end:end + len(anchor.suffix)])
        if not _acceptable(quote_score, (prefix_score + suffix_score) / 2):
            continue
        score = (
            QUOTE_WEIGHT * quote_score
            + PREFIX_WEIGHT * prefix_score
            + SUFFIX_WEIGHT * suffix_score
            + POSITION_WEIGHT * _position_score(start, anchor.start, len(text))
        ) / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
        if best is None or score > best[0]:
            best = (score, start, end)
    return None if best is None else (best[1], best[2])


def _acceptable(quote_score: float, context_score: float) -> bool:
    """A close quote is enough; a looser one needs its surroundings to agree."""
    return quote_score >= 0.75 or (quote_score >= 0.5 and context_score >= 0.5)
