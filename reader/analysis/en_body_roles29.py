"""English: a body's common noun in capitals at a sentence start before a job noun is no name:
"Committee chairman Cllr X said" gave the organisation "Committee" (probe29). A one-word name at a
sentence start whose word is a kind of body ("committee", "club", "board", ...) and which a
lower-case job noun follows ("chairman", "secretary", "leader") is dropped; "Labour leader X" and
"Unite officer X" stay, their words are no kind of body.
"""

from __future__ import annotations

from reader.analysis.en_person_of27 import _BODY_WORDS
from reader.analysis.en_sets import _ROLE_NOUNS

Span = tuple[int, int, str]
ON = True
_OPENERS = ".!?:\n\"”’"
_BODIES = _BODY_WORDS | frozenset("committee team panel cabinet commission council".split())


def body_roles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without each lone body noun that opens a sentence before a job noun."""
    out = spans
    for span in spans:
        s, e, _label = span
        word, after = text[s:e], text[e:e + 40].split()
        if (" " in word or word.lower() not in _BODIES or not after or after[0] not in _ROLE_NOUNS
                or text[e:e + 1] != " "):
            continue
        before = text[:s].rstrip(" ")
        if before and before[-1] not in _OPENERS:
            continue
        out = [x for x in out if x != span]
    return out
