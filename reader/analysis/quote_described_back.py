"""English news: a definite description that points back to the same description brought in
before with an indefinite article and no name ("A spokesperson for Brentshire County Council said
no decision had been taken. ... "...," the spokesperson said.": the spokesperson for the council),
when no person named near stands for it (quotesen17)."""

from __future__ import annotations

import re

from reader.analysis.people import People
from reader.analysis.quote_described_near import _APPOSED, _person_head, one_named_near
from reader.analysis.reporting_verbs import speech_verbs
from reader.analysis.speakers import phrase

_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def near_or_introduced(text: str, people: People, mention: tuple[int, int], covered, language: str = "en") -> str | None:
    """The one person named near a definite description (``one_named_near``), else in English the
    indefinite description it points back to, as written there ("a spokesperson for X")."""
    near = one_named_near(text, people, mention, covered, language)
    return near if near is not None or language != "en" else introduced_before(text, people, mention, covered)


def introduced_before(text: str, people: People, mention: tuple[int, int], covered) -> str | None:
    """The last "a/an ... <head>" before ``mention`` ("the <modifiers> <head>"), outside quotations,
    that is the subject of a verb in its own sentence with no name in apposition, as the phrase
    written there; None if there is none."""
    words = text[mention[0]:mention[1]].split()
    head = words[-1].lower()
    if words[0].lower() != "the" or not _person_head(head, "en"):
        return None
    modifiers = {w.lower() for w in words[1:-1]}
    pattern = re.compile(rf"\b[Aa]n?\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(head)}\b")
    last = None
    for match in pattern.finditer(text, 0, mention[0]):
        if not covered(match.start()) and modifiers <= {w.lower() for w in match.group().split()}:
            last = match
    if last is None:
        return None
    apposed = _APPOSED.match(text, last.end())
    if apposed is not None and people.person_in(apposed.end(), apposed.end() + 1) is not None:
        return None  # "A spokesperson for X, Y, said": Y, named
    verb = _verb_after(text, last.end())
    if verb is None:
        return None
    found = phrase(text, last.start(), verb, people, "en")
    if found is None or found.kind != "description" or found.start != last.start():
        return None
    written = text[found.start:found.end]
    return written[0].lower() + written[1:]


def _verb_after(text: str, start: int) -> int | None:
    """Where the clause's verb of saying stands, within its sentence and 80 characters."""
    verbs = speech_verbs("en")
    for word in _WORDS.finditer(text, start, min(len(text), start + 80)):
        if word.group().lower() in verbs:
            return word.start()
        if re.search(r"[.!?;:\"“”\n]", text[start:word.start()]):
            return None
    return None
