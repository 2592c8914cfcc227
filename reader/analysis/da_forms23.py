"""Danish name forms of namesda23 (issue 16), applied once per text after the probe22 forms, each
gated on a cheap literal test of the text:

- ``streets``: a street or square named after a person is a place: a name ending in a street's head
  (Gade, Vej, Stræde, Allé, Plads, Torv, Boulevard, Bro) after a genitive that is no given name
  ("Niels Juels Gade", "Christian IX's Gade"), or after a royal or saint's title ("Kong Hans Gade",
  the title taken in when the tagger left it out). "Søren Gade", "Mogens Gade" stay people.
- ``inns``: an inn or hotel the tagger missed ("Hjerting Kro" opening a sentence, "Hotel Marina"):
  capitalised words before "Kro"/"Badehotel", or after "Hotel", are a body (no given name first).
- ``firms``: a name shaped like a person's (a given name first) that the article shows is a business
  at one mention (right after a lower-case noun for a shop, a chain or a competitor, "Kæden Johannes Fog",
  "konkurrenterne Carl Ras", or after "direktør i") is a body at every mention.
- ``digits``: DR's channels with a region ("P4 Syd") and a name with a number of three or four
  digits after it ("Rema 1000", "Radio 100") are bodies.

Each retyped span's typer scores are dropped from ``evidence`` (as ``da_places22``), so the
article's group vote does not put the old type back.
"""

from __future__ import annotations

import re

from reader.analysis.forms22 import _ordinary
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.spans22 import overlapping, put

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to Danish after forms22
STREETS = INNS = FIRMS = DIGITS = SAYS = True

_STREET_HEADS = frozenset("gade vej stræde allé plads torv boulevard bro".split())
_TITLES = frozenset("Kong Dronning Prins Prinsesse Kronprins Kronprinsesse Sankt Skt. Sct. Skt Sct".split())
_ROMAN = re.compile(r"[IVX]+['’]s$")
_TITLED_STREET = re.compile(
    r"\b(?:Kong|Dronning|Prins|Prinsesse|Kronprins|Kronprinsesse|Sankt|Skt\.|Sct\.) (?:[A-ZÆØÅ][a-zæøå]+ )?"
    r"[A-ZÆØÅ][a-zæøå]+s (?:Gade|Vej|Stræde|Allé|Plads|Torv|Boulevard|Bro)\b"
)


