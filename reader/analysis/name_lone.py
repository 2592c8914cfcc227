"""Lone words a news story names by how they are written, that the tagger passes over (a blind probe
of new stories, probe8): a state authority of one word ("Vejdirektoratet", "Miljøministeriet"), a
place after the word for its kind ("bydelen Jerne"), an acronym or a firm found once, found again
where the text names it without its legal form or at a sentence's end ("SolVest A/S" ... "SolVest
oplyser"; "fra DMI" ... "oplyser DMI."). Called by ``name_patterns`` (pattern "lone"; Danish)."""

from __future__ import annotations

from typing import Callable

from reader.analysis.name_base import runs
from reader.analysis.name_joins import KIND_WORDS
from reader.analysis.word_sets import notable, where

# The endings of a Danish state authority's one-word name (not "Bestyrelsen": a board).
_AUTHORITY_ENDS = tuple(
    end + tail for end in ("ministeriet", "direktoratet", "styrelsen", "tilsynet") for tail in ("", "s")
)
_NOT_AUTHORITY = ("bestyrelsen", "bestyrelsens")
# The words for a kind of place before its name ("bydelen Jerne", "landsbyen Stevning").
_PLACE_KINDS = frozenset("bydelen landsbyen forstaden kvarteret sognet".split())
_LEGAL_FORMS = frozenset("a/s aps i/s p/s k/s amba".split())


@notable
def _authority(word: str) -> bool:
    low = word.lower()
    ends = [end for end in _AUTHORITY_ENDS if low.endswith(end)]
    return word[:1].isupper() and word.isalpha() and bool(ends) and (
        not low.endswith(_NOT_AUTHORITY) and len(low) >= len(max(ends, key=len)) + 3
    )


@notable
def _place_kind(word: str) -> bool:
    return word in _PLACE_KINDS


def lone_names(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """Add the lone names above to ``tags`` (in place) with ``put(k, j, label)``."""
    n = len(words)
    for k in where(words, _authority):
        if k not in tags and not (k and words[k - 1][:1].isupper() and k - 1 in tags):
            put(k, k + 1, "ORG")
    for k in where(words, _place_kind):
        m = k + 1
        if m < n and m not in tags and _lone_capital(words, m):
            put(m, m + 1, "LOC")
    _found_again(words, tags, put)


def _lone_capital(words: tuple[str, ...], k: int) -> bool:
    """A capitalised word of letters, not in capitals, with no capitalised word after it."""
    word = words[k]
    return word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 2 and (
        k + 1 == len(words) or not words[k + 1][:1].isupper()
    )


def _found_again(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """An organisation's acronym ("DMI"), a firm's name without its legal form ("SolVest" of "SolVest
    A/S") or a one-word name after its kind ("plejecentret Solbakken") is the organisation wherever
    else the text writes it alone."""
    again: dict[str, str] = {}
    for k, j, label in runs(tags):
        if label != "ORG":
            continue
        if j == k + 1 and words[k].isupper() and words[k].isalpha() and 2 <= len(words[k]) <= 6:
            again[words[k]] = "ORG"
        elif j == k + 2 and words[j - 1].lower() in _LEGAL_FORMS and words[k][:1].isupper() and words[k].isalpha():
            again[words[k]] = "ORG"
        elif j == k + 1 and k and words[k - 1].islower() and words[k - 1].endswith(KIND_WORDS) and words[k].isalpha():
            again[words[k]] = "ORG"  # "plejecentret Solbakken" ... "Solbakken skal" (probe9)
    if not again:
        return
    n = len(words)
    for k in where(words, again.__contains__):
        if k not in tags and not (k + 1 < n and (words[k + 1][:1].isupper() or words[k + 1].lower() in _LEGAL_FORMS)) and (
            not (k and words[k - 1][:1].isupper() and k - 1 in tags)
        ):
            put(k, k + 1, again[words[k]])
