"""English names in forms a blind probe of new news (probe28) showed the tagger missing or mistyping:

- a party written as an adjective right before a person's name ("ahead of Conservative Hugh
  Tollemache", "Labour Sunita Vaghela"): the party is a body (forms24_en takes it only before a
  word of party politics such as "councillor");
- a radio or TV station with its number ("BBC Radio 3", "BBC Radio 4's Today programme"): the
  number is part of the name the tagger cut after "Radio";
- a place after a person and "from" in police and court news ("A 37-year-old man from Highworth
  was arrested"): a name typed a person there is the place the person comes from;
- a football club in transfer news, typed a place or a person: the subject of "have signed" ("Port
  Vale have signed": British English gives a club a plural verb, a country "has"), a name opening a
  headline before "sign" ("Port Vale sign X"), the club a player comes "from ... for a fee" or came
  "through the academy at";
- a firm with a bracketed part before its legal form ("Ashbourne Homes (Chilterns) Ltd"): one body,
  and its first part written alone elsewhere in the text ("Ashbourne Homes' managing director") the
  same body.

Each is gated by a literal test on the text."""

from __future__ import annotations

import re

from reader.analysis.gazetteer import lookup
from reader.analysis.spans22 import overlapping, put

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to English after forms27_en
PARTY_BEFORE_PEOPLE = True
STATIONS = True
FROM_PLACES = True
CLUBS = True
BRACKET_FIRMS = True

# (British parties only: "Green", "Republican", "Democrat" before a name lost names on CV)
_PARTY_ADJECTIVE = re.compile(r"(?<![\w-])(?:Conservative|Labour|Liberal Democrat|Lib Dem|Tory|SNP|Plaid Cymru"
                              r"|Reform UK) (?=[A-Z])")
_PARTY_GATE = ("Conservative ", "Labour ", "Liberal Democrat ", "Lib Dem ", "Tory ", "SNP ", "Plaid ", "Reform UK ")
_STATION = re.compile(r" \d{1,2}(?![\w.,]\d)(?![\w-])")
_STATION_ENDS = (" Radio", " TV", " Channel")
# A person (a noun for one, after an age or not) and "from" right before a name.
_FROM_PEOPLE = frozenset(
    "man woman boy girl teenager youth pensioner motorist driver cyclist pedestrian resident mother father"
    " grandmother grandfather farmer student couple men women teenagers".split()
)


