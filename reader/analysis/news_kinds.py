"""Names that a news story's forms type, in both languages (a blind probe of new stories, probe11):
a river ("the River Severn"), a Danish street in one word ("Randersvej"), a firm's foreign legal
form after its name ("Hörselhuset AB", "Halberd Antriebstechnik GmbH"), a known place and a firm
joined by "and" split, a social platform ("på Instagram": a firm) and a team named by
its town in a line of results ("Ribe - Otterup 25-25", "Abingdon 1 Wantage 1") or before its
manager ("Harwell boss Neil Oduya"), at every mention not after "in"/"i". Works on the spans of
``names.find_names`` after the other rules (``evidence`` of a retyped name let go)."""

from __future__ import annotations

import re

from reader.analysis import news_scans as scans
from reader.analysis.gazetteer import lookup
from reader.analysis.span_set import SpanSet, mentions_of, replace_wholes, retype_or_add

Span = tuple[int, int, str]

RIVERS = True
STREETS = True
LEGAL_NORDIC = True
PLATFORMS = True
RESULT_LINES = True
MANAGERS = True
LISTED_FIRMS = True

_RIVER = re.compile(r"\bRiver [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_ENDINGS = ("vej", "gade", "stræde", "vænget", "allé")
_STREET = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]{2,}(?:" + "|".join(_ENDINGS) + r")(?![\w-])")
_LEGAL_FORMS = ("AB", "ASA", "AS", "Oy", "Oyj", "GmbH", "AG", "BV", "NV")
_NORDIC_FORM = re.compile(r"(?<![\w-])((?:[A-ZÆØÅÖÄ][\wæøåöä&-]*\s){1,3})(" + "|".join(_LEGAL_FORMS)
                          + r")(?![\w-])")
_PLATFORMS = ("Instagram", "Facebook", "TikTok", "YouTube", "LinkedIn", "Snapchat", "WhatsApp")
_PLATFORM = re.compile(r"(?<![\w@./-])(?:" + "|".join(_PLATFORMS) + r")(?![\w-])")
_TEAM = r"[A-ZÆØÅ][\wæøå'’-]*(?: [A-ZÆØÅ][\wæøå'’-]*){0,2}"
_RESULT_LINES = {
    "da": re.compile(r"(?:^|[:,;]\s+)(" + _TEAM + r") - (" + _TEAM + r") \d{1,2}-\d{1,2}\b", re.M),
    "en": re.compile(r"(?:^|[:;]\s+)(" + _TEAM + r") \d{1,2},? (" + _TEAM + r") \d{1,2}(?=\s*(?:[;,.]|$))", re.M),
}
_ROLES = ("manager", "boss", "head coach", "coach", "captain", "striker", "goalkeeper", "midfielder", "defender", "winger",
          "chairman")
_MANAGER = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:" + "|".join(_ROLES)
                      + r") (?=[A-Z][a-z]+ [A-Z])")
_JOINS = ("while", "and", "but", "as", "when")
_RESULT_VERBS = ("beat", "defeated", "thrashed", "edged", "drew", "lost", "won")
_RESULT_SUBJECT = re.compile(
    r"(?:^|\b(?:" + "|".join(_JOINS) + r") )([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:" + "|".join(_RESULT_VERBS) + r")"
    r" (?:[A-Z][\w ]{0,30}? )?\d{1,2}-\d{1,2}\b", re.M)
# "retailers including Argos, Currys and Boots": firms listed after the word for their kind.
_LISTS = ("retailers", "shops", "chains", "supermarkets", "brands", "firms", "companies", "banks", "airlines", "stores")
_LISTED = re.compile(
    r"\b(?:" + "|".join(_LISTS) + r")"
    r" (?:including|such as|like) ((?:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?)(?:, [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?)*"
    r",? and [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?)")
_FORMS = frozenset("Inc Inc. Ltd Ltd. plc PLC LLC GmbH AB Corp Corp. A/S ApS".split())
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|from|i|ved|fra)\s+)$")


