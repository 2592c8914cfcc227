"""Name forms of the ninth blind probe (probe22), applied after one name, one type (``one_type21``).

Both languages: a one-word name found again where its type was not yet settled (the lone mentions
``da_again18``/``en_again19`` add, run again once ``one_type21`` gave all mentions one type: "BRØRUP"
typed a body and "Brørup" a place left "Brørup mister ..." unfound); a name of two words or more
found twice is that name at its other mentions ("Humber Vale Water admitted"); a double given name
("Inger-Marie Sloth") is a person. Danish (``forms22_da``) and English (``forms22_en``) forms follow.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis import da_again18, en_again19
from reader.analysis.forms22_da import danish_forms
from reader.analysis.forms22_en import english_forms
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.spans22 import free_or_inside, mentions, overlapping, put

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it after one_type21
AGAIN = True  # the lone mentions of one-word names, once their type is settled
REPEATS = True  # a found name of two words or more, at its other mentions
DOUBLE_GIVEN = True  # "Inger-Marie Sloth": a person
LOCAL = True  # the language's own forms (forms22_da, forms22_en)
FIRMS = True  # "P.J. O'Keefe & Sons Ltd", "Jensen & Søn": a firm
OPENING_PARTS = True  # "Great Yarmouth Borough Council said", a sentence's first word part of the name
LISTS = True  # "i Vind, Sørvad og Nørre Omme": the unfound words of a list of places are places

_TYPES = ("PER", "ORG", "LOC")
_PLAIN_NAME = re.compile(r"[\w'’&-]+(?: [\w'’&-]+)+$")  # (no stop, comma or line break)
_CAPITAL_BEFORE = re.compile(r"[A-ZÆØÅ][\w'’&-]* $")


def forms22(text: str, spans: list[Span], language: str, tokens, sentences, vocab: dict | None) -> list[Span]:
    """``spans`` (sorted) with the probe22 forms applied."""
    spans = sorted(spans)
    if LOCAL:
        if language == "da":
            spans = danish_forms(text, spans, vocab or {}, tokens)
        else:
            spans = english_forms(text, spans, vocab or {})
    if FIRMS:
        spans = firm_partners(text, spans)
    if OPENING_PARTS:
        spans = opening_parts(text, spans, language)
    if DOUBLE_GIVEN:
        spans = [_double_given(text, x) if x[2] in ("ORG", "LOC") else x for x in spans]
    if REPEATS:
        spans = repeats(text, spans, tokens)
    if LISTS:
        spans = place_lists(text, spans, "og" if language == "da" else "and", vocab or {})
    if AGAIN:
        again = da_again18.named_again if language == "da" else en_again19.named_again
        spans = again(text, tokens, sentences, spans, vocab)
    return sorted(spans)


def _double_given(text: str, span: Span) -> Span:
    """A body or place of two or three words opening with two given names joined by a hyphen and no
    digit: a person ("Inger-Marie Sloth")."""
    s, e, label = span
    if label not in ("ORG", "LOC"):
        return span
    words = text[s:e].split(" ")
    if not 2 <= len(words) <= 3 or words[0].count("-") != 1 or not all(w[:1].isupper() and w.isalpha() for w in
                                                                          words[1:]):
        return span
    first, second = words[0].split("-")
    return (s, e, "PER") if first.lower() in FIRST_NAMES and second.lower() in FIRST_NAMES else span


def repeats(text: str, spans: list[Span], tokens) -> list[Span]:
    """A name of two words or more (each opening with a capital, found twice or more and of one type
    wherever found) at its other mentions: not inside a longer name, no capitalised word right before or
    after it."""
    types: dict[str, str] = {}  # each name's type ("" when found with two)
    times: dict[str, int] = {}
    for s, e, label in spans:
        if label in _TYPES:
            name = text[s:e]
            if name in times:
                times[name] += 1
                if types[name] != label:
                    types[name] = ""
            else:
                times[name], types[name] = 1, label
    # (each name's form tested once, not at each mention)
    wanted = {name: label for name, label in types.items() if label and times[name] > 1 and " " in name
              and _PLAIN_NAME.match(name) and all(w[:1].isupper() for w in name.split(" "))}
    # (of two types, or found once: "Owner, Crafty Corner" after a place "Crafty Corner")
    have = set(spans)
    for start, end, label in list(mentions(text, tokens, wanted)) if wanted else ():
        if (start, end, label) not in have and _alone(text, start, end) and free_or_inside(spans, start, end):
            spans = put(spans, (start, end, label))
    return spans


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a whole name: word edges, no capitalised word joined to it
    by a space on either side."""
    if start and (text[start - 1].isalnum() or _CAPITAL_BEFORE.search(text, max(0, start - 40), start)):
        return False
    after = text[end:end + 2]
    return not (after[:1].isalnum() or (after[:1] == " " and after[1:2].isupper()))


_ITEM = r"[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){0,2}"


