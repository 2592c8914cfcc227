"""Bodies and places of the eighth blind probe (probe14), each searched from a literal: an English
body named with a country after a common noun ("Transport Scotland", "Cancer Research UK",
"Historic England"), railways, cathedrals, care homes and Welsh chapels and schools ("London
Northwestern Railway", "Capel Seion", "Ysgol Penweddig"), a lone title after "the" ("the Dean",
"the Archbishop of York") and apps named after "the app" (not names); Danish railway lines and
bridges in one word ("Kystbanen", "Øresundsbron": places)."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.news_forms13 import _put as put
from reader.analysis.news_scans import literal_hits, matches_at

Span = tuple[int, int, str]

COUNTRY_BODIES = True
HEADS = True
LONE_TITLES = True
APPS = True
DA_LINES = True

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"

_COUNTRY_ENDS = (" Scotland", " UK", " Wales", " England", " Ireland", " Cymru")
# First words of a place named with a country ("North Wales", "rural Scotland", "New England").
_REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central mid new greater great rural upper lower "
    "in at from to across of for and the all visit visiting around throughout via into within outside beyond "
    "inside near over under by with without our my your his her their its this that these those a an every "
    "whole".split()
)
_WORD_BEFORE = re.compile(rf"(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,5}}|and|for) $")


def found_bodies(text: str, spans: list[Span], language: str, evidence: dict, vocab: dict | None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the bodies and places above."""
    if language == "en":
        if COUNTRY_BODIES:
            spans = put(spans, _country_bodies(text, spans, vocab or {}), evidence)
        if HEADS:
            spans = put(spans, _heads(text, vocab or {}), evidence)
        if LONE_TITLES and ("the " in text or "The " in text):
            spans = _lone_titles(text, spans, evidence)
        if APPS and "app" in text:
            spans = _drop(spans, [j for j in map(lambda k: _at(spans, k), _app_names(text)) if j is not None], evidence)
    elif DA_LINES:
        spans = put(spans, _da_lines(text, spans), evidence)
    return spans


def _at(spans: list[Span], k: int) -> int | None:
    """The index of the span covering ``k``."""
    j = bisect_left(spans, (k + 1, -1, "")) - 1
    return j if j >= 0 and spans[j][0] <= k < spans[j][1] else None


def _drop(spans: list[Span], gone: list[int], evidence: dict) -> list[Span]:
    """``spans`` without those at the indices ``gone``."""
    if not gone:
        return spans
    for j in gone:
        evidence.pop(spans[j][:2], None)
    dropped = set(gone)
    return [x for j, x in enumerate(spans) if j not in dropped]


