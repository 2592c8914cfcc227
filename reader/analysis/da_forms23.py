"""Danish name forms of namesda23 (issue 16), applied once per text after the probe22 forms. Each
starts from the tokens of its own few words (the shared word index, ``word_sets.where``), not from a
pass over the text:

- ``streets``: a street or square named after a person is a place: a name ending in a street's head
  (Gade, Vej, Stræde, Allé, Plads, Torv, Boulevard, Bro) after a genitive that is no given name
  ("Niels Juels Gade", "Christian IX's Gade"), or after a royal or saint's title ("Kong Hans Gade",
  the title taken in when the tagger left it out; "Kong Valdemars Vej" found when it missed it all).
  "Søren Gade", "Mogens Gade" stay people.
- ``inns``: an inn or hotel the tagger missed ("Hjerting Kro" opening a sentence, "Hotel Marina"):
  capitalised words before "Kro"/"Badehotel", or after "Hotel", are a body (no given name first).
- ``firms``: a name of two or three capitalised words typed a person or a place that the article
  shows is a business at one mention (right after a noun for a shop, a chain or a competitor,
  "Kæden Johannes Fog", "konkurrenterne Carl Ras", or after "direktør i") is a body at every mention.
- ``digits``: DR's P4 with a region ("P4 Syd"; "P3 Guld" no body: attack24) and a name with a
  number of three or four digits after it ("Rema 1000", "Radio 100") after a place or trade word are bodies.
- ``says`` (``da_says23``): an unfound capitalised run after "siger", "fastslog" ... a person.

Each retyped span's typer scores are dropped from ``evidence`` (as ``da_places22``), so the
article's group vote does not put the old type back.
"""

from __future__ import annotations

import re

from reader.analysis.da_says23 import person_shown, says
from reader.analysis.forms22 import _ordinary
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.spans22 import overlapping, put
from reader.analysis.word_sets import notable, where

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to Danish after forms22
STREETS = INNS = FIRMS = DIGITS = SAYS = True


