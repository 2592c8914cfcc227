"""English short forms a news story uses after the full name (a blind probe, probe10): a football
club named in full once ("Leeds United", "Real Betis") and by its town or its own word after that
("Leeds have offered", "Betis want"), and the platform X ("posted on X")."""

from __future__ import annotations

import re

from reader.analysis.span_set import SpanSet

# The words that make a club of a town's name ("Leeds United") and that open one ("Real Betis").
_CLUB_LAST = frozenset("united city town rovers athletic wanderers albion county rangers hotspur fc afc".split())
_CLUB_FIRST = frozenset("real fc afc sporting atlético atletico inter dynamo".split())
# Words before a place, not a club ("in Leeds", "near Porto").
_PLACE_BEFORE = frozenset("in at near from to of around outside across".split())
_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]*")
_POSTED_VERBS = ("posted wrote tweeted said shared announced writes posts skriver skrev meddeler"
                 " says lyder oplyser siger").split()  # (the last four: probe12)
_POSTED = re.compile(rf"\b(?:{'|'.join(_POSTED_VERBS)})\b[^.\n]{{0,60}}?\b(?:on|på) (X)\b(?![\w-])")
# Where a match can end ("on X", "på X"; led by a literal the engine skips to), and how far before
# the space before X it can start: a verb, 60 characters, "on".
_POSTED_END = re.compile(r" X\b(?![\w-])(?<=(?:on|på) X)")
_POSTED_REACH = max(map(len, _POSTED_VERBS)) + 60 + 2


def club_short_forms(text: str, spans: list, evidence: dict | None = None) -> list:
    """``spans`` with a club's short form an organisation wherever it stands alone, unless the text
    names the town as a place somewhere ("in Leeds"; the typer's ``evidence`` for a retyped one let go)."""
    shorts: set[str] = set()
    for s, e, label in spans:
        words = text[s:e].split()
        if label == "ORG" and len(words) == 2 and words[1].lower() in _CLUB_LAST and words[0][:1].isupper():
            shorts.add(words[0])
        elif label == "ORG" and len(words) == 2 and words[0].lower() in _CLUB_FIRST and words[1][:1].isupper():
            shorts.add(words[1])
    if not shorts:
        return spans
    by_start = {s: (s, e, label) for s, e, label in spans}
    out = []
    taken = SpanSet(spans)
    alone = [m for m in _WORD.finditer(text) if m.group() in shorts and not text[m.end():m.end() + 1].isalnum()]
    placed = {m.group() for m in alone if text[max(0, m.start() - 12):m.start()].split()[-1:] in [[w] for w in _PLACE_BEFORE]}
    for m in alone:
        if m.group() in placed or text[m.end():].lstrip()[:1].isupper():
            continue  # the town named as a place anywhere in the text ("grew up in Leeds"): no short form
        own = by_start.get(m.start())
        if own is not None and own[1] == m.end() and own[2] != "ORG":
            by_start[m.start()] = (m.start(), m.end(), "ORG")
            if evidence:
                evidence.pop((m.start(), m.end()), None)
        elif own is None and not taken.overlaps(m.start(), m.end()):
            out.append((m.start(), m.end(), "ORG"))
    return sorted(list(by_start.values()) + out)


def platform_x(text: str, spans: list) -> list:
    """"posted on X", "skriver politiet på X": the platform X is an organisation."""
    found = [(m.start(1), m.end(1), "ORG") for m in _posted(text)]
    if not found:
        return spans
    taken = SpanSet(spans)
    return sorted(spans + [x for x in found if not taken.overlaps(x[0], x[1])])


def _posted(text: str) -> list[re.Match]:
    """``list(_POSTED.finditer(text))``, tried only at the positions a match can start at: within
    reach before an "on X" or "på X" (the pattern led by a word boundary is tried at every position)."""
    found: list[re.Match] = []
    at = 0
    for end in _POSTED_END.finditer(text):
        for start in range(max(at, end.start() - _POSTED_REACH), end.start()):
            if start >= at and (match := _POSTED.match(text, start)) is not None:
                found.append(match)
                at = match.end()
    return found