def forms(text: str, spans: list[Span], evidence: dict | None = None, vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, not overlapping) with the namesda23 forms applied."""
    spans = sorted(spans)
    if STREETS and _any(text, (" Gade", " Vej", " Stræde", " Allé", " Plads", " Torv", " Boulevard", " Bro")):
        spans = streets(text, spans, evidence)
    if INNS and _any(text, ("Kro", "Hotel", "Badehotel")):
        spans = inns(text, spans, evidence)
    if FIRMS:
        spans = firms(text, spans, evidence)
    if DIGITS and any(c.isdigit() for c in text):
        spans = digits(text, spans, evidence, vocab or {})
    if SAYS and _SAYS.search(text):
        spans = says(text, spans, vocab or {})
    return spans


def _any(text: str, pieces: tuple[str, ...]) -> bool:
    return any(p in text for p in pieces)


def _given(word: str) -> bool:
    return all(part.lower() in FIRST_NAMES for part in word.split("-"))


def _drop(evidence: dict | None, s: int, e: int) -> None:
    if evidence is not None:
        evidence.pop((s, e), None)


_TITLE_BEFORE = re.compile(r"(?:^|(?<=\s))(Kong|Dronning|Prins|Prinsesse|Kronprins|Kronprinsesse|Sankt|Skt\.|Sct\.) $")


def streets(text: str, spans: list[Span], evidence: dict | None = None) -> list[Span]:
    """Streets and squares named after a person: places (see the module's note)."""
    out = list(spans)
    for s, e, label in spans:
        words = text[s:e].split(" ")
        if len(words) < 2 or words[-1].lower() not in _STREET_HEADS:
            continue
        title = _TITLE_BEFORE.search(text, max(0, s - 16), s)
        before = words[-2]
        genitive = (_ROMAN.match(before) is not None or len(before) > 3 and before.endswith("s")
                    and before[:1].isupper() and before.isalpha() and not _given(before)
                    and before[:-1].lower() not in FIRST_NAMES)
        if not (title or words[0] in _TITLES or genitive):
            continue
        if label == "LOC" and not title:
            continue
        start = title.start() if title else s
        _drop(evidence, s, e)
        put(out, (start, e, "LOC"))
    for m in _TITLED_STREET.finditer(text):  # "på Kong Valdemars Vej": missed by the tagger
        if all(m.start() <= x[0] and x[1] <= m.end() and x[2] != "LOC" for x in overlapping(out, m.start(), m.end())):
            for x in overlapping(out, m.start(), m.end()):
                _drop(evidence, x[0], x[1])
            put(out, (m.start(), m.end(), "LOC"))
    return out


_INN_AFTER = re.compile(r"\b((?:[A-ZÆØÅ][\w'’-]+ ){1,2})(Kro|Badehotel)\b")
_HOTEL = re.compile(r"\bHotel ((?:[A-ZÆØÅ][\w'’-]+)(?: [A-ZÆØÅ][\w'’-]+)?)")


def inns(text: str, spans: list[Span], evidence: dict | None = None) -> list[Span]:
    """Inns and hotels the tagger missed or cut: bodies (see the module's note)."""
    out = list(spans)
    found = []
    for m in _INN_AFTER.finditer(text):
        first = m.group(1).split(" ")[0]
        if first in ("Den", "Det", "De", "En", "Et", "I", "På") or _given(first):
            continue  # "Den Gamle Kro" stays what it is; "Svend Kro" a person
        found.append((m.start(), m.end()))
    for m in _HOTEL.finditer(text):
        if _given(m.group(1).split(" ")[0]) and " " in m.group(1):
            continue
        found.append((m.start(), m.end()))
    for s, e in found:
        old = overlapping(out, s, e)
        if any(x[0] < s or x[1] > e for x in old) or any(x == (s, e, "ORG") for x in old):
            continue  # inside a longer name, or already right
        for x in old:
            _drop(evidence, x[0], x[1])
        put(out, (s, e, "ORG"))
    return out


# The nouns right before a name that show it is a business: a shop, a chain, a competitor (not every
# body's noun, ``typer.near_kind`` "K": "formand for roklubben Birgitte Ohlsen" is a person).
_FIRM_NOUNS = ("kæden", "kæde", "konkurrenten", "konkurrenterne", "konkurrent", "markedet", "handlen",
               "handelen", "forhandleren", "grossisten", "firmaerne", "kæderne", "selskaberne", "købmanden")
_ROLE_IN = re.compile(r"\b(?:direktør|direktøren|ejer|ejeren|medarbejdere|ansatte) (?:i|hos|for) $")


def _firm_cue(text: str, s: int) -> bool:
    before = text[max(0, s - 40):s]
    if _ROLE_IN.search(before):
        return True
    if not before.endswith(" "):
        return False
    pieces = before.split()
    if not pieces:
        return False
    word = pieces[-1]
    opening = before[:len(before.rstrip()) - len(word)].rstrip(" ")
    if word.istitle() and word.isalpha() and (not opening or opening[-1] in ".!?:\n"):
        word = word.lower()  # "Tømrerfirmaet Kaj Vestergaard" opening a sentence
        return word.endswith(_FIRM_NOUNS + ("firmaet",))
    return word.isalpha() and word.islower() and word.endswith(_FIRM_NOUNS)


def firms(text: str, spans: list[Span], evidence: dict | None = None) -> list[Span]:
    """Person-shaped names the article shows are businesses: bodies at every mention ("Tømrerfirmaet"
    taken alone as a name before one, opening a sentence, is dropped)."""
    cands: dict[str, bool] = {}
    spans = [x for k, x in enumerate(spans) if not _firm_word(text, spans, k)]
    for s, e, label in spans:
        if label not in ("PER", "LOC"):
            continue
        name = text[s:e]
        words = name.split(" ")
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        cands[name] = cands.get(name, False) or _firm_cue(text, s)
    firm_names = {name for name, cue in cands.items() if cue}
    if not firm_names:
        return spans
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label in ("PER", "LOC") and (name in firm_names or name.endswith("s") and name[:-1] in firm_names):
            _drop(evidence, s, e)
            label = "ORG"
        out.append((s, e, label))
    return out


def _firm_word(text: str, spans: list[Span], k: int) -> bool:
    """Whether span ``k`` is one capitalised firm noun opening a sentence right before another name."""
    s, e, _label = spans[k]
    word = text[s:e]
    if k + 1 == len(spans) or spans[k + 1][0] != e + 1 or not word.isalpha() or not word.istitle():
        return False
    return _firm_cue(text, spans[k + 1][0])


_CHANNEL = re.compile(r"\b(?:DR )?P[1-8] [A-ZÆØÅ][a-zæøå]+(?: & [A-ZÆØÅ][a-zæøå]+)?")
_NUMBERED = re.compile(r"\b([A-ZÆØÅ][a-zæøå]{2,}) ([1-9]\d{2,3})(?![\d.,:/%-])")
# The words before a name and number that read it as a body (a shop, a station): "i Rema 1000", "hos
# Radio 100", "siden Rema 1000 åbnede"; after others ("en Cessna 172", "med Saab 9000") it may be a product.
_BODY_BEFORE = frozenset("i hos fra til ved for som siden og at end af mod eller".split())
_UNITS = frozenset("""kr kroner euro dollar mio mia millioner milliarder procent pct år dage timer minutter
    meter km kilometer kilo kg g dl l ml cl cm mm tsk spsk ton gange stk personer mennesker ansatte boliger børn elever""".split())


def digits(text: str, spans: list[Span], evidence: dict | None = None, vocab: dict | None = None) -> list[Span]:
    """"P4 Syd", "Rema 1000": bodies (see the module's note)."""
    out = list(spans)
    found = [(m.start(), m.end()) for m in _CHANNEL.finditer(text)]
    for m in _NUMBERED.finditer(text):
        number = m.group(2)
        if len(number) == 4 and "1800" <= number <= "2099":
            continue  # a year ("Aarhus 2017")
        after = text[m.end():m.end() + 12].split()
        if after and after[0].strip(".,;:!?").lower() in _UNITS:
            continue
        before = text[max(0, m.start() - 40):m.start()].split()
        if before and before[-1][-1:] not in ".!?:" and before[-1].lower() not in _BODY_BEFORE and not _firm_cue(text, m.start()):
            continue  # "en Cessna 172", "med Saab 9000": a product, unless a place or trade word before it
        old = overlapping(out, m.start(1), m.end(1))
        if old and not any(x[2] == "ORG" for x in old) and not _known_body(text, m):
            continue  # "i Vejle 100 ..." a place or a person before a number
        if _ordinary(m.group(1), vocab or {}) and (not old or not before or before[-1][-1:] in ".!?:"):
            continue  # "Knap 200 ...", "Bland 125 ...": an ordinary word
        found.append((m.start(), m.end()))
    for s, e in found:
        old = overlapping(out, s, e)
        if any(x[0] < s or x[1] > e for x in old):
            continue
        for x in old:
            _drop(evidence, x[0], x[1])
        put(out, (s, e, "ORG"))
    return out


def _known_body(text: str, m: re.Match) -> bool:
    """A name and number found again in the text as that name and number ("Rema 1000" twice)."""
    return text.count(m.group(0)) > 1


# A person's reporting verb before a capitalised run the tagger left ("," fastslog Hauth efter
# stævnet", "mener Filip Willemoes."): a person, when its words are no ordinary words, no genitive
# before a noun ("oplyser Statoils informationschef") and no role ("siger S-ordføreren"). Verbs that
# bodies take as often ("oplyser", "skriver") are left out.
_SAYS = re.compile(
    r"\b(?:siger|sagde|mener|mente|fastslår|fastslog|fortæller|fortalte|forklarer|forklarede|understreger|"
    r"understregede|tilføjer|tilføjede) ([A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
    r"(?: [A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?){0,2})(?=[ .,;:!?\n]|$)"
)


def says(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """An unfound capitalised run after a person's reporting verb: a person (see ``_SAYS``)."""
    out = list(spans)
    for m in _SAYS.finditer(text):
        s, e = m.span(1)
        if overlapping(out, s, e):
            continue
        words = m.group(1).split(" ")
        if any(_ordinary(w, vocab) for w in words):
            continue
        after = text[e:e + 20].split()
        if words[-1].endswith("s") and after and after[0][:1].islower():
            continue  # "oplyser Statoils informationschef"
        put(out, (s, e, "PER"))
    return out
