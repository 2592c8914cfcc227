"""Approximate string search: where does a quote occur in a text with at most k edits?

``find_ends`` is Myers' bit-parallel algorithm (1999) with Python integers as bit vectors,
O(len(text)) big-integer steps; ``best_start`` then recovers where a match ending at a given
position begins, with a small dynamic programme over a bounded window.
"""

from __future__ import annotations

from collections.abc import Iterator


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two (short) strings."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _column_scores(pattern: str, text: str, anchored: bool) -> Iterator[int]:
    """Myers' bit-vector recurrence: the edit distance after each character of ``text``.

    Unanchored, the match may start anywhere (search); anchored, it starts at ``text[0]``.
    """
    m = len(pattern)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    carry = 1 if anchored else 0
    pv, mv, score = mask, 0, m
    for ch in text:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        yield score


def find_ends(pattern: str, text: str, max_errors: int) -> list[tuple[int, int]]:
    """(end, errors) for each place ``pattern`` ends in ``text`` within ``max_errors`` edits.

    ``end`` is exclusive: the match is some ``text[start:end]``. Of a run of adjacent ends
    (one match seen from neighbouring columns) only the best is kept.
    """
    if not pattern:
        return []
    hits = [
        (j, score)
        for j, score in enumerate(_column_scores(pattern, text, anchored=False), 1)
        if score <= max_errors
    ]
    return _local_minima(hits)


def _local_minima(hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the best end of each run of adjacent ends."""
    best: list[tuple[int, int]] = []
    last_end = -2
    for end, errors in hits:
        if best and end == last_end + 1:
            if errors < best[-1][1]:
                best[-1] = (end, errors)
        else:
            best.append((end, errors))
        last_end = end
    return best


def best_start(pattern: str, text: str, end: int, max_errors: int) -> tuple[int, int]:
    """(start, errors): the start of the best alignment of ``pattern`` with ``text[start:end]``."""
    m = len(pattern)
    lo = max(0, end - m - max_errors)
    window = text[lo:end][::-1]
    best_j, best_score = 0, m
    scores = _column_scores(pattern[::-1], window, anchored=True)
    for j, score in enumerate(scores, 1):
        if (score, abs(j - m)) < (best_score, abs(best_j - m)):
            best_j, best_score = j, score
    return end - best_j, best_score
