"""Names in the forms of a sixth blind probe of news stories (probe12), applied after the other
rules: a ship's name after the word for its kind or its prefix is no name ("kutteren Karen
Margrethe", "fregatten Peter Willemoes", "the trawler Mary Ellen", "HMS Duncan", "RRS Sir David
Attenborough"), English ranks and church titles are cut off a person ("Cdr Sarah Whitfield", "the
Rt Rev Jane Holloway", "Rev Canon Mary Ashdown"), a name's last or first word types it ("Chester
Zoo", "Diocese of Norwich", "Sejerslev Sogn", "Morsø Provsti"), a place as a source is a body
("lyder det fra Molslinjen"), and ordinary words without a given name are no person ("National
Grid said"). Each looks only at the spans found and the words right before them; the names these
forms add are ``news_found12``'s."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from reader.analysis.en_people_forms import NEWS_TITLES
from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY
from reader.analysis.news_found12 import found_names
from reader.analysis.titles import HONORIFICS, is_honorific

Span = tuple[int, int, str]

VESSELS = True
RANKS = True
KIND_WORDS = True
PLAIN_BODIES = True
SOURCES = True

_DA_SOURCE_BEFORE = ("lyder det fra ", "oplyser ")
# The word for a ship's kind right before its name (Danish in the definite form).
_VESSELS_DA = frozenset(
    "kutteren trawleren fregatten korvetten færgen skibet båden fartøjet ubåden skonnerten galeasen"
    " yachten jollen slæbebåden redningsbåden".split())
_VESSEL_ENDINGS_DA = ("skibet", "båden", "færgen", "kutteren", "fregatten", "fartøjet")
_VESSELS_EN = frozenset(
    "trawler ship vessel frigate destroyer ferry lifeboat yacht tug tanker liner submarine schooner"
    " trawlers warship icebreaker dredger".split())
# A ship's prefix, written before its name or as the name's first word ("HMS Duncan").
_PREFIXES = frozenset("HMS HMY RRS MV MS USS SS RV HMNZS HMAS HMCS M/S M/F M/T".split())
# Ranks and church titles written short before a person, beyond the shared title words.
_RANKS = frozenset("cdr cdr. cmdr lt col maj brig adm cpl pte rt rt. rev revd canon ranger prof".split())
_RANK_WORDS = _RANKS | NEWS_TITLES | HONORIFICS
# How the word before a ship's name may end (one test in C of each person; ``_ship`` decides).
_SHIP_ENDS = {
    language: tuple(sorted(words | {w.capitalize() for w in words} | _PREFIXES | {"Sir", "Dame"}))
    for language, words in (("da", _VESSELS_DA | set(_VESSEL_ENDINGS_DA)), ("en", _VESSELS_EN))}
# The last word of a name that types it ("Chester Zoo", "Morsø Provsti", "Sejerslev Sogn").
_KIND_LAST = {"en": (("Zoo", "ORG"), ("Ventures", "ORG")), "da": tuple((w, "ORG") for w in (
    "Zoo", "Provsti", "Stift", "Bispedømme", "Folkeblad", "Avis", "Dagblad", "Amtsavis", "Stiftstidende", "Tidende"))
    + (("Sogn", "LOC"),)}


def news_forms12(text: str, spans: list[Span], language: str, evidence: dict | None = None,
                 vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above applied; a span changed or dropped
    leaves ``evidence`` (``vocab``: the tagger's vocabulary classes, "L" a word seen in lower case only)."""
    evidence = evidence if evidence is not None else {}
    changed: dict[int, Span | None] = {}  # the index of each span changed (None: dropped)
    people = ("PER", "ORG") if language == "en" else ("PER",)
    for k, span in enumerate(spans):
        if span[2] in people:
            new = _person(text, span, language, vocab or {})
            if new != span:
                changed[k] = new
    if KIND_WORDS or SOURCES:
        _kinds(text, spans, language, changed)
    if not changed:
        return found_names(text, spans, language, evidence)
    out: list[Span] = []
    for k, span in enumerate(spans):
        if k in changed:
            evidence.pop(span[:2], None)
            span = changed[k]
        if span is not None:
            out.append(span)
    return found_names(text, out, language, evidence)


