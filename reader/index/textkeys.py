"""Words, stems and hits: how the index and the search split text (standard library + PyStemmer).

The full-text index splits words the way SQLite's ``unicode61`` tokenizer does (letters and digits
run together; hyphens, apostrophes and other marks split), folds case with ``str.lower`` and keeps
æ ø å distinct (``remove_diacritics 0``). Beside the words it indexes their Snowball stems in the
article's language, so "bidrag" finds "bidraget" and "bidrager".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

WORD = re.compile(r"[^\W_]+")
_LANGUAGES = {"da": "danish", "en": "english"}


@lru_cache(maxsize=4)
def _stemmer(language: str):
    import Stemmer  # PyStemmer: the Snowball stemmers compiled to C

    return Stemmer.Stemmer(_LANGUAGES.get(language, "english"))


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` (hyphenated compounds give their parts)."""
    return WORD.findall(text.lower())


def stems(text: str, language: str) -> str:
    """The Snowball stems of the words of ``text``, space separated (the index's stem column)."""
    return " ".join(_stemmer(language).stemWords(words(text)))


def stem_word(word: str, language: str) -> str:
    """The stem of one lower-case word in ``language`` ("da" or "en")."""
    return _stemmer(language).stemWord(word)


def query_stems(word: str) -> tuple[str, ...]:
    """The stems a query word may have: its Danish and its English stem (the query has no language)."""
    return tuple(dict.fromkeys(stem_word(word, lang) for lang in ("da", "en")))


class Highlighter:
    """Finds the hits of a query in a text: words (or their stems), prefixes and phrases."""

    def __init__(self, words_: Iterable[str] = (), prefixes: Iterable[str] = (),
                 phrases: Iterable[Sequence[str]] = ()) -> None:
        self.words = frozenset(words_)
        self.prefixes = tuple(prefixes)
        self.phrases = tuple(tuple(p) for p in phrases if p)
        self.stems = {lang: frozenset(stem_word(w, lang) for w in self.words) for lang in _LANGUAGES}

    def __bool__(self) -> bool:
        return bool(self.words or self.prefixes or self.phrases)

    def spans(self, text: str, language: str = "en", window: int | None = None) -> list[tuple[int, int]]:
        """Sorted, non-overlapping ``[start, end)`` spans of the hits in ``text``; with ``window``,
        only those up to ``window`` characters past the first (enough for a snippet)."""
        if not self:
            return []
        lang = language if language in _LANGUAGES else "en"
        stems_ = self.stems.get(lang, frozenset())
        stem = _stemmer(lang).stemWord
        words_, prefixes = self.words, self.prefixes
        longest = max((len(p) for p in self.phrases), default=1)
        recent: list[tuple[int, int, str]] = []  # the last tokens, for phrases
        found: list[tuple[int, int]] = []
        stop = None
        for match in WORD.finditer(text):
            start = match.start()
            if stop is not None and start > stop:
                break
            end = match.end()
            token = match.group().lower()
            if token in words_ or (prefixes and token.startswith(prefixes)) or (stems_ and stem(token) in stems_):
                found.append((start, end))
            if self.phrases:
                recent.append((start, end, token))
                if len(recent) > longest:
                    recent.pop(0)
                for phrase in self.phrases:
                    size = len(phrase)
                    if len(recent) >= size and all(recent[-size + j][2] == phrase[j] for j in range(size)):
                        found.append((recent[-size][0], end))
            if found and window is not None and stop is None:
                stop = found[0][0] + window
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def snippet(text: str, spans: Sequence[tuple[int, int]], width: int = 110) -> tuple[str, list[tuple[int, int]]]:
    """One line of ``text`` around its first hit and the hits' spans in that line.

    Line breaks and other control characters become spaces one for one, so offsets stay valid.
    """
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 3)
        if start:  # begin at a word
            space = text.find(" ", start, first)
            start = space + 1 if space >= 0 else start
    else:
        start = 0
    end = min(len(text), start + width)
    piece = "".join(ch if ch.isprintable() else " " for ch in text[start:end])
    inner = [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix)
    return prefix + piece + suffix, [(s + shift, e + shift) for s, e in inner]
