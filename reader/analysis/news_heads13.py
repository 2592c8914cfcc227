"""Probe13's forms at a line's start (English title-case headlines, Danish role words opening a
paragraph), the rivers named after "the river", for ``news_forms13``, and the parties and
parliaments of Greenland and the Faroes, for ``news_found13``."""

from __future__ import annotations

import re
from typing import Callable

from reader.analysis.news_scans import literal_hits, matches_at

Span = tuple[int, int, str]

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_PLAIN_ROLE = re.compile(rf"[{_LOW}]+")
_FIRST = re.compile(rf"[{_UP}]")


_HEADLINE = re.compile(r"([^\n]{10,200})\n\n")
_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def headline(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """A headline in title case over an article (its first line, no full stop, a body of 200
    characters or more after it): its names are the body's, found there again ("Harrowden Brewery
    Profits Fall"); a capitalised word of it the body does not name is no name ("Sepsis Test"), but
    a person's full name is kept ("Speech by Nadia Ferreira": the speech's "I")."""
    m = _HEADLINE.match(text)
    if m is None or m.group(1).rstrip()[-1:] in ".!?:\"”" or len(text) - m.end() < 200:
        return spans
    long = [w for w in _LINE_WORD.findall(m.group(1)) if len(w) > 3]
    if len(long) < 3 or sum(w[0].isupper() for w in long) < 0.8 * len(long):
        return spans
    end = m.end(1)
    body = {}
    for s, e, label in spans:
        if s >= m.end():
            body.setdefault(text[s:e], label)
    kept = [x for x in spans if x[0] >= end or text[x[0]:x[1]] in body or (x[2] == "PER" and " " in text[x[0]:x[1]])]
    for x in spans:
        if x[0] < end and x not in kept:
            evidence.pop(x[:2], None)
    new = []
    for name in sorted(body, key=len, reverse=True):
        if len(name) < 3:
            continue
        k = text.find(name, 0, end)
        while k >= 0:
            e = k + len(name)
            if not (k and text[k - 1].isalnum()) and not text[e:e + 1].isalnum() and not any(
                x[0] < e and k < x[1] for x in kept + new if x[0] < end
            ):
                new.append((k, e, body[name]))
            k = text.find(name, e, end)
    return sorted(kept + new) if new or len(kept) < len(spans) else spans


RIVER = re.compile(rf"the river ({_CAP}(?: {_CAP})?)(?![\w'’-])")
_OPENERS: dict[tuple[str, ...], re.Pattern] = {}


def role_openers(text: str, spans: list[Span], roles: tuple[str, ...], at: Callable[[list[Span], int], int | None]) -> list[Span]:
    """Danish: a role word (ending in one of ``roles``; ``at``: the index of the span at a
    position) opening a paragraph and two or three capitalised words after it that no
    name overlaps ("Chauffør Ahmad Rahimi har kørt bus") are a person."""
    pattern = _OPENERS.get(roles)
    if pattern is None:
        ends = "|".join(sorted(set(roles), key=len, reverse=True))
        whole = "|".join(sorted({r[:1].upper() + r[1:] for r in roles}, key=len, reverse=True))
        # Led by the line break (the engine skips to each), not by ``(?m)^`` (tried at every
        # position): the same matches but the one opening the text, which is no paragraph's opener.
        # Roles of lower-case letters make the opening word one run of them after a capital, then a
        # space and a capital: asked first, possessively, so that the engine does not try every
        # role at every letter of each line's first word (the same matches).
        plain = all(_PLAIN_ROLE.fullmatch(r) and _FIRST.fullmatch(r[:1].upper()) for r in roles)
        ahead = rf"(?=[{_UP}][{_LOW}]*+ [{_UP}])" if plain else ""
        pattern = _OPENERS[roles] = re.compile(
            rf"\n{ahead}(?:[{_UP}][{_LOW}]*(?:{ends})|{whole}) ({_CAP} {_CAP}(?: {_CAP})?)(?=[ ,.:])")
    out = []
    for m in pattern.finditer(text):
        if at(spans, m.start(1)) is None and at(spans, m.end(1) - 1) is None:
            out.append((m.start(1), m.end(1), "PER"))
    return out


# The parties and parliaments of Greenland and the Faroes (general knowledge, as the Danish ones
# in the gazetteer).
_REALM = ("Siumut", "Inuit Ataqatigiit", "Demokraatit", "Naleraq", "Atassut", "Nunatta Qitornai", "Inatsisartut",
          "Naalakkersuisut", "Lagtinget", "Løgtinget", "Fólkaflokkurin", "Javnaðarflokkurin", "Sambandsflokkurin",
          "Tjóðveldi", "Framsókn", "Miðflokkurin", "Sjálvstýrisflokkurin")
_REALM_NAME = re.compile(rf"(?:{'|'.join(_REALM)})s?(?![\w-])")


def realm(text: str) -> list[Span]:
    """The parties and parliaments of Greenland and the Faroes named in ``text`` (Danish)."""
    out = []
    for m in matches_at(_REALM_NAME, text, literal_hits(text, _REALM)):
        if not (m.start() and text[m.start() - 1].isalnum()):
            out.append((m.start(), m.end(), "ORG"))
    return out
