"""Lone words a news story names by how they are written, that the tagger passes over (a blind probe
of new stories, probe8): a state authority of one word ("Vejdirektoratet", "Miljøministeriet"), a
place after the word for its kind ("bydelen Jerne"), an acronym or a firm found once, found again
where the text names it without its legal form or at a sentence's end ("SolVest A/S" ... "SolVest
oplyser"; "fra DMI" ... "oplyser DMI."); a person's surname alone or in the genitive after the full name ("Kamal Haddad" ...
"Haddad er ikke bekymret"), and a town before a person after "i" ("tillidsrepræsentant i Horsens
Kamal Haddad", probe10). Called by ``name_patterns`` (pattern "lone"; Danish)."""

from __future__ import annotations

from typing import Callable

from reader.analysis.gazetteer import CITIES, ORG_WORDS, lookup
from reader.analysis.name_base import runs
from reader.analysis.name_joins import KIND_WORDS
from reader.analysis.word_sets import notable, where

# Courts of one word ("Arbejdsretten"; probe10).
_MORE_ENDS = ("retten",)
# The endings of a Danish state authority's one-word name (not "Bestyrelsen": a board).
_AUTHORITY_ENDS = tuple(
    end + tail for end in ("ministeriet", "direktoratet", "styrelsen", "tilsynet") + _MORE_ENDS for tail in ("", "s")
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


def lone_names(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None],
               vocab: dict[str, str] | None = None) -> None:
    """Add the lone names above to ``tags`` (in place) with ``put(k, j, label)`` (``vocab``: the
    tagger's vocabulary classes, "L" for a word seen in lower case only)."""
    n = len(words)
    for k in where(words, _authority):
        if k not in tags and not (k and words[k - 1][:1].isupper() and k - 1 in tags):
            put(k, k + 1, "ORG")
        elif tags.get(k, "").startswith("B-") and tags[k] != "B-ORG" and tags.get(k + 1, "O")[0] != "I":
            put(k, k + 1, "ORG")  # "Tjenestemandsretten" taken for a place (probe10)
    for k in where(words, _union) if ACRONYMS else ():
        m = k + 1  # "med Fødevareforbundet NNF": a union and its acronym, inside a sentence (probe10)
        if k and k not in tags and words[k - 1] not in _OPENERS and m < n and tags.get(m) == "B-ORG" and (
            _acronym(words[m]) and tags.get(m + 1, "O")[0] != "I"
        ):
            put(k, m + 1, "ORG")
    for k in where(words, _place_kind):
        m = k + 1
        if m < n and m not in tags and _lone_capital(words, m):
            put(m, m + 1, "LOC")
    _found_again(words, tags, put)
    if ACRONYMS:
        _source_acronyms(words, tags, put)
    if COUNCILS:
        _councils(words, tags, put, vocab or {})
    if PLACE_PERSON:
        _place_then_person(words, tags, put)


ACRONYMS = True  # "Ifølge DMI", "DMI har udsendt": an acronym as a source (probe10)
COUNCILS = True  # "Skive Byråd", "Enhedslistens": a town's council, a known body's genitive (probe10)
PLACE_PERSON = True  # "i Horsens Kamal Haddad": a town, then a person (probe10)


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


