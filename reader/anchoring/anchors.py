"""Anchors (W3C quote + position selectors) and re-attaching them to a changed text.

Re-anchoring follows the order the Hypothesis client uses: the old position if the text there
still equals the quote; else the quote found exactly elsewhere, the best place chosen by its
context and distance; else an approximate match scored 50 quote, 20 prefix, 20 suffix,
2 position; else the anchor is orphaned (kept as it was, never dropped).

An approximate match never cuts a word (its ends are moved to word boundaries) and is
accepted only when it is genuinely the same passage: at least 80 % alike letter by letter
and word by word (a changed number or a replaced word counts as a whole word), and its
surroundings agreeing with the context the anchor was made in.
"""

from __future__ import annotations

import re

from reader.model import Anchor, AnchorStatus
from reader.anchoring.fuzzy import _column_scores, edit_distance, find_ends

CONTEXT = 32
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
MIN_FUZZY_LENGTH = 4
MAX_FUZZY_ERRORS = 256
MAX_CANDIDATES = 12
MIN_SIMILARITY = 0.8  # of the quote, letter by letter and word by word
MIN_CONTEXT = 0.5  # mean agreement of prefix and suffix
_WORD = re.compile(r"\w+(?:[.,:/'’-]\w+)*")


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
    seen: set[tuple[int, int]] = set()
    for found_end, _ in ends:
        for found_start in _best_starts(exact, text, found_end, max_errors):
            span = _snap_to_words(anchor, text, found_start, found_end)
            if span is not None and span not in seen:
                seen.add(span)
                best = _better(best, _judge(anchor, text, *span))
    return None if best is None else (best[1], best[2])


def _best_starts(pattern: str, text: str, end: int, max_errors: int, limit: int = 4) -> list[int]:
    """The starts of the best alignments of ``pattern`` ending at ``end`` (ties: nearest its length first).

    Several starts can tie ("Det er en vigtig" against "Det er en meget vigtig" also aligns
    from " en meget"); the caller judges each by its context.
    """
    m = len(pattern)
    lo = max(0, end - m - max_errors)
    scores = list(_column_scores(pattern[::-1], text[lo:end][::-1], anchored=True))
    if not scores:
        return [end]
    fewest = min(scores)
    tied = [j for j, score in enumerate(scores, 1) if score == fewest]
    tied.sort(key=lambda j: abs(j - m))
    return [end - j for j in tied[:limit]]


def _better(best: tuple[float, int, int] | None, new: tuple[float, int, int] | None) -> tuple[float, int, int] | None:
    if new is None:
        return best
    return new if best is None or new[0] > best[0] else best


def _judge(anchor: Anchor, text: str, start: int, end: int, errors: int) -> tuple[float, int, int] | None:
    """(score, start, end) of an approximate match, or None if it is not close enough."""
    exact = anchor.exact
    quote_score = 1.0 - errors / max(len(exact), end - start)
    prefix_score = _context_score(anchor.prefix, text[max(0, start - len(anchor.prefix)):start])
    suffix_score = _context_score(anchor.suffix, text[end:end + len(anchor.suffix)])
    if not _acceptable(quote_score, (prefix_score + suffix_score) / 2, exact, text[start:end]):
        return None
    score = (
        QUOTE_WEIGHT * quote_score
        + PREFIX_WEIGHT * prefix_score
        + SUFFIX_WEIGHT * suffix_score
        + POSITION_WEIGHT * _position_score(start, anchor.start, len(text))
    ) / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
    return score, start, end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _cuts_word(text: str, i: int) -> bool:
    """True when position ``i`` falls inside a word of ``text``."""
    return 0 < i < len(text) and _is_word_char(text[i - 1]) and _is_word_char(text[i])


def _word_around(text: str, i: int) -> tuple[int, int]:
    """Start and end of the word that position ``i`` falls inside."""
    left = i
    while left > 0 and _is_word_char(text[left - 1]):
        left -= 1
    right = i
    while right < len(text) and _is_word_char(text[right]):
        right += 1
    return left, right


def _snap_to_words(anchor: Anchor, text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(start, end, errors) of the match with ends moved off the middle of words.

    An end inside a word moves out to take the whole word or in to leave it out, whichever
    is nearer the quote (whole words on a tie). An anchor that was itself made starting or
    ending inside a word keeps that end as the search found it.
    """
    exact = anchor.exact
    starts, ends = [start], [end]
    if _cuts_word(text, start) and not (anchor.prefix[-1:].isalnum() and exact[:1].isalnum()):
        outward, inward = _word_around(text, start)
        while inward < len(text) and text[inward].isspace():
            inward += 1
        starts = [outward, inward]
    if _cuts_word(text, end) and not (exact[-1:].isalnum() and anchor.suffix[:1].isalnum()):
        inward, outward = _word_around(text, end)
        while inward > 0 and text[inward - 1].isspace():
            inward -= 1
        ends = [outward, inward]
    best: tuple[int, int, int, int] | None = None
    for s in starts:
        valid = [e for e in ends if e > s]
        if not valid:
            continue
        scores = list(_column_scores(exact, text[s:max(valid)], anchored=True))
        for e in valid:
            errors = scores[e - s - 1]
            key = (errors, -(e - s), s, e)
            if best is None or key < best:
                best = key
    return None if best is None else (best[2], best[3], best[0])


def _word_similarity(expected: str, found: str) -> float:
    """How alike two passages are word by word, 0..1.

    A word with a small typo costs a little; any other changed word, and any changed
    number (14.000 -> 41.000), costs a whole word, as does a word added or left out.
    """
    a, b = _WORD.findall(expected), _WORD.findall(found)
    if not a or not b:
        return 1.0 if a == b else 0.0
    costs: dict[tuple[str, str], float] = {}

    def substitute(x: str, y: str) -> float:
        if x == y:
            return 0.0
        key = (x, y)
        if key not in costs:
            if x.casefold() == y.casefold():
                costs[key] = 0.1
            elif any(c.isdigit() for c in x + y):
                costs[key] = 1.0
            else:
                share = edit_distance(x, y) / max(len(x), len(y))
                costs[key] = share if share <= 0.25 else 1.0
        return costs[key]

    previous = [float(j) for j in range(len(b) + 1)]
    for i, x in enumerate(a, 1):
        current = [float(i)]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitute(x, y)))
        previous = current
    return max(0.0, 1.0 - previous[-1] / max(len(a), len(b)))


def _acceptable(quote_score: float, context_score: float, expected: str, found: str) -> bool:
    """Genuinely the same passage: alike letter by letter and word by word, in agreeing context."""
    return (
        quote_score >= MIN_SIMILARITY
        and context_score >= MIN_CONTEXT
        and _word_similarity(expected, found) >= MIN_SIMILARITY
    )
