"""Names the eighth blind probe of news stories (probe14) showed the tagger missing, cutting or
typing wrongly, each searched from a literal: a royal title or a sentence adverb kept in a name
("Dronning Mary", "Ifølge Økologisk Landsforening", "But Vale's"), two bodies of one head joined
by "og"/"and" ("Region Midtjylland og Region Nordjylland"), people with "af", "de", "Ó" or "O'"
("Christoffer af Rosenkrantz-Lillie", "Seán Ó Riordáin", "Cillian O'Dowd") or a Scottish or Irish
surname typed as a body ("Kirsty McAllister"), and a country playing a match ("Danmark slog Skotland 31-22"); with ``news_bodies14``, the English
bodies named with a country ("Transport Scotland"), railways, care homes and a lone title after
"the" ("the Dean")."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.gazetteer import CITIES, COUNTRIES, FIRST_NAMES, SURNAMES
from reader.analysis.news_bodies14 import found_bodies
from reader.analysis.news_clubs14 import clubs
from reader.analysis.news_firms14 import firms14
from reader.analysis.news_forms13 import _put as put
from reader.analysis.news_scans import literal_hits, matches_at

Span = tuple[int, int, str]

TITLES = True
OPENERS = True
SAME_HEAD = True
PARTICLES = True
SCOTTISH = True
NATIONS = True
GENITIVES = True
DA_PLACE_ENDINGS = True

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"

# Royal titles before a given name: never part of the name (UNER marks "Dronning {{Mary}}").
_TITLES = {"da": ("Kong ", "Dronning ", "Kronprins ", "Kronprinsesse ", "Prins ", "Prinsesse "),
           "en": ("King ", "Queen ", "Prince ", "Princess ")}
# Sentence adverbs and conjunctions that open a sentence before a name and are no part of it.
_OPENERS = {"da": ("Ifølge ", "Men ", "Også "), "en": ("But ", "And ", "Yet ", "Meanwhile ")}
_JOIN = {"da": " og ", "en": " and "}


BODIES = True  # news_bodies14


def found_names(text: str, spans: list[Span], language: str, evidence: dict, vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above applied (``vocab``: the tagger's
    vocabulary classes)."""
    if TITLES:
        spans = _cut_front(text, spans, _TITLES[language], evidence, ("PER",))
    if OPENERS:
        spans = _cut_front(text, spans, _OPENERS[language], evidence, ("PER", "ORG", "LOC"))
    if SAME_HEAD and _JOIN[language] in text:
        spans = _same_head(text, spans, _JOIN[language], evidence)
    if PARTICLES:
        spans = put(spans, _particle_people(text, spans, language, vocab or {}), evidence)
    if SCOTTISH:
        spans = put(spans, _scottish(text, spans, vocab or {}), evidence)
    scored = has_score(text)
    if NATIONS and scored:
        spans = put(spans, _nations(text, spans, language), evidence)
    if GENITIVES and language == "da":
        spans = put(spans, _genitives(text, spans), evidence)
    if DA_PLACE_ENDINGS and language == "da" and not scored:
        spans = put(spans, _village_endings(text, spans), evidence)
    if language == "en" and scored:
        spans = put(spans, clubs(text, spans, vocab or {}), evidence, keep=("PER",))
    if language == "en":
        spans = firms14(text, spans, evidence, vocab or {})
    if BODIES:
        spans = found_bodies(text, spans, language, evidence, vocab)
    return spans


def _at(spans: list[Span], k: int) -> int | None:
    """The index of the span covering ``k``."""
    j = bisect_left(spans, (k + 1, -1, "")) - 1
    return j if j >= 0 and spans[j][0] <= k < spans[j][1] else None


def _cut_front(text: str, spans: list[Span], literals: tuple[str, ...], evidence: dict, labels: tuple[str, ...]) -> list[Span]:
    """Spans of ``labels`` that open with one of ``literals`` and go on with a capitalised word,
    without it (and an English "'s" after it). Read from the spans' starts (each the span ``_at``
    gives for the hit there), not from the literals searched in the whole text."""
    out = None
    for j, (k, _e, label) in enumerate(spans):
        if label not in labels or not text.startswith(literals, k) or _at(spans, k) != j:
            continue
        s, e, label = spans[j]
        cut = text.index(" ", k) + 1
        if cut >= e or not text[cut].isupper():
            continue
        if text.endswith("'s", s, e) or text.endswith("’s", s, e):
            e -= 2
        out = list(spans) if out is None else out
        evidence.pop((s, spans[j][1]), None)
        out[j] = (cut, e, label)
    return spans if out is None else out