def forms(text: str, spans: list[Span], tokens, evidence: dict | None = None, vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, not overlapping) with the namesda23 forms applied."""
    spans = sorted(spans)
    vocab = vocab or {}
    if STREETS:
        streets(text, spans, tokens, evidence)
        saints(spans, tokens)
    if INNS:
        inns(text, spans, tokens, evidence, vocab)
    if FIRMS:
        spans = firms(text, spans, tokens, evidence)
    if DIGITS:
        digits(text, spans, tokens, evidence, vocab)
    if SAYS:
        says(text, spans, tokens, vocab)  # (da_says23)
    return spans


def _given(word: str) -> bool:
    return all(part.lower() in FIRST_NAMES for part in word.split("-"))


def _drop(evidence: dict | None, s: int, e: int) -> None:
    (evidence or {}).pop((s, e), None)


def _replace(spans: list[Span], new: Span, evidence: dict | None) -> None:
    """``new`` in place of the spans it overlaps (their typer scores dropped)."""
    for x in overlapping(spans, new[0], new[1]):
        _drop(evidence, x[0], x[1])
    put(spans, new)


_HEADS = frozenset("Gade Vej Stræde Allé Plads Torv Boulevard Bro".split())
_SAINTS = frozenset(("Sankt", "Skt.", "Sct."))
_TITLES = frozenset("Kong Dronning Prins Prinsesse Kronprins Kronprinsesse Sankt Skt. Sct.".split())
_ROMAN = re.compile(r"[IVX]+['’]s$")
_HOUSE_NUMBER = re.compile(r" \d{1,3}[a-zA-Z]?")
_TITLE_BEFORE = re.compile(r"(?<!\S)(?:Kong|Dronning|Prins|Prinsesse|Kronprins|Kronprinsesse|Sankt|Skt\.|Sct\.) $")
_TITLED_STREET = re.compile(
    r"(?<![\w.])(?:Kong|Dronning|Prins|Prinsesse|Kronprins|Kronprinsesse|Sankt|Skt\.|Sct\.) (?:[A-ZÆØÅ][a-zæøå]+ )?"
    r"[A-ZÆØÅ][a-zæøå]+s (?:Gade|Vej|Stræde|Allé|Plads|Torv|Boulevard|Bro)$"
)


@notable
def _street_word(word: str) -> bool:
    return word in _HEADS or word in _SAINTS


def streets(text: str, spans: list[Span], tokens, evidence: dict | None = None) -> None:
    """Streets and squares named after a person: places (see the module's note); ``spans`` changed in place."""
    for k in where(tokens.words, _street_word):
        if tokens.words[k] in _SAINTS:
            continue
        start, end = tokens.starts[k], tokens.ends[k]
        old = overlapping(spans, start, end)
        if old and (old[0][1] == end or _HOUSE_NUMBER.fullmatch(text, end, old[0][1])):
            s, e, label = old[0][0], end, old[0][2]  # "Thora Vinds Gade 4": the number left out, as UNER
            words = text[s:e].split(" ")
            if len(words) < 2:
                continue
            title = _TITLE_BEFORE.search(text, max(0, s - 16), s)
            before = words[-2]
            genitive = (_ROMAN.match(before) is not None or len(before) > 3 and before.endswith("s")
                        and before[:1].isupper() and before.isalpha() and not _given(before)
                        and before[:-1].lower() not in FIRST_NAMES)
            if (title or words[0] in _TITLES or genitive) and (label != "LOC" or title or e != old[0][1]):
                _replace(spans, (title.start() if title else s, e, "LOC"), evidence)
        elif not old:  # "på Kong Valdemars Vej": missed by the tagger
            m = _TITLED_STREET.search(text, max(0, start - 50), end)
            if m and all(m.start() <= x[0] and x[2] != "LOC" for x in overlapping(spans, m.start(), end)):
                _replace(spans, (m.start(), end, "LOC"), evidence)


def saints(spans: list[Span], tokens) -> None:
    """A body or place of two words or more right after "Sankt" takes it in ("Sankt Peders Kirke"); in place."""
    for k in where(tokens.words, _street_word):
        if tokens.words[k] in _SAINTS and k + 1 < len(tokens.words) and not overlapping(
            spans, tokens.starts[k], tokens.ends[k]
        ):
            after = overlapping(spans, tokens.starts[k + 1], tokens.ends[k + 1])
            if after and after[0][0] == tokens.starts[k + 1] and after[0][2] in ("ORG", "LOC") and (
                after[0][1] > tokens.ends[k + 1]
            ):
                put(spans, (tokens.starts[k], after[0][1], after[0][2]))


_INN_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-ZÆØÅ][\w'’-]+ ){1,2})(?:Kro|Badehotel)$")
_HOTEL = re.compile(r"Hotel ((?:[A-ZÆØÅ][\w'’-]+)(?: [A-ZÆØÅ][\w'’-]+)?)")
_INN_WORDS = frozenset(("Kro", "Badehotel", "Hotel"))
_NOT_INN = frozenset("Den Det De En Et I På".split())


@notable
def _inn_word(word: str) -> bool:
    return word in _INN_WORDS


def inns(text: str, spans: list[Span], tokens, evidence: dict | None = None, vocab: dict | None = None) -> None:
    """Inns and hotels the tagger missed or cut: bodies (see the module's note); in place."""
    for k in where(tokens.words, _inn_word):
        start, end = tokens.starts[k], tokens.ends[k]
        if tokens.words[k] == "Hotel":
            m = _HOTEL.match(text, start)
            if not m or _given(m.group(1).split(" ")[0]) and " " in m.group(1):
                continue
            s, e = m.start(), m.end()
        else:
            m = _INN_BEFORE.search(text, max(0, start - 60), end)
            if not m:
                continue
            first = m.group(1).split(" ")[0]
            if first in _NOT_INN or _given(first) or _ordinary(first, vocab or {}):
                continue  # "Den Gamle Kro" stays what it is; "Svend Kro" a person; "Hos Kro" (attack24)
            s, e = m.start(), end
        old = overlapping(spans, s, e)
        if any(x[0] < s or x[1] > e for x in old) or (s, e, "ORG") in old:
            continue  # inside a longer name, or already right
        _replace(spans, (s, e, "ORG"), evidence)


# The nouns right before a name that show it is a business: a shop, a chain, a competitor (not every
# body's noun, ``typer.near_kind`` "K": "formand for roklubben Birgitte Ohlsen" is a person; nor
# "købmanden X", the grocer; a name shown a person stays one, ``person_shown``: attack24).
_FIRM_NOUNS = ("kæden", "kæde", "konkurrenten", "konkurrenterne", "konkurrent", "markedet", "handlen",
               "handelen", "forhandleren", "grossisten", "firmaerne", "kæderne", "selskaberne")
_ROLES = frozenset("direktør direktøren ejer ejeren medarbejdere ansatte".split())
_ROLE_OF = frozenset(("i", "hos", "for"))


@notable
def _firm_cue_word(word: str) -> bool:
    return word in _ROLES or word.isalpha() and word.lower().endswith(_FIRM_NOUNS + ("firmaet",))


def _cues(text: str, tokens) -> dict[int, int]:
    """The start of each word right after a firm cue, with the index of the cue's first token (a
    firm noun: lower case, or capitalised opening a sentence, "Tømrerfirmaet"; "direktør i")."""
    words, starts = tokens.words, tokens.starts
    n = len(words)
    out: dict[int, int] = {}
    for k in where(words, _firm_cue_word):
        if k + 1 >= n:
            continue
        word = words[k]
        if word in _ROLES:
            if k + 2 < n and words[k + 1] in _ROLE_OF:
                out[starts[k + 2]] = k  # "direktør i Johannes Fog"
        elif word.islower() and word.endswith(_FIRM_NOUNS):
            out[starts[k + 1]] = k
        elif word.istitle() and (k == 0 or text[max(0, starts[k] - 8):starts[k]].rstrip(" ")[-1:] in ".!?:\n"):
            out[starts[k + 1]] = k  # "Tømrerfirmaet Kaj Vestergaard" opening a sentence
    return out


def firms(text: str, spans: list[Span], tokens, evidence: dict | None = None) -> list[Span]:
    """Person-shaped names the article shows are businesses: bodies at every mention ("Tømrerfirmaet"
    taken alone as a name before one, opening a sentence, is dropped)."""
    cues = _cues(text, tokens)
    if not cues:
        return spans
    starts = tokens.starts
    firm_names = set()
    drop = set()
    for s, e, label in [x for at in cues for x in overlapping(spans, at, at + 1)]:
        if s not in cues:
            continue
        k = cues[s]
        before = overlapping(spans, starts[k], starts[k] + 1)
        if before and before[0] == (starts[k], tokens.ends[k], before[0][2]) and tokens.words[k][:1].isupper():
            drop.add(before[0])  # "Tømrerfirmaet" taken as a name of its own
        name = text[s:e]
        words = name.split(" ")
        if label in ("PER", "LOC") and 2 <= len(words) <= 3 and all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words
        ):
            firm_names.add(name)
    firm_names = {name for name in firm_names if not person_shown(text, name)}
    if not firm_names and not drop:
        return spans
    sizes = {len(name) for name in firm_names} | {len(name) + 1 for name in firm_names}
    out = []
    for s, e, label in spans:
        if (s, e, label) in drop:
            continue
        if e - s in sizes and label in ("PER", "LOC"):
            name = text[s:e]
            if name in firm_names or name.endswith("s") and name[:-1] in firm_names:
                _drop(evidence, s, e)
                label = "ORG"
        out.append((s, e, label))
    return out


