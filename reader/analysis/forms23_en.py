"""English name forms of namesen23 (issue 16; run by ``pipeline._analyze`` after ``forms22``).

- "Kees de Wit", "Manoel de Oliveira", "Marquis de Lafayette": a given name (or a title) and a
  surname particle before a capitalised surname are one person; "de Wit" later is that person;
- "Place de la République", "Rue du Bac", "Piazza Navona": a foreign street or square is a place;
- "Isle of Wight", "Gulf of Aden", "Vale of Clwyd": a place head, "of" and capitalised words are one
  place (a body when a body's head word ends it);
- "Residents of Acacia Avenue": the street alone (a word written only in lower case before "of");
- "Ofsted", "Ofcom": a body ("Of" and an abbreviation the vocabulary does not know);
- "Greater Anglia" is no person; a name that runs trains or buses is a body (an operator);
- "County council leader X": a kind word opening a sentence before a lower-case word is no name;
- "Texas Governor Greg Abbott": the place and the person (``en_offices23``).

Each pass starts from a literal (``str.find``, or a pattern opening with its head words, so the
scanner skips ahead) or walks the found names only: 10 ms of a 560 ms analysis of 137 kB.
"""

from __future__ import annotations

import re

from reader.analysis.en_offices23 import titles_inside
from reader.analysis.gazetteer import CITIES, COUNTRIES, FIRST_NAMES, ORG_HEADS
from reader.analysis.spans22 import free_or_inside, overlapping, put

Span = tuple[int, int, str]
ON = True
PARTICLES = True  # "Kees de Wit": one person
STREETS = True  # "Place de la République", "Rue du Bac": a place
PLACE_OF = True  # "Isle of Wight": one place
STREET_AFTER = True  # "Residents of Acacia Avenue": the street alone
OF_BODIES = True  # "Ofsted": a body
OPERATORS = True  # "Greater Anglia will run buses": a body, not a person
KIND_OPENERS = True  # "County council leader": "County" is no name
TITLES_INSIDE = True  # "Texas Governor Greg Abbott": the place and the person; "NASA Administrator": the body

_CAP = r"[A-ZÀ-Ý][\w'’-]*"
_DUTCH = ("van der", "van den", "van de", "von der", "von dem", "van", "von", "ter", "ten", "der", "den", "de")
_ROMANCE = ("de la", "de los", "de las", "du", "da", "dos", "das", "di", "del", "della", "le", "la")
_PARTICLE = "|".join(_DUTCH + _ROMANCE)
_SURNAME = r"[A-ZÀ-Ý]\w*(?:[-'’][A-ZÀ-Ý]\w*)*"  # ("O'Neill", "Hoek" of "Hoek's")
# (the patterns open with a literal or a set of first letters, so the scan skips ahead fast; the word
# boundary before is checked in code)
_PARTICLE_AT = re.compile(rf" ({_PARTICLE}) ({_SURNAME})(?![\w-])")
_WORD_BEFORE = re.compile(rf"(?<![\w'’-]){_CAP}$")
_DUTCH_SET = frozenset(_DUTCH)
# Romance words that open a name of a day, a place or a building, never a person's (attack24).
_NOT_FIRST = frozenset("""uno dos tres cuatro cinco seis siete ocho nueve diez once doce casa museo museu musee musée
    palacio palais puerta puerto porto ciudad cidade sierra serra costa isla ilha monte villa vila banco teatro parque
    tour bois château chateau cité hôtel maison unter über auf am im zum zur bei hinter vor haus""".split())
_TITLES = frozenset("marquis marquise comte comtesse baron baroness vicomte duc duchesse chevalier".split())

_STREET_HEADS = ("Place|Rue|Avenue|Avenida|Boulevard|Quai|Plaza|Calle|Via|Piazza|Praça|Rua|Largo|Pont|Porte|Parc|"
                 "Paseo|Ponte|Viale|Gare|Jardin|Jardins|Île|Ile|Isla|Pointe|Terre|Rambla|Carrer|Plac|Campo|Playa")
_LINK = r"(?: (?:de la |de l['’]|d['’]|(?:de|du|des|del|della|delle|dei|di|da|do|dos|das) ))"
_STREET = re.compile(rf"(?:{_STREET_HEADS}){_LINK}{_CAP}(?:(?:{_LINK}| ){_CAP})*")
_HEAD_WORDS = frozenset(_STREET_HEADS.split("|"))
_ARTICLE = re.compile(r"(?<![\w'’-])(?:(?:La|Le|Les|El) |L['’])$")
_BARE_HEADS = "Rue|Quai|Piazza|Calle|Rua|Praça|Avenida|Viale|Largo|Rambla|Carrer"
_BARE_STREET = re.compile(rf"(?:{_BARE_HEADS}) {_CAP}(?: {_CAP})*")