def _same_head(text: str, spans: list[Span], join: str, evidence: dict) -> list[Span]:
    """A name "H X og H Y" whose two halves open with the same word: two names of its type."""
    new = []
    seen = set()
    for m in _JOIN_CAP[join].finditer(text):  # (searched from the literal: "og" before a capital)
        j = _at(spans, m.start())
        if j is None or j in seen:
            continue
        seen.add(j)
        s, e, label = spans[j]
        k = m.start()
        head = text[s:text.find(" ", s, e)] if " " in text[s:k] else ""
        if head and text.startswith(head + " ", k + len(join)) and join not in text[k + 1:e]:
            new += [(s, k, label), (k + len(join), e, label)]
    return put(spans, new, evidence) if new else spans


_JOIN_CAP = {j: re.compile(rf"{j}(?=[A-ZÀ-ÞÆØÅ])") for j in (" og ", " and ")}

# Particles between a given name and a surname: Danish noble "af" and "de", Irish "Ó", "Ní", "Mac".
_PARTICLE_LITERALS = {"da": (" af ", " de "), "en": (" Ó ", " Ní ", " Mac ", " Nic ")}
# (each searched as its literal before a capital: "af" is common, "af" before a capital is not)
_PARTICLE_CAP = {p: re.compile(rf"{p}(?=[{_UP}])") for ps in _PARTICLE_LITERALS.values() for p in ps}
_PARTICLE = re.compile(rf" (?:af|de|Ó|Ní|Mac|Nic) ({_CAP}(?: {_CAP})?)(?![\w'’-])")
_GIVEN = re.compile(rf"({_CAP}) $")


def _given(word: str) -> bool:
    """A given name (or two joined by a hyphen, "Anne-Sofie")."""
    return all(part in FIRST_NAMES for part in word.lower().split("-"))


def _name_like(text: str, k: int, word: str, vocab: dict) -> bool:
    """A given name, or a capitalised word at ``k`` that opens no sentence and is no ordinary word
    (``vocab``), place or Danish definite noun ("Kongen", "Hertugen")."""
    if _given(word):
        return True
    low = word.lower()
    return not (_opens(text, k) or vocab.get(low) in ("L", "B") or low in CITIES or low in COUNTRIES
                or low.endswith(("en", "et")))


def _opens(text: str, k: int) -> bool:
    """Whether ``k`` opens a sentence."""
    j = k - 1
    while j >= 0 and text[j] in " »\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n-–"


def _particle_people(text: str, spans: list[Span], language: str, vocab: dict) -> list[Span]:
    """A person over a particle: a given name (or a person found) before it, a surname after it
    that is no country or town ("Christoffer af Rosenkrantz-Lillie", not "Frederik af Danmark");
    the particle and surname again after another given name or alone in English ("Ó Riordáin")."""
    new: list[Span] = []
    tails = set()
    hits = sorted(m.start() for p in _PARTICLE_LITERALS[language] for m in _PARTICLE_CAP[p].finditer(text))
    for m in matches_at(_PARTICLE, text, hits):
        tail = m.group(1)
        if tail.lower() in COUNTRIES or tail.lower() in CITIES or tail.split(" ")[0].lower() in CITIES or (
            language == "da" and "-" not in tail and " " not in tail and tail.lower() not in SURNAMES
        ):
            continue  # (Danish "af" and "de" before a surname of two parts or a known one: not "Aikin af Cantir")
        before = _GIVEN.search(text, max(0, m.start() - 40), m.start() + 1)
        if before is None:
            continue
        k = _at(spans, before.start(1))
        s = spans[k][0] if k is not None and spans[k][2] == "PER" and spans[k][1] == m.start() else before.start(1)
        person = k is not None and spans[k][2] == "PER" and spans[k][1] == m.start() and m.group(0)[1:3] != "de"
        if not (person or (_given(before.group(1)) if m.group(0)[1:3] == "de"
                           else _name_like(text, before.start(1), before.group(1), vocab))):
            continue  # ("Boulevard de Clichy")
        j = _at(spans, m.end() - 1)
        if j is not None and spans[j][1] > m.end():
            continue  # (the surname goes on into a longer name)
        new.append((s, m.end(), "PER"))
        tails.add(text[m.start() + 1:m.end()])
    if language == "en":
        for tail in tails:
            k = text.find(tail)
            while k >= 0:
                end = k + len(tail)
                if not (k and text[k - 1].isalnum()) and not text[end:end + 1].isalnum() and (
                    (j := _at(spans, k)) is None or spans[j][0] >= k
                ):
                    new.append((k, end, "PER"))
                k = text.find(tail, end)
    kept: list[Span] = []
    for x in sorted(set(new), key=lambda x: (x[0], -x[1])):
        if not kept or x[0] >= kept[-1][1]:
            kept.append(x)
    return kept


_GAELIC = re.compile(rf"({_CAP}) ((?:Mc|Mac|O['’])[{_UP}][{_LOW}]+)(?![\w'’-])")