def news_kinds(text: str, spans: list[Span], language: str, evidence: dict | None = None,
               vocabulary: frozenset[str] = frozenset(), vocab: dict | None = None) -> list[Span]:
    """``spans`` with the forms above applied (sorted, non-overlapping); ``vocabulary``: ordinary
    words; ``vocab``: the tagger's vocabulary (a street's word it knows is a common noun: "Motorvej")."""
    evidence = evidence if evidence is not None else {}
    out = sorted(spans)
    if RIVERS and "River " in text:
        out = _add_all(out, [(m.start(), m.end(), "LOC") for m in scans.led_by(_RIVER, text, ("River ",))])
    if STREETS and language == "da":
        out = retype_or_add(out, [(m.start(), m.end(), "LOC") for m in scans.streets(_STREET, text, _ENDINGS)
                                  if (vocab or {}).get(m.group().lower()) is None], evidence, apart=False)
    if LEGAL_NORDIC:
        out = _nordic_forms(text, out, evidence)
        out = _place_and_firm(text, out, evidence) if " and " in text else out
    if PLATFORMS and any(name in text for name in _PLATFORMS):
        found = [(m.start(), m.end(), "ORG") for m in scans.led_by(_PLATFORM, text, _PLATFORMS)]
        out = retype_or_add(out, found, evidence, apart=False)
    teams: set[str] = set()
    if RESULT_LINES and any(map(str.isdigit, text)):
        for m in scans.result_lines(_RESULT_LINES[language], text, language):
            teams.update(t for t in m.groups() if t.lower() not in vocabulary)
    if MANAGERS and language == "en":
        for m in scans.managers(_MANAGER, text, _ROLES):
            words = m.group(1).split()
            if len(words) == 2 and words[0].lower() in vocabulary:
                words = words[1:]  # "The Stockbridge manager"
            if all(w.lower() not in vocabulary for w in words):
                teams.add(" ".join(words))
    if RESULT_LINES and language == "en" and any(map(str.isdigit, text)):
        taken = SpanSet(out)
        # "while Didcot beat Marlow United 3-1"
        for m in scans.result_subjects(_RESULT_SUBJECT, text, _RESULT_VERBS, _JOINS):
            words = m.group(1).split()
            if all(w.lower() not in vocabulary for w in words) and not taken.overlaps(m.start(1), m.end(1)):
                teams.add(m.group(1))
    if teams:
        out = _teams(text, out, teams, evidence)
    if LISTED_FIRMS and language == "en":
        out = _listed_firms(text, out, evidence)
    return out


def _add_all(spans: list[Span], new: list[Span]) -> list[Span]:
    """``spans`` with the ``new`` names that overlap none of them."""
    taken = SpanSet(spans)
    added = [x for x in new if not taken.overlaps(x[0], x[1])]
    return sorted(spans + added) if added else spans


def _nordic_forms(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """"Hörselhuset AB": a firm with the capitalised words before its legal form, when the tagger
    found the form alone or nothing there."""
    forms = {m.span(): m.start(2) for m in scans.nordic_forms(_NORDIC_FORM, text, _LEGAL_FORMS)}

    def fits(s: int, e: int, inside: list[Span]) -> bool:
        return all(x[0] >= s and x[1] <= e for x in inside) and (not inside or any(x[0] == forms[s, e] for x in inside))

    return replace_wholes(spans, list(forms), fits, evidence)


def _listed_firms(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """The firms listed after the word for their kind, and their other mentions alone (ORG)."""
    firms = set()
    for m in scans.led_by(_LISTED, text, _LISTS):
        firms.update(p.strip() for p in re.split(r",? and |, ", m.group(1)) if p.strip())
    return _teams(text, spans, firms, evidence) if firms else spans


def _place_and_firm(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """"in Sheffield and Tri-State Motion Inc": a known place and a firm with its legal form, joined
    by "and" into one firm, are two names."""
    out = []
    for s, e, label in spans:
        first, sep, rest = text[s:e].partition(" and ")
        if label == "ORG" and sep and " " not in first and " " in rest and rest.rpartition(" ")[2] in _FORMS and (
                lookup(first.lower()) == "LOC"):
            evidence.pop((s, e), None)
            out += [(s, s + len(first), "LOC"), (s + len(first) + 5, e, "ORG")]
        else:
            out.append((s, e, label))
    return out


def _teams(text: str, spans: list[Span], teams: set[str], evidence: dict) -> list[Span]:
    """Every mention of a team's name alone is the team (ORG), but not after "in"/"i" and not inside
    a longer name."""
    new = []
    for _team, m in mentions_of(text, teams, r"(?![\w-])"):
        if _PLACE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        new.append((m.start(), m.end(), "ORG"))
    return retype_or_add(spans, new, evidence, apart=False)
