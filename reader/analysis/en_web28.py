"""English web forms a second blind probe of web text (web28) showed the rules missing, applied
last to English names (``pipeline._analyze``, after ``forms27_en``):

- a month written short beside a day's number is a date, no name ("On Mon 14 Sep, Harriet Cole
  wrote:" gave "Sep" a person);
- a one-word name typed a place after a buying or a working cue is the shop or the employer
  ("bought a kettle from Argos", "a job at Wickes"), unless it is a known town or country;
- a name typed a person whose last word is a job's title is a signature's role line, no name
  ("Practice Manager" under the name);
- a known given name alone right after a word for getting in touch is a person ("text Nora on
  07700 ...", "email Nora directly", "ask for Nora"), where the tagger found no name;
- a name in capitals loses a short word in capitals that ends it ("CALL BRENDA ON 07700": "BRENDA");
- a name in brackets after a noun for a body or a person is one ("the agency (Brackley Staff)",
  "our insurer (Hallam Mutual)", "the fitter (Zak)": only the noun right before the bracket);
- the towns a trade's advert says it covers are places ("Covering Wantage, Faringdon and nearby
  villages", "WE COVER WANTAGE, FARINGDON AND GROVE"): one or two words each, none an ordinary word;
- a name typed a person whose first word is no given name and whose last word training writes
  only in lower case (and no list knows as a name) is a body ("passed first time with Clutch
  Control").

The first five look only at the names found and a few characters before them; the given names
after a word for getting in touch are one regular-expression search of the text, the brackets one
search when the text holds " (" at all."""

from __future__ import annotations

import re
from collections import Counter

from reader.analysis.en_sets import FIRST_NAMES
from reader.analysis.gazetteer import CITIES, COUNTRIES, PLACE_HEADS, SURNAMES, US_STATES
from reader.analysis.person_nouns import is_person_noun

Span = tuple[int, int, str]
ON = True
MONTHS = True  # "14 Sep", "Sep 14"
SHOPS = True  # "bought ... from Argos", "job at Wickes"
ROLES = True  # "Office Manager"
YEARS_AT = True  # "eleven years at Pemberton Mutual"
BRACKETS = True  # "the agency (Brackley Staff)", "the fitter (Zak)"
COVERS = True  # "Covering Wantage, Faringdon and ..."
CONTACTS = True  # "text Nora on"
CAPS_TAIL = True  # "BRENDA ON"
NOUN_FIRMS = True  # "Clutch Control" typed a person: its last word a common noun
FIRED: Counter = Counter()  # how often each form changed a name (read by the web28 log's CV runs)

_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_BEFORE = re.compile(r"\d{1,2}(?:st|nd|rd|th)? $")
_DAY_AFTER = re.compile(r" \d{1,2}(?:st|nd|rd|th)?\b")
# The words before a shop or an employer, up to the name (searched in the 60 characters before it).
_BUYING = re.compile(
    r"\b(?:[Bb]ought|[Bb]uy|[Bb]uying|[Oo]rdered|[Oo]rder|[Oo]rdering|[Pp]urchased)\b[^.!?\n]{0,40} from $")
_WORKING = re.compile(
    r"\b(?:[Jj]ob|[Jj]obs|[Ss]hifts?|[Ww]ork|[Ww]orks|[Ww]orked|[Ww]orking|[Ee]mployed|[Ii]nternship) (?:at|for|by) $")
_PLACES = COUNTRIES | CITIES | US_STATES
_BEFORE_SHOP = (" from ", " at ", " for ", " by ", " with ")  # (the cheap test before the cues)
_ONE_WORD = re.compile(r"[A-Z][\w'’&.-]*")
# Two or three words after "years at" ("after eleven years at Pemberton Mutual"), no place's head last.
_MANY_WORDS = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){1,2}")
_YEARS_AT = re.compile(r"\b(?:years|months) (?:at|with) $")
# A given name alone after a word for getting in touch (not followed by another capitalised word).
_CONTACT_CUES = tuple(
    form for cue in ("text", "email", "e-mail", "call", "ring", "phone", "message", "contact", "ask for", "speak to",
                     "talk to") for form in (cue + " ", cue.capitalize() + " ", cue.upper() + " "))