def _person(text: str, span: Span, language: str, vocab: dict) -> Span | None:
    """A person (or an English body) as the forms decide it (None: no name): a ship, a rank, ordinary words."""
    s, e, label = span
    name = text[s:e]
    first = name.partition(" ")[0]
    if VESSELS and label == "PER" and (first in _PREFIXES or text[s - 1:s] == " " and text.endswith(
            _SHIP_ENDS[language], s - 14 if s > 14 else 0, s - 1)) and _ship(text, s, e, language):
        return None  # (the tagger takes a ship named like a person for one)
    english = language == "en"
    if RANKS and english and first.lower() in _RANK_WORDS:
        trimmed = _without_ranks(text, s, e, label)
        if trimmed is None:
            return None
        if trimmed != s:
            return trimmed, e, "PER"
    if PLAIN_BODIES and english and label == "PER" and first.lower() not in EN_GIVEN_NAMES and _plain_words(name, vocab):
        return s, e, "ORG"  # "National Grid said": ordinary words, no given name, are no person
    return span


def _kinds(text: str, spans: list[Span], language: str, changed: dict[int, Span | None]) -> None:
    """The names a kind word ends or opens ("Chester Zoo", "Sejerslev Sogn", "Diocese of Norwich"),
    and a place as a Danish source ("lyder det fra Molslinjen"), each searched from its literal."""
    starts = [x[0] for x in spans]
    ends = [x[1] for x in spans]
    if KIND_WORDS:
        for word, label in _KIND_LAST[language]:
            for at in _finds(text, " " + word):
                end = at + 1 + len(word)
                k = bisect_left(ends, end)
                if k < len(spans) and ends[k] == end and spans[k][0] < at and not text[end:end + 1].isalnum():
                    _retype(spans, k, label, changed)
        for at in _finds(text, "Diocese of ") if language == "en" else ():
            k = bisect_left(starts, at)
            if k < len(spans) and starts[k] == at:
                _retype(spans, k, "ORG", changed)
    for literal in _DA_SOURCE_BEFORE if SOURCES and language == "da" else ():
        for at in _finds(text, literal):
            k = bisect_left(starts, at + len(literal))
            if k < len(spans) and starts[k] == at + len(literal) and spans[k][2] == "LOC":
                _retype(spans, k, "ORG", changed)


def _retype(spans: list[Span], k: int, label: str, changed: dict[int, Span | None]) -> None:
    span = changed.get(k, spans[k])
    if span is not None and span[2] != label:
        changed[k] = (span[0], span[1], label)


def _finds(text: str, literal: str) -> Iterator[int]:
    """Where ``text`` holds ``literal``."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + len(literal))


def _plain_words(name: str, vocab: dict) -> bool:
    """Two or three capitalised ordinary words, none a given name, one seen only in lower case
    ("National Grid")."""
    words = name.split(" ")
    lows = [w.lower() for w in words]
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and (low in EN_VOCABULARY or vocab.get(low) in ("L", "B"))
        and low not in EN_GIVEN_NAMES for w, low in zip(words, lows)) and any(vocab.get(low) == "L" for low in lows)


def _ship(text: str, s: int, e: int, language: str) -> bool:
    """Whether the name at [s, e) is a ship's: its first word a ship's prefix, or the word before
    it (past an honorific: "RRS Sir David Attenborough") a ship's kind or prefix."""
    first = text[s:e].split(" ", 1)[0]
    if first in _PREFIXES and e - s > len(first):
        return True
    before = text[max(0, s - 40):s]
    if not before.endswith(" "):
        return False
    words = before.split()
    if words and is_honorific(words[-1]):
        words = words[:-1]
    if not words:
        return False
    word = words[-1]
    if word in _PREFIXES:
        return True
    if word[:1].isupper():  # only opening a sentence ("Kutteren Karen Margrethe"; not "Læsø Færgen Nanna Holt")
        lead = before.rstrip()[:-len(word)].rstrip(" \t")
        if lead and lead[-1] not in ".!?\n":
            return False
        word = word.lower()
    if language == "da":
        return word in _VESSELS_DA or word.endswith(_VESSEL_ENDINGS_DA)
    return word in _VESSELS_EN


def _without_ranks(text: str, s: int, e: int, label: str) -> int | None:
    """The start of a person's name after the ranks and titles written short that open the span
    ("Cdr Sarah Whitfield", "Rev Canon Mary Ashdown"); None when the span is such titles alone
    ("Rt Rev"). A body's span is cut only before two or three capitalised words."""
    words = text[s:e].split(" ")
    k = 0
    while k < len(words) and _rank(words[k]):
        k += 1
    if k == 0:
        return s
    if k == len(words):
        return None
    rest = words[k:]
    if not all(w[:1].isupper() for w in rest) or len(rest) > 3 or label == "ORG" and len(rest) < 2:
        return s
    return s + len(" ".join(words[:k])) + 1


def _rank(word: str) -> bool:
    return word.lower() in _RANK_WORDS