def _country_bodies(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """Capitalised words before a country's name that open with a common noun or an acronym, not a
    region's word ("Transport Scotland", "NFU Scotland", "Transport for Wales"): a body."""
    out = []
    for k in literal_hits(text, _COUNTRY_ENDS):
        end = text.index(" ", k) + 1
        while end < len(text) and text[end].isalpha():
            end += 1
        if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
            continue
        s = k
        words = []
        while True:
            m = _WORD_BEFORE.search(text, max(0, s - 30), s + 1)
            if m is None:
                break
            words.insert(0, m.group(0)[:-1])
            s = m.start()
            if s == 0 or text[s - 1] != " ":
                break
            s -= 1
        while words and words[0] in ("and", "for"):
            s += len(words.pop(0)) + 1
        if not words or s == k:
            continue
        first = words[0]
        if first.lower() in _REGION_WORDS or not (first.isupper() or vocab.get(first.lower()) in ("L", "B")):
            continue
        if any((j := _at(spans, x)) is not None and spans[j][2] == "PER" for x in (s, k - 1)):
            continue
        start = s if text[s] != " " else s + 1
        out.append((start, end, "ORG"))
    return out


_HEAD_LAST = ("Railway", "Railways", "Cathedral", "Care Home", "Nursing Home")
_HEAD_FIRST = ("Capel ", "Ysgol ")
_NAME_BEFORE = re.compile(rf"(?:(?:St|St\.|Saint) )?(?:[{_UP}][{_LOW}]+(?:['’]s)? ){{1,3}}$")
_NAME_AFTER = re.compile(rf"(?: [{_UP}][{_LOW}]+){{1,2}}(?![\w'’-])")


def _heads(text: str, vocab: dict) -> list[Span]:
    """Names ending in a railway's, a cathedral's or a care home's word, or opening with a Welsh
    chapel's or school's word: bodies (as churches and schools are in these articles and DDT); the
    words before the head no ordinary words (``vocab``; not a headline's "Opens Restored")."""
    out = []
    for k in literal_hits(text, tuple(" " + h for h in _HEAD_LAST)):
        end = k + 1 + next(len(h) for h in _HEAD_LAST if text.startswith(h, k + 1))
        if end < len(text) and (text[end].isalnum() or text[end] in "-'’") or text[end + 1:end + 2].isupper():
            continue  # (the name goes on: "the Cathedral Building")
        m = _NAME_BEFORE.search(text, max(0, k - 60), k + 1)
        if m is None:
            continue
        s = m.start()
        for word in m.group(0).split():
            if vocab.get(word.lower()) != "L":
                break
            s += len(word) + 1
        if s < k:
            out.append((s, end, "ORG"))
    for k in literal_hits(text, _HEAD_FIRST):
        if k and text[k - 1].isalnum():
            continue
        m = _NAME_AFTER.match(text, k + 5)
        if m is not None:
            out.append((k, m.end(), "ORG"))
    return out


_LONE = frozenset("Dean Bishop Archbishop Mayor Provost Chancellor Coroner Sheriff Governor Recorder Vicar Rector "
                  "Chaplain Moderator Lord-Lieutenant".split())


def _lone_titles(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """A title alone after "the" ("the Dean said") is no name; "the Archbishop of York" names York."""
    gone, new = [], []
    for j, (s, e, label) in enumerate(spans):
        if text[max(0, s - 4):s] not in ("the ", "The "):
            continue
        word, _, rest = text[s:e].partition(" ")
        if word not in _LONE:
            continue
        if not rest:
            gone.append(j)
        elif rest.startswith("of ") and rest[3:4].isupper():
            new.append((s + len(word) + 4, e, "LOC"))
    spans = _drop(spans, gone, evidence)
    return put(spans, new, evidence) if new else spans


_APP = re.compile(rf"(?:[Tt]he|[Aa]n|[Ii]ts) app,? ([{_UP}][\w]+)(?![\w'’-])")


def _app_names(text: str) -> list[int]:
    """The start of the app's name after "the app" ("The app, Minutely, works ..."): a product."""
    hits = literal_hits(text, ("the app", "The app", "an app", "An app", "its app", "Its app"))
    return [m.start(1) for m in matches_at(_APP, text, hits)]


_DA_LINE = re.compile(rf"[{_UP}][{_LOW}]+(?:banen|broen|bron|tunnelen|motorvejen)(?![\w-])")


def _da_lines(text: str, spans: list[Span]) -> list[Span]:
    """A capitalised word ending in a railway line's or a bridge's word ("Kystbanen",
    "Øresundsbron"), not opening a sentence: a place (where no name or the word alone was found)."""
    out = []
    for k in literal_hits(text, ("banen", "broen", "bron", "tunnelen", "motorvejen")):
        s = k
        while s and text[s - 1].isalpha():
            s -= 1
        m = _DA_LINE.match(text, s)
        if m is None or m.end() < k or (s and text[s - 1] in "-") or _opens(text, s):
            continue
        j = _at(spans, s)
        if j is None and _at(spans, m.end() - 1) is None or j is not None and spans[j][:2] == (s, m.end()):
            out.append((s, m.end(), "LOC"))  # (where no name was found, or the word alone was)
    return out


def _opens(text: str, k: int) -> bool:
    """Whether ``k`` opens a sentence."""
    j = k - 1
    while j >= 0 and text[j] in " »\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n-–"
