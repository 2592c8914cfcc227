"""English: a plural noun opening a sentence before a plural verb is no person ("Islanders have
complained for years", "Commuters were stranded"): the tagger read the capital of a sentence's first
word as a name after a sentence full of names (the sample mix-01; lead, stop 42). A surname as a
family ("The Hills have") opens with "The"; a club ("Rangers have won") is no person either way."""

from __future__ import annotations

import re

from reader.analysis.en_words import EN_VOCABULARY

ON = True
Span = tuple[int, int, str]

_PLURAL_VERB = re.compile(r"\s+(?:have|are|were|say|fear|want|need|complain|complained|worry|worried|feel)\b")
_PEOPLE_ENDS = ("ers", "ians", "ists", "ants", "ents", "ors", "ees")


def plural_openers(text: str, names: list[Span]) -> list[Span]:
    """``names`` without a one-word person that is a plural noun for people opening a sentence and
    followed by a plural verb."""
    out = names
    for span in names:
        s, e, label = span
        if label != "PER" or e - s < 6 or text[e - 1] != "s":
            continue
        word = text[s:e]
        low = word.lower()
        if not word.isalpha() or not (low.endswith(_PEOPLE_ENDS) or low[:-1] in EN_VOCABULARY):
            continue
        if not _PLURAL_VERB.match(text, e) or not _opens_sentence(text, s):
            continue
        out = [x for x in out if x != span]
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" ")
    return not before or before[-1] in ".!?\n\"”"