def _plain_word(word: str) -> bool:
    """A capitalised word of letters (a hyphen allowed), not in capitals."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper() and len(word) > 1


def _place_then_person(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """One name of a known town and two or three words more after "i" ("formand i Horsens Kamal
    Haddad"): the town, then a person (none of the words after it a known place or body word)."""
    for k, j, _label in runs(tags):
        if not (3 <= j - k <= 4 and k >= 1 and words[k - 1] == "i"):
            continue
        rest = words[k + 1:j]
        if words[k].lower() in CITIES and all(_plain_word(w) for w in rest) and not any(
            lookup(w.lower()) or w.lower() in ORG_WORDS for w in rest
        ):
            put(k, k + 1, "LOC")
            put(k + 1, j, "PER")


def surnames_again(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """The last word of a person's name of two or three plain words, written alone (or with a
    genitive "s") where no name stands, with no capitalised word after it, is that person; the
    whole name with a genitive "s" too (called by ``name_patterns`` after ``lone_names``)."""
    again: set[str] = set()
    fulls: set[tuple[str, ...]] = set()
    for k, j, label in runs(tags):
        if label == "PER" and 2 <= j - k <= 3 and all(_plain_word(w) for w in words[k:j]):
            last = words[j - 1]
            again.add(last)
            if not last.endswith("s"):
                again.add(last + "s")
        if label == "PER" and 2 <= j - k <= 3 and not words[j - 1].endswith("s") and words[j - 1][1:].isalpha():
            fulls.add(words[k:j - 1] + (words[j - 1] + "s",))  # "Yousef al-Masris søn"
    n = len(words)
    at: dict[tuple[str, ...], list[int]] = {}  # where each is written (one pass over the first words)
    firsts = {full[0] for full in fulls}
    for k in where(words, firsts.__contains__) if fulls else ():
        for size in (2, 3):
            if words[k:k + size] in fulls:
                at.setdefault(words[k:k + size], []).append(k)
    for full in fulls:
        for k in at.get(full, ()):
            j = k + len(full)
            if not any(m in tags for m in range(k, j)):
                put(k, j, "PER")
    if not again:
        return
    for k in where(words, again.__contains__):
        if k not in tags and (k + 1 == n or not words[k + 1][:1].isupper()) and not (k and words[k - 1][:1].isupper()):
            put(k, k + 1, "PER")


# What a body as a source does, right after its acronym opening a sentence ("DMI har udsendt").
_SOURCE_VERBS = frozenset("har oplyser skriver siger melder vurderer forventer advarer varsler udsender mener".split())
_OPENERS = frozenset(". : ! ? - – »".split())


def _source_acronyms(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """An acronym of two to six capitals in no name after "ifølge", or opening a sentence before
    a verb a source uses ("DMI har udsendt et varsel"), is an organisation."""
    n = len(words)
    for k in where(words, _acronym):
        if k in tags or k + 1 < n and words[k + 1][:1].isupper():
            continue
        before = words[k - 1] if k else "."
        if before.lower() == "ifølge" or before in _OPENERS and k + 1 < n and words[k + 1] in _SOURCE_VERBS:
            put(k, k + 1, "ORG")


@notable
def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


@notable
def _union(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word.endswith("forbundet") and len(word) > 12


# A council's word after its town's name ("Skive Byråd").
_COUNCILS = frozenset("Byråd Byrådet Kommunalbestyrelse Kommunalbestyrelsen Regionsråd Regionsrådet".split())


def _councils(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None],
              vocab: dict[str, str]) -> None:
    """A town's name and its council ("Skive Byråd") is one organisation; a known body's genitive
    in no name, before a lower-case word ("Enhedslistens eneste medlem"), is that body (not an
    ordinary noun: "Kommunens")."""
    n = len(words)
    for k in where(words, _COUNCILS.__contains__):
        if k and k not in tags and _plain_word(words[k - 1]) and tags.get(k - 1, "B")[0] == "B" and (
            k - 1 in tags or words[k - 1].lower() in CITIES
        ):
            put(k - 1, k + 1, "ORG")
    for k in where(words, _genitive_capital):
        if k not in tags and k + 1 < n and words[k + 1].islower() and lookup(words[k][:-1].lower()) == "ORG" and (
            vocab.get(words[k][:-1].lower()) != "L" and vocab.get(words[k].lower()) != "L"
        ) and not (
            k and words[k - 1][:1].isupper() and k - 1 in tags
        ):
            put(k, k + 1, "ORG")


@notable
def _genitive_capital(word: str) -> bool:
    return len(word) > 4 and word[:1].isupper() and word.endswith("s") and word.isalpha() and not word.isupper()
