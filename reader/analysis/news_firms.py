"""Firms, clubs and places a news story names again in a shorter form (a blind probe of new
stories, probe11): a firm written once with its legal form named without it ("Halberd plc" ...
"Halberd, which is based"), a Danish body written once after the word for its kind named by its
own word ("Forbrugerrådet Tænk" ... "Tænk har"), a club's town before its letters ("Brande HK",
"Ørum-Tjele IF") and a name after a lower-case word for its kind the tagger passed over ("bandet
Hvide Heste", "Appen Prisjægeren", "the shopping app Dealio"), at every mention; a place the
tagger found followed by a Danish place word ("Kjelstrup Mark") is one place. Works on the spans
of ``names.find_names`` after the other rules (``evidence`` of a retyped name let go)."""

from __future__ import annotations

import re

from reader.analysis import news_scans as scans
from reader.analysis.gazetteer import lookup
from reader.analysis.span_set import mentions_of, replace_wholes, retype_or_add

Span = tuple[int, int, str]

LEGAL_SHORT = True
KIND_SHORT = True
CLUB_TOWNS = True
KIND_NEW = True
PLACE_WORDS = True
FIRM_ENDINGS = True

# The endings of a Danish one-word festival's or transport firm's name ("Smukfest", "Midttrafik").
_FIRM_ENDINGS = ("fest", "festival", "trafik")

_LEGAL = re.compile(r" (?:A/S|ApS|plc|PLC|Ltd|Ltd\.|Inc|Inc\.|GmbH|AB|ASA|LLC)$")
_KIND_FIRST = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:rådet|foreningen|forbundet|selskabet|fonden)$")
_CLUB_LETTERS = ("HK", "IF", "BK", "FC", "GF", "IK", "FF", "HG", "AIF", "GIF")
_CLUB = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) (?:" + "|".join(_CLUB_LETTERS)
                   + r")(?![\w-])")
# What a match of _KIND_BEFORE starts with ("bandet" starts with "band").
_KIND_LEADS = {"da": ("band", "Appen", "appen", "app'en", "festivalen", "kæden", "tjenesten", "platformen"),
               "en": ("app ",)}
_KIND_BEFORE = {
    "da": re.compile(r"(?:(?<=[^\w])|^)(?:bandet|band|[Aa]ppen|app'en|festivalen|kæden|tjenesten|platformen) "
                     r"((?:[A-ZÆØÅ][\wæøå'’-]*)(?: [A-ZÆØÅ][\wæøå'’-]*){0,2})(?![\w-])", re.M),
    "en": re.compile(r"\b(?:app) "
                     r"([A-Z][a-z]+[A-Za-z]*)(?![\w'’-])"),
}
_PLACE_WORD = re.compile(r" (?:Mark|Strand|Klit|Huse|Hede|Enge|Mølle|Bjerg|Overdrev)(?![\w-])")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÆØÅ][\wæøå'’-]* $")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|from|i|ved|fra)\s+)$")


def news_firms(text: str, spans: list[Span], language: str, evidence: dict | None = None,
               vocabulary: frozenset[str] = frozenset()) -> list[Span]:
    """``spans`` with the forms above applied (sorted, non-overlapping)."""
    evidence = evidence if evidence is not None else {}
    out = sorted(spans)
    if PLACE_WORDS and language == "da":
        out = _place_words(text, out, evidence)
    names: set[str] = set()
    for s, e, label in out:
        name = text[s:e]
        if LEGAL_SHORT and label == "ORG" and (m := _LEGAL.search(name)):
            short = name[:m.start()]
            if short.lower() not in vocabulary and len(short) > 2:
                names.add(short)
        if KIND_SHORT and label == "ORG" and language == "da":
            first, _, rest = name.partition(" ")
            if rest and " " not in rest and rest[:1].isupper() and _KIND_FIRST.match(first):
                names.add(rest)
    if CLUB_TOWNS and language == "da":
        clubs = [m for m in scans.clubs(_CLUB, text, _CLUB_LETTERS)
                 if lookup(m.group(1).lower().split("-")[0]) in ("", "LOC")]
        names.update(m.group(1) for m in clubs)
        out = replace_wholes(out, [m.span() for m in clubs], _club_fits, evidence)
    sites = set()
    if KIND_NEW:
        for m in scans.led_by(_KIND_BEFORE[language], text, _KIND_LEADS[language]):
            word = m.group(1)
            if language == "en" and word.lower() in vocabulary:
                continue
            names.add(word)
            sites.add(m.start(1))
    if FIRM_ENDINGS and language == "da":
        out = [(s, e, "ORG") if label == "LOC" and " " not in text[s:e] and text[s:e].endswith(_FIRM_ENDINGS)
               and evidence.pop((s, e), True) else (s, e, label) for s, e, label in out]
    if not names:
        return out
    new = []
    for _name, m in mentions_of(text, names, r"(?![\w-]| [A-ZÆØÅ]|\s?&)"):
        if _PLACE_BEFORE.search(text, max(0, m.start() - 6), m.start()) or m.start() not in sites and (
                _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue  # a place ("i Brande"), or inside a longer name ("Esme Marlowe")
        new.append((m.start(), m.end(), "ORG"))
    return retype_or_add(out, new, evidence)


def _club_fits(s: int, e: int, inside: list[Span]) -> bool:
    """A club's whole name (s, e) replaces the pieces inside it (not a name across its edge)."""
    return inside != [(s, e, "ORG")] and all(s <= x[0] and x[1] <= e for x in inside)


def _place_words(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """"Kjelstrup Mark": a place the tagger found and the Danish place word after it, one place."""
    out: list[Span] = []
    k = 0
    while k < len(spans):
        s, e, label = spans[k]
        m = _PLACE_WORD.match(text, e) if label == "LOC" else None
        if m:
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is None or nxt[0] >= m.end():
                evidence.pop((s, e), None)
                out.append((s, m.end(), "LOC"))
                k += 1
                continue
            if nxt[:2] == (m.start() + 1, m.end()):
                evidence.pop((s, e), None)
                evidence.pop(nxt[:2], None)
                out.append((s, m.end(), "LOC"))
                k += 2
                continue
        out.append((s, e, label))
        k += 1
    return out