_GIVEN_AFTER = re.compile(r"(?:[A-Z][a-z]+|[A-Z]+)(?![\w'’-])(?! [A-Z&])")
_CAPS_TAIL = re.compile(r"(?: (?:ON|AT|IN|TO|AND|OR|FOR|THE|OF|BY|FROM|WITH|NOW|TODAY))+$")
# A name in brackets (read after " (") right after a lower-case noun.
_BRACKETED = re.compile(r"([A-Z][a-z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2})\)")
_BODY_NOUNS = frozenset(
    "agency insurer insurers insurance bank lender provider supplier company firm employer broker courier"
    " carrier network builders contractor contractors retailer shop store chain airline dealer dealership"
    " garage school college council charity landlords agents".split())
_PERSON_EXTRA = frozenset("lad bloke chap fitter installer fella".split())
# After a word for the area a trade covers: names joined by commas, "and", "&" or "/".
_COVER = re.compile(r"\b(?:[Cc]overing|COVERING|[Ww]e cover|WE COVER|[Ss]erving|SERVING|[Aa]reas covered:|AREAS COVERED:) ")
_COVER_LITERALS = ("overing", "OVERING", "e cover", "E COVER", "erving", "ERVING", "overed:", "OVERED:")
_ITEM = re.compile(r"([A-Z][\w'’-]+(?: (?!AND\b)[A-Z][\w'’-]+)?)(,? (?:and|AND|&) |, | ?/ ?|)")
_ROLE_LAST = frozenset(
    "manager director officer coordinator co-ordinator administrator supervisor secretary treasurer"
    " receptionist consultant assistant executive adviser advisor analyst".split())


def forms(text: str, spans: list[Span], vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, not overlapping) with the forms above applied (``vocab``: the tagger's
    vocabulary classes, "L" a word training writes only in lower case)."""
    vocab = vocab or {}
    out: list[Span] = []
    for span in spans:
        s, e, label = span
        name = text[s:e]
        if label == "PER" and " " in name:
            if NOUN_FIRMS and _noun_firm(name, vocab):
                FIRED["noun_firms"] += 1
                span = (s, e, "ORG")
            elif ROLES and name.rsplit(" ", 1)[1].lower() in _ROLE_LAST:
                FIRED["roles"] += 1
                continue
        if CAPS_TAIL and " " in name and name.isupper():
            tail = _CAPS_TAIL.search(name)
            if tail and tail.start() > 0:
                FIRED["caps_tail"] += 1
                e = s + tail.start()
                name = text[s:e]
                span = (s, e, label)
        if MONTHS and len(name) <= 5 and name.rstrip(".").lower() in _MONTHS and _by_day(text, s, e):
            FIRED["months"] += 1
            continue
        if (SHOPS and label == "LOC" and text.endswith(_BEFORE_SHOP, max(0, s - 6), s)
                and (_ONE_WORD.fullmatch(name) and _shop(text, s, name) or YEARS_AT and _years_at(text, s, name))):
            FIRED["shops"] += 1
            span = (s, e, "ORG")
        out.append(span)
    if CONTACTS:
        out = _contacts(text, out)
    if COVERS and any(cue in text for cue in _COVER_LITERALS):
        out = _covers(text, out, vocab)
    if BRACKETS and " (" in text:
        out = _brackets(text, out)
    return out


def _covers(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """``spans`` with the towns listed after a trade's "covering" typed places."""
    for cue in _COVER.finditer(text):
        at, items = cue.end(), []
        for x in [x for x in spans if x[0] == cue.start() and x[1] > at]:  # ("Covering Oxford" found whole)
            FIRED["covers"] += 1
            spans = sorted([y for y in spans if y != x] + [(at, x[1], x[2])])
        while True:
            m = _ITEM.match(text, at)
            if m is None or any(vocab.get(w.lower()) in ("L", "B") for w in m.group(1).split(" ")):
                break
            items.append(m.span(1))
            at = m.end()
            if not m.group(2):
                break
        if len(items) < 2:
            continue  # (a list: one name alone after "serving" may be anything)
        start, end = items[0][0], items[-1][1]
        near = [x for x in spans if x[0] < end and start < x[1]]
        if any(x[0] < start or x[1] > end for x in near):
            continue  # (a name reaching out of the list: left alone)
        new = [(s, e, "LOC") for s, e in items]
        if sorted(near) != new:
            FIRED["covers"] += 1
            spans = sorted([x for x in spans if x not in near] + new)
    return spans