_CHANNEL = re.compile(r"(?:DR )?P4 [A-ZÆØÅ][a-zæøå]+(?: & [A-ZÆØÅ][a-zæøå]+)?(?![\w-])")
_NUMBERED = re.compile(r"([A-ZÆØÅ][a-zæøå]{2,}) ([1-9]\d{2,3})(?![\d.,:/%-])")
# The words before a name and number that read it as a body (a shop, a station): "i Rema 1000", "hos
# Radio 100", "siden Rema 1000 åbnede"; after others ("en Cessna 172", "med Saab 9000") it may be a product.
_BODY_BEFORE = frozenset("i hos fra til ved for som siden og at end af mod eller".split())
_UNITS = frozenset("""kr kroner euro dollar mio mia millioner milliarder procent pct år dage timer minutter meter
    km kilometer kilo kg g dl l ml cl cm mm tsk spsk ton gange stk personer mennesker ansatte boliger børn elever""".split())


@notable
def _number_or_channel(word: str) -> bool:
    return (3 <= len(word) <= 4 and word.isdigit() and word[0] != "0") or (
        word == "P4")


def digits(text: str, spans: list[Span], tokens, evidence: dict | None = None, vocab: dict | None = None) -> None:
    """"P4 Syd", "Rema 1000": bodies (see the module's note); in place."""
    words, starts = tokens.words, tokens.starts
    for k in where(words, _number_or_channel):
        if words[k][0] == "P":
            m = _CHANNEL.match(text, starts[k - 1] if k and words[k - 1] == "DR" else starts[k])
            if m:
                _put_body(spans, m.start(), m.end(), evidence)
            continue
        if not k:
            continue
        m = _NUMBERED.match(text, starts[k - 1])
        if not m or m.end() != tokens.ends[k] or _numbered_no_body(text, spans, m, vocab or {}):
            continue
        _put_body(spans, m.start(), m.end(), evidence)