_PLACE_OF = re.compile(
    rf"(?:Isle|Isles|Gulf|Bay|Strait|Straits|Vale|Cape|Firth|Sea|Forest|Lake|Mount|Pyramid|Temple|Tomb|Valley) "
    rf"of (?:the )?{_CAP}"
    rf"(?: {_CAP})*")
_STREET_ENDS = frozenset("street road avenue lane close crescent drive way square gardens terrace grove hill row "
                         "place walk mews parade".split())
_OF_BODY = re.compile(r"Of[b-df-hj-np-tv-z][a-z]{2,4}\b")  # (a consonant: "Ofori", "Ofelia" are names)
_OPERATED = re.compile(r" (?:(?:will |would |also |still )?(?:run|runs|ran|operate|operates|operated) (?:\w+ )?"
                       r"(?:trains|buses|services|routes?|coaches)|((?:rail |bus |train )?services|trains))\b")
_KINDS = frozenset(("County", "Council", "Borough", "District", "Parish", "State"))


def english_forms(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """``spans`` (sorted, not overlapping) with the namesen23 forms applied."""
    if not ON:
        return spans
    spans = sorted(spans)
    if STREETS:
        spans = _streets(text, spans)
    if PARTICLES and (" d" in text or " v" in text or " t" in text or " l" in text):
        spans = _particles(text, spans, vocab)
    if PLACE_OF and " of " in text:
        spans = _places_of(text, spans)
    if STREET_AFTER and " of " in text:
        spans = _street_after(text, spans, vocab)
    if OF_BODIES and "Of" in text:
        spans = _of_bodies(text, spans, vocab)
    if OPERATORS:
        spans = _operators(text, spans)
    if KIND_OPENERS:
        spans = _kind_openers(text, spans)
    if TITLES_INSIDE:
        spans = titles_inside(text, spans)
    return spans


def _particles(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """A given name, a title or (before a Dutch or German particle) a word the vocabulary and the
    gazetteer's places do not know, then a particle and a capitalised surname: one person; the
    particle and the surname alone later are that person."""
    surnames: set[str] = set()
    for at in _particle_matches(text):
        before = _WORD_BEFORE.search(text, max(0, at.start() - 40), at.start())
        if before is None:
            continue
        m = _Match(before.start(), at.end())
        first, particle, last = before.group(0), at.group(1), at.group(2)
        low = first.lower()
        given = low in FIRST_NAMES or low in _TITLES
        unknown = particle in _DUTCH_SET and vocab.get(low) is None and low not in CITIES and low not in COUNTRIES
        if low in _NOT_FIRST or particle == "der" and not given:
            continue  # "Cinco de Mayo", "Unter den Linden", "Haus der Kunst" (attack24)
        if unknown and particle == "de" and not given:  # (Romance too: "Catedral de San Ildefonso")
            unknown = last.isascii() and not re.match(r" [A-Z]", text[m.end():m.end() + 2]) and not re.search(
                r"(?:[A-Z][\w'’-]*|\b(?:in|at|to|from|near|of|via)) $", text[max(0, m.start() - 30):m.start()])
        if not (given or unknown) or first in _HEAD_WORDS or last.lower() in ORG_HEADS or (
                last.lower() in CITIES or last.lower() in COUNTRIES):
            continue
        found = overlapping(spans, m.start(), m.end())
        if any(x[2] == "PER" and x[0] <= m.start() and x[1] > m.end() for x in found):
            surnames.add(f"{particle} {last}")  # (a longer person already: "Ursula von der Leyen")
            continue
        if found and not free_or_inside(spans, m.start(), m.end()):
            continue
        spans = put(spans, (m.start(), m.end(), "PER"))
        surnames.add(f"{particle} {last}")
    for name in surnames:
        for form in (name, name[0].upper() + name[1:]):
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")) and _SURNAME_END.match(
                        text, end) and free_or_inside(spans, at, end) and not _inside_person(spans, at, end):
                    spans = put(spans, (at, end, "PER"))
                at = text.find(form, end)
    return spans


_SURNAME_END = re.compile(r"['’]s\b|[^\w'’-]|$")


_FIRST_PARTICLES = tuple(sorted({f" {p.split()[0]} " for p in _DUTCH + _ROMANCE}))


def _particle_matches(text: str) -> list[re.Match]:
    """The matches of ``_PARTICLE_AT`` in ``text``, found from the places of each particle (``str.find``)."""
    places: list[int] = []
    for word in _FIRST_PARTICLES:
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
    out = []
    for at in sorted(places):
        m = _PARTICLE_AT.match(text, at)
        if m and not (out and out[-1].end() > at):
            out.append(m)
    return out


class _Match:
    """A span of the text (the start and end of a match put together from two)."""

    def __init__(self, start: int, end: int) -> None:
        self._span = (start, end)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]


