"""The whole-text scans of the news passes (``news_kinds``, ``news_firms``), started from what a match
must hold. A pattern that opens with a look-behind, ``^`` or a class is tried at every position of
the text (about 20-35 ms a MB each); here the literal every match holds is found first (``str.find``),
the few places a match holding it can start are worked out from there, and the pattern itself is
matched only at those places, in order, so the matches are those of ``pattern.finditer(text)``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzæøå")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def literal_hits(text: str, literals: Iterable[str]) -> list[int]:
    """Every position where one of ``literals`` is written (overlapping ones too), in order."""
    literals = tuple(literals)
    pattern = _one_pattern(literals)
    if pattern is not None:
        return _one_search(text, pattern)
    found: set[int] = set()
    for literal in literals:
        k = text.find(literal)
        while k >= 0:
            found.add(k)
            k = text.find(literal, k + 1)
    return sorted(found)


@lru_cache(maxsize=256)
def _one_pattern(literals: tuple[str, ...]) -> re.Pattern | None:
    """The one pattern of ``literals`` when each starts with a capital or a space, else None (made
    once a process: the literals are the passes' own, and a text of one article paid 0.1 ms for it).
    It matches where one of them is written, written as a tree of their shared openings (" (?:v(?:an
    |on )|d(?:e|a) ...)": the engine tries a few branches at each place, not one a literal; the 18
    particles of ``news_found13`` 9.0 -> 4.3 ms over the 1,141 bench articles)."""
    if all(literal[:1].isupper() or literal[:1] == " " for literal in literals):
        return re.compile(_tree(literals))
    return None


def _tree(literals: Iterable[str]) -> str:
    """A pattern that matches at the places where one of ``literals`` (none empty) is written: a
    literal that opens with another adds no place, so it is left out; the others share their openings."""
    words = sorted(set(literals))
    kept = [word for word in words if not any(other != word and word.startswith(other) for other in words)]
    by_first: dict[str, list[str]] = {}
    for word in kept:
        by_first.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(first + rest[0]) if len(rest) == 1 else re.escape(first) + _tree(rest)
             for first, rest in by_first.items()]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=64)
def _spaced(words: tuple[str, ...], before: str, after: str) -> tuple[str, ...]:
    """Each of ``words`` between ``before`` and ``after`` (made once: the passes' own words)."""
    return tuple(before + word + after for word in words)


def _one_search(text: str, pattern: re.Pattern) -> list[int]:
    """``literal_hits`` by one pattern of them all, searched again from the character after each
    hit (the engine skips to the few capitals or spaces they start with: 3 ms a MB for nine legal
    forms, 7 ms by ``str.find`` nine times; for words in lower case ``find`` is the faster)."""
    found = []
    match = pattern.search(text)
    while match is not None:
        found.append(match.start())
        match = pattern.search(text, match.start() + 1)
    return found


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int], endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, 0, endpos)`` when every match starts at one of
    ``starts`` (in order; more places do no harm) and none is empty."""
    pos, end = 0, len(text) if endpos is None else endpos
    for start in starts:
        if start < pos:
            continue
        match = pattern.match(text, start, end)
        if match is not None:
            yield match
            pos = match.end()


def _word(ch: str) -> bool:
    """Whether ``ch`` is a character of ``\\w``."""
    return ch.isalnum() or ch == "_"


def _back(text: str, k: int, chars: frozenset[str] | str) -> int:
    """The start of the run of ``chars`` that ends at ``k``."""
    while k and text[k - 1] in chars:
        k -= 1
    return k


def _back_word(text: str, k: int, more: str) -> int:
    """The start of the run of ``\\w`` and ``more`` characters that ends at ``k``."""
    while k and (_word(text[k - 1]) or text[k - 1] in more):
        k -= 1
    return k


def streets(pattern: re.Pattern, text: str, endings: tuple[str, ...]) -> Iterator[re.Match]:
    """``_STREET`` (a capital, lower-case letters, one of ``endings``) from its endings."""
    starts = set()
    for hit in literal_hits(text, endings):
        k = _back(text, hit, _LOWER)
        if k and text[k - 1] in _CAPS:
            starts.add(k - 1)
    return matches_at(pattern, text, sorted(starts))


def nordic_forms(pattern: re.Pattern, text: str, forms: tuple[str, ...]) -> Iterator[re.Match]:
    """``_NORDIC_FORM`` (one to three capitalised words, each and a white space, then a legal
    form) from its forms: every capital within three such words before one."""
    starts = set()
    for hit in literal_hits(text, forms):
        k = hit
        for _ in range(3):
            if not (k and text[k - 1].isspace()):
                break
            k = _back_word(text, k - 1, "&-")
        starts.update(p for p in range(k, hit) if text[p] in "ÖÄ" or text[p] in _CAPS)
    return matches_at(pattern, text, sorted(starts))


def _line_or_mark(text: str, k: int, marks: str) -> list[int]:
    """Where a match whose team runs from ``k`` can start: ``k`` at a line's start, or one of
    ``marks`` before the white space before ``k``."""
    starts = [k] if k == 0 or text[k - 1] == "\n" else []
    j = k
    while j and text[j - 1].isspace():
        j -= 1
    if j and text[j - 1] in marks:
        starts.append(j - 1)
    return starts


_SCORE = re.compile(r" \d{1,2},? [A-ZÆØÅ]")  # the first team's score and the second team (led by a space)


def result_lines(pattern: re.Pattern, text: str, language: str) -> Iterator[re.Match]:
    """``_RESULT_LINES[language]`` ("Ribe - Otterup 25-25", "Abingdon 1 Wantage 1") from what lies
    between the two teams (" - ", or a score and the second team's capital), back over the first
    team's characters."""
    starts = set()
    if language == "da":
        hits = literal_hits(text, (" - ",))
        marks = ":,;"
    else:
        hits = [m.start() for m in _SCORE.finditer(text)]
        marks = ":;"
    for hit in hits:
        starts.update(_line_or_mark(text, _back_word(text, hit, "'’- "), marks))
    return matches_at(pattern, text, sorted(starts))


def managers(pattern: re.Pattern, text: str, roles: tuple[str, ...]) -> Iterator[re.Match]:
    """``_MANAGER`` ("Harwell boss Neil Oduya") from " role ": every capital of the two words
    before it."""
    starts = set()
    for hit in literal_hits(text, _spaced(roles, " ", " ")):
        k = _back_word(text, hit, "'’-")
        if k and text[k - 1] == " ":
            k = _back_word(text, k - 1, "'’-")
        starts.update(p for p in range(k, hit) if "A" <= text[p] <= "Z")
    return matches_at(pattern, text, sorted(starts))


def result_subjects(pattern: re.Pattern, text: str, verbs: tuple[str, ...],
                    joins: tuple[str, ...]) -> Iterator[re.Match]:
    """``_RESULT_SUBJECT`` ("while Didcot beat Marlow United 3-1") from " verb ": the one or two
    words before it at a line's start or after one of ``joins`` and a space."""
    starts = set()
    for hit in literal_hits(text, _spaced(verbs, " ", " ")):
        first = _back(text, hit, _LETTERS)
        names = [first]
        if first and text[first - 1] == " ":
            names.append(_back(text, first - 1, _LETTERS))
        for k in names:
            starts.add(k)
            starts.update(k - len(join) - 1 for join in joins if k > len(join))
    return matches_at(pattern, text, sorted(starts))


def clubs(pattern: re.Pattern, text: str, letters: tuple[str, ...]) -> Iterator[re.Match]:
    """``_CLUB`` ("Brande HK", "Ørum-Tjele IF") from " letters": the town's one or two parts before."""
    starts = set()
    for hit in literal_hits(text, _spaced(letters, " ", "")):
        k = _back(text, hit, _LOWER)
        if not (k and text[k - 1] in _CAPS):
            continue
        starts.add(k - 1)
        if k > 1 and text[k - 2] == "-":
            j = _back(text, k - 2, _LOWER)
            if j and text[j - 1] in _CAPS:
                starts.add(j - 1)
    return matches_at(pattern, text, sorted(starts))


def led_by(pattern: re.Pattern, text: str, leads: tuple[str, ...]) -> Iterator[re.Match]:
    """The matches of a pattern every match of which starts with one of ``leads``."""
    return matches_at(pattern, text, literal_hits(text, leads))
