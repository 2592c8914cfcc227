"""Known places of two or more words the tagger passes over because each word is an ordinary one
("i Hvide Sande": white, sand; "the English Channel"), a blind probe of new news (probe27).

A place of the gazetteer's (``gazetteer.CITIES``: towns, regions, seas) of two words or more,
written with its capitals where no name is found, is a place; a name found inside it (a word of
it) gives way to it. The literal gate is the place's first word among the text's tokens
(``word_sets``: each distinct word tested once), as ``forms24_da``'s known bodies."""

from __future__ import annotations

from reader.analysis.gazetteer import CITIES
from reader.analysis.spans22 import known_runs, overlapping, put
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import notable

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to both languages after the forms of probe24
_CHURCHES = frozenset(("kirke", "church", "cathedral", "domkirke"))  # bodies in this project's marks (ORG)
_LINKS = frozenset(("og", "and", "of", "de", "del", "es", "la", "le", "upon", "on", "am", "an", "der", "the"))


def _lengths() -> dict[str, list[int]]:
    """First word -> the word counts of the places it opens, the longest first."""
    out: dict[str, set[int]] = {}
    for low in CITIES:
        words = low.split(" ")
        if len(words) >= 2 and all(w.isalpha() for w in words) and words[0] not in _LINKS and words[-1] not in _CHURCHES:
            out.setdefault(words[0], set()).add(len(words))
    return {first: sorted(n, reverse=True) for first, n in out.items()}


_LENGTHS = _lengths()
_first_word = notable(lambda word: word[:1].isupper() and word.lower() in _LENGTHS)


def places(names: list[Span], tokens: Tokens) -> list[Span]:
    """``names`` with the known places of many words found (sorted, non-overlapping)."""
    hits = [(s, e, "LOC") for s, e in known_runs(tokens, _first_word, _LENGTHS, CITIES, _LINKS)]
    if not hits:
        return names
    out = list(names)
    for s, e, label in hits:
        over = overlapping(out, s, e)  # (a look-up, not a pass over every name)
        if any(x[0] < s or x[1] > e for x in over) or any(x[:2] == (s, e) for x in over):
            continue  # inside a longer name, or found with the place's extent already
        out = put(out, (s, e, label))
    return out
