"""Danish: an unfound capitalised run after a person's reporting verb ("fastslog Hauth") is a person;
a name followed by an age or "han"/"hun" is shown a person (``person_shown``, attack24)
(namesda23, run by ``da_forms23.forms``; CV on UNER-DA train 0.8499 -> 0.8503, unseen 0.7787 -> 0.7794:
two names gained, none lost)."""

from __future__ import annotations

import re

from reader.analysis.forms22 import _ordinary
from reader.analysis.spans22 import overlapping, put
from reader.analysis.word_sets import notable, where

Span = tuple[int, int, str]

# A person's reporting verb before a capitalised run the tagger left ("," fastslog Hauth efter
# stævnet", "mener Filip Willemoes."): a person, when its words are no ordinary words, no genitive
# before a noun ("oplyser Statoils informationschef") and no role ("siger S-ordføreren"). Verbs that
# bodies take as often ("oplyser", "skriver") are left out.
_SAY_VERBS = frozenset("""siger sagde mener mente fastslår fastslog fortæller fortalte forklarer forklarede
    understreger understregede tilføjer tilføjede""".split())
_SAID = re.compile(
    r"\w+ ([A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?: [A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?){0,2})"
    r"(?=[ .,;:!?\n]|$)"
)


@notable
def _say_verb(word: str) -> bool:
    return word in _SAY_VERBS


def says(text: str, spans: list[Span], tokens, vocab: dict) -> None:
    """An unfound capitalised run after a person's reporting verb: a person; in place."""
    for k in where(tokens.words, _say_verb):
        m = _SAID.match(text, tokens.starts[k])
        if not m:
            continue
        s, e = m.span(1)
        if overlapping(spans, s, e):
            continue
        words = m.group(1).split(" ")
        if any(_ordinary(w, vocab) for w in words):
            continue
        after = text[e:e + 20].split()
        if words[-1].endswith("s") and after and after[0][:1].islower():
            continue  # "oplyser Statoils informationschef"
        put(spans, (s, e, "PER"))


# A mention the article then gives an age or a "han"/"hun" ("konkurrenten Mette Krogh ... siger Mette
# Krogh. Hun er 52 år"; "købmanden X, som er 66 år"): a person, however a firm noun introduced it.
_PERSON_AFTER = re.compile(r"(?:,? (?:der|som) (?:er|blev) \d{1,3} år|, \d{1,3}(?: år)?[,.]| \(\d{1,3}\)|"
                           r"[.!?] (?:Hun|Han) |, (?:fortæller|siger) (?:hun|han)\b)")


def person_shown(text: str, name: str) -> bool:
    """Whether a mention of ``name`` is followed by a person's age or pronoun (``_PERSON_AFTER``)."""
    at = text.find(name)
    while at >= 0:
        if _PERSON_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False