def _numbered_no_body(text: str, spans: list[Span], m: re.Match, vocab: dict) -> bool:
    """Whether the name and number of ``m`` may be no body: a year, an amount, a product, a place (a
    line's start read as a sentence's, "Rema 1000" after a headline: attack24)."""
    number = m.group(2)
    if len(number) == 4 and "1800" <= number <= "2099":
        return True  # a year ("Aarhus 2017")
    after = text[m.end():m.end() + 12].split()
    if after and after[0].strip(".,;:!?").lower() in _UNITS:
        return True
    before = [] if "\n" in text[max(0, m.start() - 3):m.start()] else text[max(0, m.start() - 40):m.start()].split()
    if before and before[-1][-1:] not in ".!?:" and before[-1].lower() not in _BODY_BEFORE and (
        m.start() not in _cues_near(text, m.start())
    ):
        return True  # "en Cessna 172", "med Saab 9000": a product
    old = overlapping(spans, m.start(1), m.end(1))
    if old and not any(x[2] == "ORG" for x in old) and text.count(m.group(0)) < 2:
        return True  # "i Vejle 100 ...": a place or a person before a number
    return _ordinary(m.group(1), vocab) and (not old or not before or before[-1][-1:] in ".!?:")


def _cues_near(text: str, at: int) -> set[int]:
    """``at`` when a firm noun or "direktør i" stands right before it (the few numbered names only)."""
    before = text[max(0, at - 40):at].split() or [""]
    word = before[-1]
    if word.islower() and word.isalpha() and word.endswith(_FIRM_NOUNS):
        return {at}
    if len(before) > 1 and word in _ROLE_OF and before[-2] in _ROLES:
        return {at}
    return set()


def _put_body(spans: list[Span], s: int, e: int, evidence: dict | None) -> None:
    old = overlapping(spans, s, e)
    if all(s <= x[0] and x[1] <= e for x in old):
        _replace(spans, (s, e, "ORG"), evidence)