@lru_cache(maxsize=4)
def _list_pattern(conjunction: str) -> re.Pattern:
    r"""A list of names ending in ``conjunction`` and a name, not after a word's character: the capital
    first and what stands before it second ("[A-Z](?<![\w'’-].)", the same matches as a look-behind
    before it, but the engine skips to the capitals: 32 -> 17 ms over a MB, speed23)."""
    first = _ITEM.replace("[A-ZÆØÅ]", r"[A-ZÆØÅ](?<![\w'’-].)", 1)
    return re.compile(rf"{first}(?:, {_ITEM})+,? {conjunction} {_ITEM}(?![\w'’-])")


def lines_with(text: str, literal: str, also: str) -> list[tuple[int, int]]:
    """The lines of ``text`` (start and end, without the line break) that hold ``literal`` and ``also``,
    in order: where a pattern that holds both and no line break can match. Searched there with
    ``finditer(text, start, end)`` it finds what it finds in the whole text (a look-behind still sees
    the character before the line, a look-ahead at its end sees no word's character either way)."""
    out = []
    at, size = 0, len(text)
    while True:
        k = text.find(literal, at)
        if k < 0:
            return out
        start = text.rfind("\n", 0, k) + 1
        end = text.find("\n", k)
        end = size if end < 0 else end
        if text.find(also, start, end) >= 0:
            out.append((start, end))
        at = end + 1


def place_lists(text: str, spans: list[Span], conjunction: str, vocab: dict) -> list[Span]:
    """A list of three names or more ("Vind, Sørvad og Nørre Omme", "Winterton-on-Sea, Horsey and
    Scratby") with a place in it and no body or person of two words: its unfound one-word items that
    the vocabulary does not know in lower case ("Mankind, Nation and Individual"), and its one-word
    persons that are no given names, are places."""
    pattern = _list_pattern(conjunction)
    for m in (m for ls, le in lines_with(text, f" {conjunction} ", ", ") for m in pattern.finditer(text, ls, le)):
        items = [(m.start() + k.start(), m.start() + k.end()) for k in re.finditer(_ITEM, m.group(0))]
        items = [(s, e) for s, e in items if text[s:e] != conjunction]
        found = {(s, e): overlapping(spans, s, e) for s, e in items}
        exact = [x[0][2] for (s, e), x in found.items() if len(x) == 1 and x[0][:2] == (s, e)]
        if "LOC" not in exact or "ORG" in exact or any(
                x[0][2] == "PER" and " " in text[s:e] for (s, e), x in found.items() if x):
            continue
        for (s, e), over in found.items():
            word = text[s:e]
            if not over and not _ordinary(word, vocab) and " " not in word:
                spans = put(spans, (s, e, "LOC"))
            elif len(over) == 1 and over[0] == (s, e, "PER") and word.lower() not in FIRST_NAMES:
                spans = put(spans, (s, e, "LOC"))
    return spans


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line."""
    before = text[:start].rstrip(" \"'“”„»«(-–—")
    return not before or before[-1] in ".!?:\n"


def _ordinary(word: str, vocab: dict) -> bool:
    """A word the tagger's vocabulary knows in lower case."""
    return "L" in vocab.get(word.lower(), "") or vocab.get(word.lower()) == "B"


_PARTNERS = re.compile(r" & (?:Sons|Son|Co\.|Co|Søn|Sønner)(?: (?:Ltd|Limited|LLP|plc|PLC|A/S|ApS|I/S))?(?![\w/])")


def firm_partners(text: str, spans: list[Span]) -> list[Span]:
    """A found name followed by "& Sons", "& Co." or "& Søn" (and a legal form): a firm."""
    for s, e, _label in list(spans):
        m = _PARTNERS.match(text, e)
        if m is not None and free_or_inside(spans, s, m.end()):
            spans = put(spans, (s, m.end(), "ORG"))
    return spans


_OPENING_WORDS = {
    "en": frozenset("Great Greater Little North South East West Upper Lower New Old Royal".split()),
    "da": frozenset("Store Lille Nørre Sønder Vester Øster Ny Gamle Nordre Søndre".split()),
}


_WORD_BEFORE = re.compile(r"(\w+) $")  # (searched in the 12 characters before a name)


def opening_parts(text: str, spans: list[Span], language: str) -> list[Span]:
    """A place's or body's name right after a sentence's first word that opens town names ("Great",
    "Store"): the word is part of the name ("Great Yarmouth Borough Council")."""
    words = _OPENING_WORDS[language]
    for s, e, label in list(spans):
        if label not in ("ORG", "LOC"):
            continue
        if text[s - 1:s] not in (" ", "\n"):  # (the pattern ends in a space, or a space and a line's end)
            continue
        m = _WORD_BEFORE.search(text, max(0, s - 12), s)
        if m is None or m.group(1) not in words:
            continue
        start = s - len(m.group(0))
        if _opens(text, start) and not overlapping(spans, start, s):
            spans = put(spans, (start, e, label))
    return spans
