"""Names in the forms of a sixth blind probe of news stories (probe12), applied after the other
rules: a ship's name after the word for its kind or its prefix is no name ("kutteren Karen
Margrethe", "fregatten Peter Willemoes", "the trawler Mary Ellen", "HMS Duncan", "RRS Sir David
Attenborough"), English ranks and church titles are cut off a person ("Cdr Sarah Whitfield", "the
Rt Rev Jane Holloway", "Rev Canon Mary Ashdown"), a numbered Danish road is one place ("Rute 15"),
and a name's last or first word types it ("Chester Zoo", "Diocese of Norwich", "Sejerslev Sogn",
"Morsø Provsti"). Each looks only at the spans found and the words right before them."""

from __future__ import annotations

import re

from reader.analysis.en_people_forms import NEWS_TITLES
from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY
from reader.analysis.span_set import replace_wholes, retype_or_add
from reader.analysis.titles import is_honorific

Span = tuple[int, int, str]

VESSELS = True
RANKS = True
ROADS = True
KIND_WORDS = True
BODIES = True
SAID = True
KIN = True
PAPERS = True
PARTIES = True
PLAIN_BODIES = True
SOURCES = True
COURTS = True
TV = True

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
_DA_ROADS = ("Rute ", "Primærrute ", "Sekundærrute ")  # (in lower case a road is no name: "ad rute 170")
_ROAD_NUMBER = re.compile(r"\d{1,3}(?![\w,.]\d)")
_ORG_LAST = {"en": frozenset(("Zoo", "Ventures")), "da": frozenset((
    "Zoo", "Provsti", "Stift", "Bispedømme", "Folkeblad", "Avis", "Dagblad", "Amtsavis", "Stiftstidende", "Tidende"))}
_LOC_LAST = {"en": frozenset(), "da": frozenset(("Sogn",))}


def news_forms12(text: str, spans: list[Span], language: str, evidence: dict | None = None,
                 vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above applied; a span changed or dropped
    leaves ``evidence`` (``vocab``: the tagger's vocabulary classes, "L" a word seen in lower case only)."""
    evidence = evidence if evidence is not None else {}
    out: list[Span] = []
    for span in spans:
        new = _one(text, span, language, vocab or {})
        if new != span:
            evidence.pop(span[:2], None)
        if new is not None:
            out.append(new)
    if BODIES and language == "en":
        out = _bodies(text, out, evidence)
    if RANKS and language == "en":
        out = retype_or_add(out, _after_ranks(text), evidence)
    if SAID and language == "en" and " said " in text:
        out = retype_or_add(out, _said_people(text), evidence)
    if KIN and language == "en":
        out = retype_or_add(out, _kin(text), evidence)
    if PARTIES and language == "en" and "(" in text:
        out = retype_or_add(out, _party_letters(text), evidence)
    if COURTS and language == "en" and "Magistrates" in text:
        courts = _courts(text)
        out = replace_wholes(out, courts, lambda s, e, inside: all(s <= x[0] and x[1] <= e for x in inside), evidence)
    if PAPERS and language == "en" and "told The " in text:
        papers = [(m.start(1), m.end(1)) for m in _TOLD_PAPER.finditer(text)]
        out = replace_wholes(out, papers, lambda s, e, inside: all(s <= x[0] and x[1] <= e for x in inside), evidence)
    if ROADS and language == "da" and "ute " in text:
        roads = _roads(text)
        out = replace_wholes(out, roads, lambda s, e, inside: all(s <= x[0] and x[1] <= e for x in inside), evidence)
        places = set(roads)
        out = [(s, e, "LOC") if (s, e) in places else (s, e, label) for s, e, label in out]  # (a road, no body)
    if TV and language == "da" and "TV " in text:
        out = retype_or_add(out, [(m.start(), m.end(), "ORG") for m in _TV.finditer(text)
                                  if not (m.start() and text[m.start() - 1].isalnum())], evidence)
    return out


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
            if first not in EN_VOCABULARY and last not in EN_VOCABULARY or first in EN_GIVEN_NAMES:
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


def _bodies(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """"the Scottish Ambulance Service": two to four capitalised words after a lower-case "the"
    and a body's head word after them are one body, in place of the names found inside it."""
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
    if not wholes:
        return spans
    wholes = sorted(set(wholes))
    return replace_wholes(spans, wholes, lambda s, e, inside: all(s <= x[0] and x[1] <= e for x in inside), evidence)


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


def _one(text: str, span: Span, language: str, vocab: dict) -> Span | None:
    """The span as the forms decide it (None: no name)."""
    s, e, label = span
    if VESSELS and _ship(text, s, e, language):
        return None
    if RANKS and language == "en" and label in ("PER", "ORG"):
        trimmed = _without_ranks(text, s, e, label)
        if trimmed is None:
            return None
        if trimmed != s:
            return trimmed, e, "PER"
    if PLAIN_BODIES and language == "en" and label == "PER" and _plain_words(text[s:e], vocab):
        return s, e, "ORG"  # "National Grid said": ordinary words, no given name, are no person
    if SOURCES and language == "da" and label == "LOC" and text[max(0, s - 14):s].endswith(_DA_SOURCE_BEFORE):
        return s, e, "ORG"  # "lyder det fra Molslinjen", "oplyser Arriva": a place says nothing
    if KIND_WORDS and " " in text[s:e]:
        words = text[s:e].split()
        if words[-1] in _ORG_LAST[language] or language == "en" and words[0] == "Diocese" and words[1:2] == ["of"]:
            return s, e, "ORG"
        if words[-1] in _LOC_LAST[language]:
            return s, e, "LOC"
    return span


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
    low = word.lower()
    return low in _RANKS or low in NEWS_TITLES or is_honorific(low)
