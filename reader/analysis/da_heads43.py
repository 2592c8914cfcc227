"""Danish: a capitalised word inside a sentence that ends in a body's or a structure's definite
head is a name the tagger may have left out (issue 16, stop 43).

"Også Bornholmslinjen melder om forsinkelser", "da Vandselskabet meldte ...": Danish capitalises
such a word inside a sentence only as a name, and the tagger, which had never seen it, left it out.
Where no name was found on the word and training never writes it in lower case, a head of a body
("-linjen", "-selskabet", "-styrelsen", "-rådet", "-foreningen", "-politiet" ...) makes it an
organisation and a structure's head ("-broen", "-havnen", "-pladsen" ...) a place. Not at a
sentence's opening (but for the places the Danish list knows, "Storebæltsbroen er lukket"): there "Beboerforeningen i Kragsbøl" and "Elevrådet på X Skole" are descriptions
written with a capital (tried in stop 41 and dropped on our articles). Danish CV 0.8510 with and
without (it fires twice in the training split); our articles: see docs/names.md.
"""

from __future__ import annotations

import re

from reader.analysis.gaz_da import DA_PLACES
from reader.analysis.news_bodies14 import _opens  # (a sentence's, a line's, a quotation's opening)

Span = tuple[int, int, str]

ON = True
_ORG = ("linjen", "linjerne", "selskabet", "styrelsen", "direktoratet", "ministeriet", "rådet", "nævnet",
        "tilsynet", "forbundet", "foreningen", "kommissionen", "højskolen", "ordenen", "partiet", "klubben",
        "fonden", "banken", "kassen", "instituttet", "universitetet", "hospitalet", "sygehuset", "politiet",
        "akademiet", "teatret", "orkestret")
_LOC = ("broen", "tunnelen", "havnen", "fjorden", "hallen", "parken", "pladsen", "torvet", "stationen",
        "lufthavnen", "bugten", "sundet")
_KNOWN = frozenset(w for w in DA_PLACES.split() if "_" not in w)  # ("Storebæltsbroen er lukket": also opening)
_NAME_BEFORE = re.compile(r"[A-ZÆØÅ][\w-]* (?:af|for|til|ved|i|på|og) $")
_NEXT_NAME = re.compile(r" (?:[A-ZÆØÅ0-9]|&)")
_WORD = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]{2,}(?:" + "|".join(_ORG + _LOC) + r")(?![\w-])")


def heads(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """``spans`` with the capitalised head words above added where nothing was found on them."""
    if not ON or not any(head in text for head in _ORG + _LOC + (" Park", " Arena", " Stadion")):
        return spans
    added: list[Span] = []
    near = _Near(spans)
    for m in _WORD.finditer(text):
        s, e = m.span()
        word = m.group()
        if _opens(text, s) and word not in _KNOWN or vocab.get(word.lower()) in ("L", "B") or near.touches(s - 1, e + 1):
            continue  # (also a name right beside it: "Forbrugerrådet Tænk", "Regionshospitalet Viborg")
        if _NEXT_NAME.match(text, e) or text[max(0, s - 5):s] in ("- og ", "- el ") or text[max(0, s - 8):s].endswith("- eller "):
            continue  # part of a longer name ("Boligforeningen Halsskovhus", "Konkurrence- og Forbrugerstyrelsen")
        if _NAME_BEFORE.search(text, max(0, s - 40), s):
            continue  # the end of a longer name ("Venner af Skovparken")
        added.append((s, e, "LOC" if word.endswith(_LOC) else "ORG"))
    if " Park" in text or " Arena" in text or " Stadion" in text:
        added += _venues(text, spans + added)
    return sorted(spans + added) if added else spans


class _Near:
    """Whether any of ``spans`` starts by ``end`` and ends from ``start`` on, in log time (a pass
    over every span for each head word was quadratic: minutes for a story of megabytes)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted((x[0], x[1]) for x in spans)
        self.starts = [x[0] for x in ordered]
        self.ends: list[int] = []  # the furthest end of the spans up to each one
        for _start, stop in ordered:
            self.ends.append(max(stop, self.ends[-1]) if self.ends else stop)

    def touches(self, start: int, end: int) -> bool:
        from bisect import bisect_right

        k = bisect_right(self.starts, end) - 1
        return k >= 0 and self.ends[k] >= start


_VENUE = re.compile(r"(?<![\w-])[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*)? (?:Park|Arena|Stadion)(?![\w-])")


def _venues(text: str, spans: list[Span]) -> list[Span]:
    """A ground named by capitalised words and Park, Arena or Stadion ("i Ceres Park", "på Brøndby
    Stadion") where nothing was found on it: a place."""
    out = []
    for m in _VENUE.finditer(text):
        s, e = m.span()
        if not any(x[0] < e and s < x[1] for x in spans):
            out.append((s, e, "LOC"))
    return out
