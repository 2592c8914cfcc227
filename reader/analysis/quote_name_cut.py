"""A speaker's name that ran into the words after it, cut back to the name (English)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.attribution import Context
from reader.analysis.en_words import EN_VOCABULARY
from reader.model import Quote


def _unswallowed(ctx: Context, quote: Quote, known: set[str]) -> Quote:
    """A speaker's name that ran into the words after it ("Ann Lee Justice" for the Ann Lee Justice
    Act): cut back to a full name the text gives on its own (``known``: the names of the people
    found), when only common words follow it."""
    words = (quote.speaker or "").split()
    if len(words) < 2 or " and " in quote.speaker:
        return quote
    for k in range(len(words) - 1, 1, -1):  # a full name at least ("Tom" alone is no cut of "Tom Reed")
        head = " ".join(words[:k])
        if head in known and all(_common(ctx.text, w) for w in words[k:]):
            return replace(quote, speaker=head)
    return quote


def _common(text: str, word: str) -> bool:
    """Whether a capitalised ``word`` is a common word: known as one, or written in lower case in
    the text too ("Justice" beside "justice")."""
    low = word.lower()
    if low in EN_VOCABULARY:
        return True
    if _RUN.fullmatch(low):  # a run of word letters: one of the text's runs, looked up in a set
        return low in _runs_of(text)
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


_RUN = re.compile(r"[\w-]+")
_LAST_RUNS: tuple[str, frozenset[str]] = ("", frozenset())


def _runs_of(text: str) -> frozenset[str]:
    """The runs of word letters and hyphens in ``text``, kept for the last text asked about (one
    search of the whole text per speaker's word made a long text's analysis grow as its square)."""
    global _LAST_RUNS
    last = _LAST_RUNS
    if last[0] is text or last[0] == text:
        return last[1]
    runs = frozenset(_RUN.findall(text))
    _LAST_RUNS = (text, runs)
    return runs