def forms(text: str, names: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``names`` with the forms above found and typed (sorted, non-overlapping)."""
    if PARTY_BEFORE_PEOPLE and any(cue in text for cue in _PARTY_GATE):
        names = _parties_before_people(text, names, vocab)
    if STATIONS and any(end + " " in text for end in _STATION_ENDS):
        names = _stations(text, names)
    if FROM_PLACES and " from " in text:
        names = _from_places(text, names)
    if CLUBS and any(cue in text for cue in _CLUB_GATE):
        names = _clubs(text, names, vocab)
    if BRACKET_FIRMS and any(form in text for form in _BRACKET_GATE):
        names = _bracket_firms(text, names)
    return names


_NAME = r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}"
_CLUB_GATE = (" have signed ", " sign ", " for an undisclosed fee", " for a fee", " academy at ", " for a fee of ")
_CLUB_CUES = (
    re.compile(r"(" + _NAME + r") have (?:signed|re-signed|appointed|sacked|completed the signing)\b"),
    re.compile(r"(?:^|(?<=\n))(" + _NAME + r") sign (?=[A-Za-z])"),
    re.compile(r"\bfrom (" + _NAME + r") for (?:an undisclosed fee|a fee|a club-record|a record|£)"),
    re.compile(r"\bacademy at (" + _NAME + r")(?![\w'’-])"),
)


def _clubs(text: str, names: list[Span], vocab: dict[str, str]) -> list[Span]:
    out = list(names)
    for cue in _CLUB_CUES:
        for m in cue.finditer(text):
            s, e = m.span(1)
            over = overlapping(out, s, e)
            if len(over) == 1 and over[0][:2] == (s, e) and over[0][2] in ("LOC", "PER"):
                out = put(out, (s, e, "ORG"))
            elif not over and not any(vocab.get(w.lower()) in ("L", "B") for w in text[s:e].split()):
                out = put(out, (s, e, "ORG"))  # passed over: "Gillingham have signed"
    return out


_BRACKET_GATE = (") Ltd", ") Limited", ") Plc", ") PLC", ") plc", ") LLP", ") LLC", ") Inc", ") GmbH")
_BRACKET_FIRM = re.compile(
    r"(?<![\w-])(" + _NAME + r") \([A-Z][\w-]*(?: [A-Z][\w-]*)?\) (?:Ltd|Limited|Plc|PLC|plc|LLP|LLC|Inc|GmbH)(?![\w-])"
)


def _bracket_firms(text: str, names: list[Span]) -> list[Span]:
    out = list(names)
    short: set[str] = set()
    for m in _BRACKET_FIRM.finditer(text):
        s, e = m.span()
        if any(x[0] < s or x[1] > e for x in overlapping(out, s, e)):
            continue  # part of a longer name
        out = put(out, (s, e, "ORG"))
        if " " in m.group(1):
            short.add(m.group(1))
    if short:
        for s, e, label in list(out):
            if label in ("LOC", "PER") and text[s:e] in short:
                out = put(out, (s, e, "ORG"))  # "Ashbourne Homes' managing director"
    return out


_BODY_WORDS = frozenset(
    "party parties group groups association club council government headquarters leader leadership friends"
    " students youth women future conference campaign office whips whip".split()
)


_PERSON_AFTER = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?: [A-Z]\.)?(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2}(?![\w'’-])(?! [A-Z])")


def _parties_before_people(text: str, names: list[Span], vocab: dict[str, str]) -> list[Span]:
    out = list(names)
    for m in _PARTY_ADJECTIVE.finditer(text):
        s, e = m.start(), m.end() - 1
        whole = overlapping(out, s, e)
        if len(whole) == 1 and whole[0][0] == s and whole[0][1] > m.end():
            rest = text[m.end():whole[0][1]].split()  # "Labour Priti Savarkar" found as one body
            if 2 <= len(rest) <= 3 and all(w[:1].isupper() and w.lower() not in _BODY_WORDS
                                           and "ORG" not in lookup(w.lower()) for w in rest):
                out = put(out, (m.end(), whole[0][1], "PER"))
        elif not whole:
            person = _PERSON_AFTER.match(text, m.end())  # "ahead of Conservative Gideon Thrale": passed over
            if person is not None and not overlapping(out, *person.span()) and all(
                    w.lower() not in _BODY_WORDS and vocab.get(w.lower()) not in ("L", "B")
                    and "ORG" not in lookup(w.lower()) for w in person.group().split()):
                out = put(out, (person.start(), person.end(), "PER"))
        after = overlapping(out, m.end(), m.end() + 1)
        if not after or after[0][0] != m.end() or after[0][2] != "PER":
            continue  # only right before a person's name
        over = overlapping(out, s, e)
        if over and not all(x[:2] == (s, e) for x in over):
            continue  # inside a longer name
        out = put(out, (s, e, "ORG"))
    return out


def _stations(text: str, names: list[Span]) -> list[Span]:
    out = list(names)
    for s, e, label in names:
        if label not in ("ORG", "MISC") or not text.endswith(_STATION_ENDS, s, e):
            continue
        m = _STATION.match(text, e)
        if m is None or overlapping(out, e, m.end()):
            continue
        out = put(out, (s, m.end(), "ORG"))
    return out


def _from_places(text: str, names: list[Span]) -> list[Span]:
    out = names
    at = text.find(" from ")
    while at >= 0:  # (a literal search: " from " is common, the person word before it is not)
        here, at = at, text.find(" from ", at + 6)
        begin = here
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        if text[begin:here] not in _FROM_PEOPLE or not text[here + 6:here + 7].isupper():
            continue
        hit = overlapping(out, here + 6, here + 7)
        if not hit or hit[0][0] != here + 6 or hit[0][2] != "PER":
            continue
        s, e, _label = hit[0]
        if text[s:e].count(" ") > 2 or text.startswith(("'", "’"), e):
            continue  # four words, or an owner ("a man from Tom Ryder's team")
        if out is names:
            out = list(names)
        out = put(out, (s, e, "LOC"))
    return out