def _scottish(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """A given name and a surname in Mc, Mac or O' ("Kirsty McAllister", "Cillian O'Dowd"): a
    person, when the tagger typed it otherwise or left it out; searched from the prefixes."""
    new = []
    hits = [k - 1 for k in literal_hits(text, (" Mc", " Mac", " O'", " O’"))]
    for k in hits:
        before = _GIVEN.search(text, max(0, k - 30), k + 2)
        if before is None or not _name_like(text, before.start(1), before.group(1), vocab):
            continue
        m = _GAELIC.match(text, before.start(1))
        if m is None:
            continue
        inside = [spans[j] for j in {_at(spans, m.start()), _at(spans, m.end() - 1)} if j is not None]
        if all(x[2] != "PER" and x[0] >= m.start() and x[1] <= m.end() for x in inside):
            new.append((m.start(), m.end(), "PER"))
    return new


_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d.,/-]\d)")
_SUBJECT_VERBS = {
    "da": r"slog|vandt|tabte|førte|møder|mødte|besejrede|spillede uafgjort",
    "en": r"[Bb]eat|[Bb]eats|[Ee]dge|[Ee]dges|[Ee]dged|[Hh]ost|[Hh]osts|[Hh]osted|[Tt]hrash|[Tt]hrashed|[Tt]ravel to|"
          r"[Ff]ace|[Ff]aces|[Ss]cored|[Ll]ed|[Ww]on|[Ll]ost|[Dd]rew",
}
_OBJECT_WORDS = {"da": r"slog|over|mod|møder|mødte|besejrede", "en": r"[Bb]eat|[Bb]eats|[Ee]dge|[Ee]dges|[Ee]dged|over|against|"
                 r"[Hh]ost|[Hh]osts|[Hh]osted|[Ff]ace|[Ff]aces|travel to|lost to|drew with"}


def has_score(text: str) -> bool:
    """Whether ``text`` holds a score ("31-22", "2-1"), searched from a digit after a hyphen."""
    for m in _DASH_DIGIT.finditer(text):  # (a literal first: the engine skips to each hyphen)
        k = m.start()
        if k and text[k - 1].isdigit() and _SCORE.search(text, max(0, k - 3), k + 7):
            return True
    return False


_DASH_DIGIT = re.compile(r"-\d")


def _nations(text: str, spans: list[Span], language: str) -> list[Span]:
    """A country playing a match, in a text with a score ("31-22"): the subject of a match's verb
    or its object ("Danmark slog Skotland", "a win over Wales", "Wales host Scotland"); a team (ORG)."""
    subject = re.compile(rf" (?:(?:had |have |has |were |was )?(?:{_SUBJECT_VERBS[language]}))\b")
    objected = re.compile(rf"\b(?:{_OBJECT_WORDS[language]}) $")
    new = []
    for s, e, label in spans:
        if label != "LOC" or text[s:e].lower() not in COUNTRIES:
            continue
        if subject.match(text, e) or objected.search(text, max(0, s - 16), s):
            new.append((s, e, "ORG"))
    return new


def _genitives(text: str, spans: list[Span]) -> list[Span]:
    """A Danish genitive of a person the text names by one word ("Anes" after "Ane"), where no
    name was found; searched from the names, up to 3,000 characters after each."""
    new = set()
    searched: dict[str, int] = {}  # (each name's text searched once: up to where)
    for s, e, label in spans:
        if label != "PER" or e - s < 2 or text[e - 1] == "s" or text.find(" ", s, e) >= 0:
            continue
        form = text[s:e] + "s"
        lo, hi = max(e, searched.get(form, 0)), e + _NEAR  # (within the story: a long text holds many)
        searched[form] = hi
        k = text.find(form, lo, hi) if lo < hi else -1
        while k >= 0:
            end = k + len(form)
            if not text[k - 1].isalnum() and not text[end:end + 1].isalnum() and _at(spans, k) is None:
                new.add((k, end, "PER"))
            k = text.find(form, end, hi)
    return sorted(new)


_NEAR = 3000


def _village_endings(text: str, spans: list[Span]) -> list[Span]:
    """A one-word body with a Danish village's or island's ending after "fra", "på", "ved" or "i",
    in a text with no score (where towns name clubs): a place ("fra Jegindø")."""
    return [(s, e, "LOC") for s, e, label in spans if label == "ORG" and text[e - 1] in _LAST and (
        text[s:e].endswith(_PLACE_ENDS) and text[s:e].isalpha() and not text[s:e].isupper()
        and text[max(0, s - 4):s].endswith(_PLACE_BEFORE))]


_PLACE_BEFORE = ("fra ", "på ", "ved ", " i ")
# Endings of Danish villages and islands ("Jegindø", "Fladbro", "Skødshoved", "Hvidbjerg").
_PLACE_ENDS = ("ø", "bro", "hoved", "rup", "strup", "løse", "lev", "bjerg", "sted", "holm", "næs", "skov")
_LAST = frozenset(end[-1] for end in _PLACE_ENDS)
