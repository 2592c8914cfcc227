"""Danish: two or three capitalised words right after a role word ("Aktieanalytiker Sune
Bech-Larsen", "borgmester Aksel Brix") that the tagger passed over are a person (a blind probe of
new stories, probe11). Works on the spans of ``names.find_names`` after the other rules."""

from __future__ import annotations

import re
from typing import Iterator

from reader.analysis.lexicon import ROLE_SUFFIXES
from reader.analysis.span_set import SpanSet

Span = tuple[int, int, str]

ON = True
_ROLES = tuple(sorted({r for r in ROLE_SUFFIXES if not r.endswith(("en", "et"))}, key=len, reverse=True))
_PART = r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?"
# The role word and the names after it; the word must be letters only from a word's start. Searched
# from the role (the word's own start would be tried at every position of the text).
_AFTER_ROLE = re.compile(r"(?:" + "|".join(_ROLES) + r") (" + _PART + r"(?: " + _PART + r"){1,2})(?=[\s,.:;!?)])")
# What every match starts with, read backwards: a capital, the space and the role reversed (a
# capital leads, so the engine skips to the capitals of the reversed text; no role ends another,
# so each capital gives one role).
_BACKWARDS = re.compile("[A-ZÆØÅ] (?:" + "|".join(role[::-1] for role in _ROLES) + ")")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅabcdefghijklmnopqrstuvwxyzæøå")
_NOT_BEFORE = re.compile(r"[\w-]")


def _after_roles(text: str) -> Iterator[re.Match]:
    """The matches of ``_AFTER_ROLE`` whose role ends a word of letters only (A-Å), that starts the
    text or follows a character that is neither a word character nor a hyphen. Tried only where a
    role, a space and a capital are written (``_role_starts``)."""
    pos = 0
    for at in _role_starts(text):
        if at < pos or (match := _AFTER_ROLE.match(text, at)) is None:
            continue
        start = at
        while start and text[start - 1] in _LETTERS:
            start -= 1
        if start and _NOT_BEFORE.match(text, start - 1):
            continue
        yield match
        pos = match.end()


def _role_starts(text: str) -> list[int]:
    """Every position where a role, a space and a capital are written, in order: found in the
    reversed text (6 us an article, against 17 us for the 21 roles and a space by ``str.find``)."""
    n = len(text)
    return [n - m.end() for m in _BACKWARDS.finditer(text[::-1])][::-1]


def role_people(text: str, spans: list[Span], vocab: dict | None = None) -> list[Span]:
    """``spans`` with such people added where no name overlaps them (``vocab``: the tagger's
    vocabulary; a word it knows only in lower case is no part of a name)."""
    if not ON:
        return spans
    vocab = vocab or {}
    new = []
    taken = SpanSet(spans)
    for m in _after_roles(text):
        s, e = m.start(1), m.end(1)
        words = re.split(r"[ -]", m.group(1))
        if any(vocab.get(w.lower()) == "L" for w in words) or taken.overlaps(s, e):
            continue
        new.append((s, e, "PER"))
        taken.add(s, e)
    return sorted(spans + new) if new else spans
