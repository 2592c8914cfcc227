"""Names the sixth blind probe of news stories (probe12) showed the tagger missing, each found from
a literal: bodies of three capitalised words or more after "the" with a head word ("the Scottish
Ambulance Service"), a person after a rank written short ("Prof Kwame Asante"), after "said"
('"...," said Kirsty Fraser.') or a relative's word ("His son Callum"), party letters in brackets
("(Con)"), magistrates' courts, a newspaper told something ("told The Sun"), Danish numbered roads
("Rute 15") and regional television ("TV Midtvest")."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.en_people_forms import NEWS_TITLES
from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY
from reader.analysis.span_set import replace_wholes, retype_or_add
from reader.analysis.titles import is_honorific

Span = tuple[int, int, str]

BODIES = True
SAID = True
KIN = True
PAPERS = True
PARTIES = True
COURTS = True
RANKS = True
ROADS = True
TV = True


def found_names(text: str, out: list[Span], language: str, evidence: dict) -> list[Span]:
    """``out`` (sorted, non-overlapping) with the names above added, in place of the names found
    inside them (which leave ``evidence``)."""
    if language == "en":  # (each kind of name found first, then one pass over the spans for all)
        wholes = _bodies(text) if BODIES else []
        if COURTS and "Magistrates" in text:
            wholes += _courts(text)
        if PAPERS and "told The " in text:
            wholes += [(m.start(1), m.end(1)) for m in _TOLD_PAPER.finditer(text)]
        out = replace_wholes(out, _apart(wholes), _whole, evidence)
        new = _after_ranks(text) if RANKS else []
        new += _said_people(text) if SAID and " said " in text else []
        new += _kin(text) if KIN else []
        new += _party_letters(text) if PARTIES and "(" in text else []
        out = retype_or_add(out, sorted(new), evidence)
    if ROADS and language == "da" and "ute " in text:
        roads = _roads(text)
        out = replace_wholes(out, roads, _whole, evidence)
        for s, e in roads:  # (a road, no body: each found by its start)
            k = bisect_left(out, (s, e, ""))
            if k < len(out) and out[k][:2] == (s, e):
                out[k] = (s, e, "LOC")
    if TV and language == "da" and "TV " in text:
        out = retype_or_add(out, [(m.start(), m.end(), "ORG") for m in _TV.finditer(text)
                                  if not (m.start() and text[m.start() - 1].isalnum())], evidence)
    return out


def _whole(s: int, e: int, inside: list[Span]) -> bool:
    return all(s <= x[0] and x[1] <= e for x in inside)


def _apart(wholes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``wholes`` in order without those overlapping one before them."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(wholes)):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return kept


_ROAD_NUMBER = re.compile(r"\d{1,3}(?![\w,.]\d)")
_DA_ROADS = ("Rute ", "Primærrute ", "Sekundærrute ")  # (in lower case a road is no name: "ad rute 170")
# Ranks and titles written short that a person's name follows ("Prof Kwame Asante"), each searched
# for as a literal.
_RANK_LITERALS = ("Prof ", "Prof. ", "Dr ", "Dr. ", "Cdr ", "Revd ", "Rev ", "Canon ", "Cllr ")
_PERSON_AFTER = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2}(?![\w'’-])")


def _after_ranks(text: str) -> list[Span]:
    """The people right after a rank or title written short ("Prof Kwame Asante")."""
    found = []
    for literal in _RANK_LITERALS:
        at = text.find(literal)
        while at >= 0:
            end = at + len(literal)
            if not (at and text[at - 1].isalnum()):
                match = _PERSON_AFTER.match(text, end)
                if match:
                    found.append((match.start(), match.end(), "PER"))
            at = text.find(literal, end)
    return sorted(found)


def _roads(text: str) -> list[tuple[int, int]]:
    """Danish numbered roads ("Rute 15", "Primærrute 11"), each searched for as a literal."""
    found = set()
    for literal in _DA_ROADS:
        at = text.find(literal)
        while at >= 0:
            end = at + len(literal)
            match = _ROAD_NUMBER.match(text, end)
            if match and not (at and text[at - 1].isalnum()):
                found.add((at, match.end()))
            at = text.find(literal, end)
    return sorted(found)


_SAID_NAME = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[.,])")


def _said_people(text: str) -> list[Span]:
    """'"...," said Kirsty Fraser.': two capitalised words after "said" before a full stop or a
    comma, the last no ordinary word (or the first a known given name), are a person."""
    found = []
    at = text.find(" said ")
    while at >= 0:
        match = _SAID_NAME.match(text, at + 6)
        if match:
            first, last = match.group(1).lower(), match.group(2).lower()
            if (first not in EN_VOCABULARY and last not in EN_VOCABULARY or first in EN_GIVEN_NAMES) and not (
                    is_honorific(first) or first in NEWS_TITLES):  # ("said Dr Reed": the rank is no name)
                found.append((match.start(), match.end(), "PER"))
        at = text.find(" said ", at + 6)
    return found


# A relative before a one-word name ("His son Callum"), each searched for as a literal.
_KIN_WORDS = (" son ", " daughter ", " brother ", " sister ", " wife ", " husband ", " grandson ", " granddaughter ")
_ONE_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[ ,.])")
# A newspaper told something, "The" its first word ("she told The Sun").
_TOLD_PAPER = re.compile(r"told (The(?: [A-Z][a-z]+){1,2}(?: and [A-Z][a-z]+)?)(?=[.,;:]| on | in | that )")


def _kin(text: str) -> list[Span]:
    """A person (one or two capitalised words, not ordinary ones) right after a relative's word:
    "His son Callum is the mate"."""
    found = []
    for literal in _KIN_WORDS:
        at = text.find(literal)
        while at >= 0:
            match = _ONE_NAME.match(text, at + len(literal))
            if match and match.group().split()[0].lower() not in EN_VOCABULARY:
                found.append((match.start(), match.end(), "PER"))
            at = text.find(literal, at + len(literal))
    return sorted(found)


# A British party's letters in brackets after a councillor's or a candidate's name ("(Con)", "(Lab,").
_PARTY_LETTERS = ("Con", "Lab", "LD", "Lib Dem", "SNP", "Ind", "Green", "Reform", "Plaid")
_COURT_WORDS = ("Magistrates' Court", "Magistrates’ Court")


def _party_letters(text: str) -> list[Span]:
    """The party letters in brackets right after a name: "Cllr Roger Pettit (Con) said"."""
    found = []
    for letters in _PARTY_LETTERS:
        literal = "(" + letters
        at = text.find(literal)
        while at >= 0:
            end = at + len(literal)
            if text[end:end + 1] in (")", ",") and text[at - 2:at - 1].isalpha():
                found.append((at + 1, end, "ORG"))
            at = text.find(literal, end)
    return sorted(found)


def _courts(text: str) -> list[tuple[int, int]]:
    """"Barkingside Magistrates' Court": the town's capitalised words and the court, one body."""
    found = []
    for literal in _COURT_WORDS:
        at = text.find(literal)
        while at >= 0:
            start = at
            while start >= 2 and text[start - 1] == " ":
                k = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
                if not _CAPITALISED.fullmatch(text[k:start - 1]) or text[k:start - 1] in ("The", "At", "In"):
                    break
                start = k
            if start < at:
                found.append((start, at + len(literal)))
            at = text.find(literal, at + len(literal))
    return sorted(found)