def _word_start(text: str, at: int) -> bool:
    """Whether a word starts at ``at`` (no letter, digit or underscore before it)."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def _inside_person(spans: list[Span], s: int, e: int) -> bool:
    return any(x[0] <= s and e <= x[1] and (x[0], x[1]) != (s, e) for x in overlapping(spans, s, e))


def _streets(text: str, spans: list[Span]) -> list[Span]:
    """A foreign street or square: a place, unless a found name reaches out of it."""
    people = {text[s:e] for s, e, label in spans if label == "PER"}
    for pattern in (_STREET, _BARE_STREET):
        for m in pattern.finditer(text):
            if not _word_start(text, m.start()):
                continue
            if pattern is _BARE_STREET and m.group(0).rpartition(" ")[2] in people:
                continue  # "Calle Andersson ... Andersson said": a person (attack24)
            start = m.start()
            article = _ARTICLE.search(text, max(0, start - 4), start)
            if article:
                start = article.start()  # "La Pointe des Chateaux", "L'Île d'Yeu"
            if free_or_inside(spans, start, m.end()):
                spans = put(spans, (start, m.end(), "LOC"))
    return spans


def _places_of(text: str, spans: list[Span]) -> list[Span]:
    """"Isle of Wight": a place head, "of" and capitalised words; not after a capitalised word (part
    of a longer name), a body when a body's head word ends it."""
    for m in _PLACE_OF.finditer(text):
        if not _word_start(text, m.start()):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if re.search(r"[A-Z][\w'’-]* $", before) and not re.search(r"(?:^|[.!?:\n\"“‘'] ?)[A-Z][\w'’-]* $",
                                                                   before) and not before.endswith("The "):
            continue
        label = "ORG" if m.group(0).rpartition(" ")[2].lower() in ORG_HEADS else "LOC"
        if free_or_inside(spans, m.start(), m.end()):
            spans = put(spans, (m.start(), m.end(), label))
    return spans


def _street_after(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """A found name "Residents of Acacia Avenue" whose first word is written only in lower case in
    training and whose last word is a street's: the street alone."""
    out = []
    for s, e, label in spans:
        name = text[s:e]
        head, sep, rest = name.partition(" of ")
        if sep and " " not in head and rest and vocab.get(head.lower()) == "L" and (
                rest.rpartition(" ")[2].lower() in _STREET_ENDS) and " " in rest:
            s, label = s + len(head) + 4, "LOC"
        out.append((s, e, label))
    return out


def _of_bodies(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """"Ofsted", "Ofcom": "Of" and an abbreviation the vocabulary does not know, a body."""
    for m in _OF_BODY.finditer(text):
        if not _word_start(text, m.start()):
            continue
        if vocab.get(m.group(0).lower()) is not None:
            continue
        found = overlapping(spans, m.start(), m.end())
        if not found or (len(found) == 1 and found[0][:2] == m.span()):
            spans = put(spans, (m.start(), m.end(), "ORG"))
    return spans


def _operators(text: str, spans: list[Span]) -> list[Span]:
    """"Greater Anglia": no person (a region's name); a place or person of two words or more that
    runs trains or buses is an operator."""
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label == "PER" and name.startswith("Greater "):
            label = "LOC"
        run = _OPERATED.match(text, e) if label in ("LOC", "PER") and " " in name else None
        if run and (label == "PER" or not run.group(1)):  # ("London Bridge trains": a place's trains, attack24)
            label = "ORG"
        out.append((s, e, label))
    return out


def _kind_openers(text: str, spans: list[Span]) -> list[Span]:
    """"County council leader Mark Hale": a kind word alone opening a sentence before a lower-case
    word is no name."""
    out = []
    for s, e, label in spans:
        if text[s:e] in _KINDS and text[e:e + 1] == " " and text[e + 1:e + 2].islower() and (
                s == 0 or re.search(r"(?:^|[.!?\"”]\s+|\n)$", text[max(0, s - 3):s])):
            continue
        out.append((s, e, label))
    return out

