"""Token positions picked by a test of the word alone: each distinct word is tested once (a text has
far fewer distinct words than tokens: 1,410 of 176,247 on bench/analysis.py's articles text), then
the positions are picked in C. The rule passes over the whole text start from these."""

from __future__ import annotations

from itertools import compress
from typing import Callable, Sequence

# The distinct words of the last tuple of words asked about (one tuple: the text being analysed).
_LAST: tuple[Sequence[str] | None, frozenset[str]] = (None, frozenset())


def distinct(words: Sequence[str]) -> frozenset[str]:
    """The distinct words of ``words`` (kept for the last tuple asked about)."""
    global _LAST
    last = _LAST
    if last[0] is words:
        return last[1]
    found = frozenset(words)
    if isinstance(words, tuple):  # (immutable: the same object is the same words)
        _LAST = (words, found)
    return found


def where(words: Sequence[str], keep: Callable[[str], object]) -> list[int]:
    """The indices of the tokens whose word ``keep`` holds true for, in order."""
    wanted = {word for word in distinct(words) if keep(word)}
    if not wanted:
        return []
    return list(compress(range(len(words)), map(wanted.__contains__, words)))