def _brackets(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a name in brackets after a noun for a body or a person typed so (each " ("
    found by literal search, the noun before it read back to the space before it)."""
    at = text.find(" (")
    while at >= 0:
        nxt = text.find(" (", at + 2)
        begin = max(text.rfind(" ", max(0, at - 20), at), text.rfind("\n", max(0, at - 20), at)) + 1
        noun = text[begin:at]
        m = _BRACKETED.match(text, at + 2) if noun.isalpha() and noun.islower() else None
        if m is not None:
            spans = _bracketed(spans, noun, m)
        at = nxt
    return spans


def _bracketed(spans: list[Span], noun: str, m: re.Match) -> list[Span]:
    """``spans`` with the name ``m`` in brackets after ``noun`` typed by the noun's kind."""
    if noun in _BODY_NOUNS:
        label = "ORG"
    elif (noun in _PERSON_EXTRA or is_person_noun(noun)) and m.group(1).count(" ") <= 1:
        label = "PER"
    else:
        return spans
    s, e = m.span(1)
    inside = [x for x in spans if x[0] < e and s < x[1]]
    if inside and (len(inside) > 1 or inside[0][:2] != (s, e) or inside[0][2] == label):
        return spans
    FIRED["brackets"] += 1
    return sorted([x for x in spans if x not in inside] + [(s, e, label)])


def _contacts(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a known given name after a word for getting in touch added as a person (the
    words found by literal search, a capital right after them)."""
    added = []
    n = len(text)
    for cue in _CONTACT_CUES:
        at = text.find(cue)
        while at >= 0:
            j = at + len(cue)
            if j < n and text[j].isupper() and (at == 0 or not text[at - 1].isalnum()):
                m = _GIVEN_AFTER.match(text, j)
                if m and m.group(0).lower() in FIRST_NAMES and not any(x[0] < m.end() and j < x[1] for x in spans):
                    added.append((j, m.end(), "PER"))
            at = text.find(cue, j)
    if not added:
        return spans
    FIRED["contacts"] += len(added)
    return sorted(spans + added)


def _noun_firm(name: str, vocab: dict) -> bool:
    """Two or three words, the first no given name and not written capitalised in training ("Len
    Burrows", "De Wit" stay), the last a word training writes only in lower case and no surname
    ("Clutch Control")."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    first, last = words[0].lower(), words[-1].lower()
    return (first not in FIRST_NAMES and vocab.get(first) not in ("C", "B") and vocab.get(last) == "L"
            and last not in SURNAMES and last not in FIRST_NAMES)


def _by_day(text: str, s: int, e: int) -> bool:
    """A day's number right before or after the month ("14 Sep", "Sep 14th")."""
    return _DAY_BEFORE.search(text[max(0, s - 6):s]) is not None or _DAY_AFTER.match(text, e) is not None


def _years_at(text: str, s: int, name: str) -> bool:
    """A name of one to three words after "years at" or "months with", no known place and no
    place's head last ("eleven years at Pemberton Mutual"; "years at Heathrow Airport" stays)."""
    if not (_ONE_WORD.fullmatch(name) or _MANY_WORDS.fullmatch(name)):
        return False
    if _YEARS_AT.search(text[max(0, s - 16):s]) is None:
        return False
    words = name.lower().split(" ")
    return words[-1] not in PLACE_HEADS and not any(w in _PLACES for w in words) and name.lower() not in _PLACES


def _shop(text: str, s: int, name: str) -> bool:
    """A buying cue ("bought a kettle from") or a working cue ("a job at") before the name, which is
    no known town, country or state."""
    before = text[max(0, s - 60):s]
    if not before.endswith((" from ", " at ", " for ", " by ")):
        return False
    if name.rstrip(".").lower() in _PLACES:
        return False
    return _BUYING.search(before) is not None or _WORKING.search(before) is not None