# The head word of a body named with three words or more after "the" ("the Scottish Ambulance
# Service", "the Rail Accident Investigation Branch"), each searched for as a literal.
_BODY_HEADS = ("Service", "Survey", "Branch", "Agency", "Association", "Institute", "Project", "Authority",
               "Federation", "Commission", "Society", "Trust", "Board")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:['’]s)?")
_TV = re.compile(r"TV (?:2 )?[A-ZÆØÅ][a-zæøå]+(?![\w-])")


def _bodies(text: str) -> list[tuple[int, int]]:
    """"the Scottish Ambulance Service": two to four capitalised words after "the" and a body's
    head word after them are one body (to replace the names found inside it)."""
    wholes = []
    for head in _BODY_HEADS:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if at >= 2 and text[at - 1] == " " and not text[end:end + 1].isalnum():
                start = _run_back(text, at)
                if start is not None:
                    wholes.append((start, end))
            at = text.find(head, end)
    return wholes


def _run_back(text: str, at: int) -> int | None:
    """The start of two to four capitalised words ending right before ``at`` (a space before it)
    after "the " (or "The "); None when there are none such."""
    start = at - 1  # the space before the word taken last
    for count in range(5):
        if start <= 0:
            return None
        lo = max(0, start - 30)
        k = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start))  # (-1: the word opens the text)
        word = text[k + 1:start]
        if word in ("the", "The"):
            return start + 1 if count >= 2 else None
        if count == 4 or not _CAPITALISED.fullmatch(word):
            return None
        start = k
    return None
