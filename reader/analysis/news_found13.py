"""Names the seventh blind probe of news stories (probe13) showed the tagger missing or cutting,
each searched from a literal: a person's name over "van der", "de la", "bin", "ap", "í" ("Joost van
der Meulen", and "Van der Meulen" later), a person the tagger cut in two ("María" + "José
Fernández Ortega", Danish "Hans" + "Christian Vognsen"), no "A" before a body ("A Labour
spokesman"), parties in a poll's list ("Reform on 29%, Labour on 24%"), a paper told something
("told the Shropshire Star"), bodies with a plural possessive ("Students' Union", "People's Party")
or "for/of (the)" after their head ("the Office for Students"), Danish bodies in one word with an
institution's ending ("Forligsinstitutionen", "Europa-Parlamentets") and the parties and
parliaments of Greenland and the Faroes."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.news_forms13 import _put as put, forms13
from reader.analysis.news_heads13 import realm
from reader.analysis.news_scans import literal_hits, matches_at

Span = tuple[int, int, str]

PARTICLES = True
JOINED = True
ARTICLE = True
POLLS = True
TOLD_PAPER = True
POSSESSIVE_BODIES = True
BODIES_FOR = True
DA_BODIES = True
REALM = True
GREATER = True

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
# Particles between a given name and a surname, each a literal with its spaces.
_PARTICLE_LITERALS = (" van der ", " van den ", " van de ", " von der ", " von ", " van ", " de la ", " de los ",
                      " del ", " bin ", " ibn ", " bint ", " ap ", " í ", " á ", " við ", " dos ", " da ")
_PARTICLE = re.compile(rf" (?:{'|'.join(p.strip() for p in _PARTICLE_LITERALS)}) ({_CAP}(?: {_CAP})?)(?![\w-])")
# Particles no place or firm has between two capitalised words (not "de la", "del", "da", "dos").
_PERSON_ONLY = frozenset(("van", "von", "bin", "ibn", "bint", "ap", "í", "á", "við"))
_PERSON_PARTICLE = re.compile(" (?:" + "|".join(sorted(_PERSON_ONLY)) + ") ")
_GIVEN_BEFORE = re.compile(rf"({_CAP}) $")
_UPPER_PARTICLES = ("Van der ", "Van den ", "Von der ", "De la ")


def found_names(text: str, out: list[Span], language: str, evidence: dict, vocab: dict | None = None) -> list[Span]:
    """``out`` (sorted, non-overlapping) with the names above found (``vocab``: the tagger's
    vocabulary classes)."""
    if PARTICLES:
        out = _particles(text, out, evidence)
    if JOINED and language == "da" and "Hans " in text:
        out = _hans(text, out, evidence)
    if JOINED:
        known = EN_VOCABULARY if language == "en" else frozenset()
        out = _joined(text, out, evidence, lambda w: w in known or (vocab or {}).get(w) == "L")
    if language == "en":
        if ARTICLE:
            out = [(s + (2 if text.startswith("A ", s) else 3), e, label) if (
                text.startswith(("A ", "An "), s) and text[s:e].count(" ") >= 1) else (s, e, label) for s, e, label in out]
        polled = _polls(text) if POLLS and ("% " in text or "%," in text) else []
        out = _set(out, polled, evidence)
        if TOLD_PAPER and "told the " in text:
            out = _set(out, _told(text), evidence)
        if POSSESSIVE_BODIES and ("' " in text or "’ " in text or "People's" in text):
            out = _set(out, _possessive_bodies(text), evidence)
        if BODIES_FOR:
            out = _set(out, _bodies_for(text), evidence)
        if GREATER and "Greater " in text:
            out = _set(out, [(m.start(), m.end(), "LOC") for m in _GREATER.finditer(text) if all(
                k is None or (out[k][2] == "LOC" and m.start() <= out[k][0] and out[k][1] <= m.end())
                for k in (_at(out, m.start()), _at(out, m.end() - 1)))], evidence)
    else:
        polled = []
        if DA_BODIES:
            out = _split_after(text, out, _da_bodies(text), evidence)
        if REALM:
            out = _set(out, realm(text), evidence)
    return forms13(text, out, language, evidence, polled)


def _set(spans: list[Span], new: list[Span], evidence: dict) -> list[Span]:
    """``spans`` with each ``new`` name in place of the spans it overlaps (``news_forms13._put``)."""
    return put(spans, new, evidence)


def _at(spans: list[Span], k: int) -> int | None:
    """The index of the span covering ``k``."""
    j = bisect_left(spans, (k + 1, -1, "")) - 1
    return j if j >= 0 and spans[j][0] <= k < spans[j][1] else None


def _sentence_start(text: str, k: int) -> bool:
    j = k - 1
    while j >= 0 and text[j] in " »\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n-–"


def _particles(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """A person's name over a particle ("Joost van der Meulen"): the word before it a person's
    (found so) or a given name not opening a sentence, the surname after it capitalised; and
    the particle and surname again elsewhere ("Van der Meulen's")."""
    new: list[Span] = []
    tails: set[str] = set()
    hits = literal_hits(text, _PARTICLE_LITERALS)
    for m in matches_at(_PARTICLE, text, hits):
        before = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        if before is None:
            continue
        k = _at(spans, before.start(1))
        if k is not None and spans[k][2] == "PER" and spans[k][1] == m.start():
            s = spans[k][0]
        elif not (before.group(1).lower() in FIRST_NAMES or (
            m.group(0).split(" ", 2)[1] in _PERSON_ONLY and not _sentence_start(text, before.start(1))
        )):
            continue  # ("Ashby de la Zouch", "Rio de Janeiro": places)
        elif k is not None and spans[k][1] == m.start() and spans[k][0] == before.start(1):
            s = before.start(1)  # a one-word "name" of another type before the particle
        elif k is None and ((j := _at(spans, m.start(1))) is None or spans[j][0] >= m.start(1)):
            s = before.start(1)
        else:
            continue
        new.append((s, m.end(), "PER"))
        tails.add(text[m.start() + 1:m.end()])
    for tail in tails:
        for form in (tail, tail[:1].upper() + tail[1:]):
            k = text.find(form)
            while k >= 0:
                end = k + len(form)
                if not (k and text[k - 1].isalnum()) and not text[end:end + 1].isalnum():
                    j = _at(spans, k)
                    if j is None or spans[j][0] >= k:
                        new.append((k, end, "PER"))
                k = text.find(form, end)
    for k in hits:  # a whole name over a person's particle typed otherwise ("Faisal bin X")
        j = _at(spans, k)
        if j is not None and spans[j][2] != "PER" and _PERSON_PARTICLE.match(text, k) and _PARTICLE.search(text, *spans[j][:2]):
            new.append((spans[j][0], spans[j][1], "PER"))
    kept: list[Span] = []
    for x in sorted(set(new), key=lambda x: (x[0], -x[1])):
        if not kept or x[0] >= kept[-1][1]:
            kept.append(x)
    return _set(spans, kept, evidence)


def _hans(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """Danish "Hans" before a person the tagger found from a given name on ("Hans Christian
    Vognsen"): the given name "Hans", not the pronoun."""
    new = []
    for k in literal_hits(text, ("Hans ",)):
        j = _at(spans, k + 5)
        if j is not None and spans[j][0] == k + 5 and spans[j][2] == "PER" and " " in text[k + 5:spans[j][1]] and (
            text[k + 5:spans[j][1]].split(" ", 1)[0].lower() in FIRST_NAMES
        ) and not (k and text[k - 1].isalnum()):
            new.append((k, spans[j][1], "PER"))
    return _set(spans, new, evidence)


def _joined(text: str, spans: list[Span], evidence: dict, ordinary: Callable[[str], bool]) -> list[Span]:
    """Two people found side by side with one space between them are one ("María" "José
    Fernández Ortega"), when no word of the first is an ordinary word (``ordinary``, in lower case)."""
    new = [(x[0], y[1], "PER") for x, y in zip(spans, spans[1:])
           if x[2] == y[2] == "PER" and y[0] == x[1] + 1 and text[x[1]] == " " and not any(
               ordinary(w.lower()) for w in text[x[0]:x[1]].split()) and (
               not _sentence_start(text, x[0]) or text[x[0]:x[1]].lower() in FIRST_NAMES)]  # (not "Anthropologist" "Ken Barger")
    kept: list[Span] = []
    for x in new:  # (three in a row: the first pair)
        if not kept or x[0] >= kept[-1][1]:
            kept.append(x)
    return _set(spans, kept, evidence)


_POLL = re.compile(rf"(?:the )?((?:{_CAP}|[A-Z]{{2,5}})(?: (?:{_CAP}|UK|[A-Z]{{2,5}}))*) (?:on|at) \d{{1,2}}(?:\.\d)?$")


def _polls(text: str) -> list[Span]:
    """Parties in a poll's list: two or more "X on 29%" in one sentence (searched from "%")."""
    found: dict[int, list[re.Match]] = {}
    for k in literal_hits(text, ("%",)):
        m = _POLL.search(text, max(0, k - 60), k)
        if m is not None:
            line = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
            found.setdefault(line, []).append(m)
    return [(m.start(1), m.end(1), "ORG") for ms in found.values() if len(ms) >= 2 for m in ms]


_TOLD = re.compile(rf"told the ((?:{_CAP} ){{0,3}}{_CAP})(?=[.,:;]|\s*$| that | on | in )")


def _told(text: str) -> list[Span]:
    """A paper or broadcaster told something: "told the Shropshire Star." (a person is never "the X")."""
    return [(m.start(1), m.end(1), "ORG") for m in matches_at(_TOLD, text, literal_hits(text, ("told the ",)))]


_HEADS = "Union|Party|Association|Federation|League|Society|Trust|Council|Fund|Institute|Alliance|Movement|Guild"
_POSSESSIVE = re.compile(rf"(?:{_CAP} )*(?:{_HEADS})(?![\w'’-])")
_CAPS_UP_TO = re.compile(rf"(?:{_CAP} )*[{_UP}][{_LOW}]*$")
_PLURAL_OWNERS = ("s' ", "s’ ", "People's ", "People’s ", "Women's ", "Women’s ", "Men's ", "Men’s ",
                  "Children's ", "Children’s ")


def _possessive_bodies(text: str) -> list[Span]:
    """A body named with a plural possessive before its head ("Kingsbridge Students' Union",
    "European People's Party"), searched from the possessive."""
    out = []
    for k in literal_hits(text, _PLURAL_OWNERS):
        space = text.index(" ", k)
        owner_end = space - 2 if text[space - 1] == "s" else space - 1  # (before "'s" or "'")
        owner = _CAPS_UP_TO.search(text, max(0, k - 80), owner_end)
        head = _POSSESSIVE.match(text, space + 1)
        if owner is not None and head is not None:
            out.append((owner.start(), head.end(), "ORG"))
    return out


_BODY_HEADS = ("Council", "Office", "Directorate-General", "Commission", "Institute", "Department", "Ministry",
               "Agency", "Authority", "Federation", "Foundation", "Board", "Committee", "Organisation",
               "Organization", "Confederation", "Chamber", "Academy")
_BODY_FOR = re.compile(rf" (?:for|of) (?:the )?{_CAP}(?: (?:and|of|for|&)(?: the)? {_CAP}| {_CAP})*(?![\w'’-])")
_CAPS_BEFORE = re.compile(rf"(?:{_CAP} )*$")
_GOES_ON = re.compile(rf" (?:in|of|on|for) {_CAP}")


def _bodies_for(text: str) -> list[Span]:
    """A body named by its head and "for"/"of" and one capitalised word, "the" and more, or words
    joined by "and" that no "in X" continues, after "the" ("the Office for Students", "the
    International Council for the Exploration of the Sea")."""
    out = []
    for k in literal_hits(text, tuple(h + " for " for h in _BODY_HEADS) + tuple(h + " of " for h in _BODY_HEADS if h != "Office")):
        if k and (text[k - 1].isalnum() or text[k - 1] == "-"):
            continue
        head_end = text.index(" ", k)
        m = _BODY_FOR.match(text, head_end)
        tail = m.group(0) if m else ""
        if m is None or not (" the " in tail or tail.count(" ") == 2 or (" and " in tail and not _GOES_ON.match(text, m.end()))):
            continue  # (not part of a name: "the Organization for Security and Cooperation in Europe")
        before = _CAPS_BEFORE.search(text, max(0, k - 80), k)
        s = before.start() if before else k
        if text.startswith("The ", s):
            s += 4
        if text[max(0, s - 4):s] in ("the ", "The "):
            out.append((s, m.end(), "ORG"))
    return out


_GREATER = re.compile(rf"(?<![\w-])Greater {_CAP}(?![\w-])")

# Danish endings of a body's one-word name in the definite form (the head of a compound).
_DA_ENDINGS = ("institutionen", "fonden", "parlamentet", "direktoratet", "kommissionen", "tilsynet", "ombudsmanden")
_DA_HEAD_LITERALS = tuple(x[:-2] for x in _DA_ENDINGS) + tuple(x[0].upper() + x[1:-2] for x in _DA_ENDINGS)
_DA_BODY = re.compile(rf"([{_UP}][\w-]*?(?:{'|'.join('[' + x[0] + x[0].upper() + ']' + x[1:] for x in _DA_ENDINGS)})s?)(?: for (?:{_CAP}(?: og | )?)+)?(?![\w-])")


def _da_bodies(text: str) -> list[Span]:
    """A capitalised word ending in a body's head ("Forligsinstitutionen", "Europa-Parlamentets";
    opening a sentence only a compound), with "for X og Y" after it ("Generaldirektoratet for
    Maritime Anliggender og Fiskeri"); searched from the heads."""
    out = []
    pos = 0
    for hit in literal_hits(text, _DA_HEAD_LITERALS):
        k = hit
        while k and (text[k - 1].isalpha() or text[k - 1] == "-"):
            k -= 1
        if k < pos or not text[k:k + 1].isupper():
            continue
        m = _DA_BODY.match(text, k)
        if m is None or (k and text[k - 1].isalnum()):
            continue
        pos = m.end()
        word = m.group(1).rstrip("s").lower()
        if _sentence_start(text, m.start()) and len(word) - max(len(x) for x in _DA_ENDINGS if word.endswith(x)) < 3:
            continue
        end = m.end()
        while text[end - 4:end] == " og " or text[end - 1:end] == " ":
            end -= 4 if text[end - 4:end] == " og " else 1
        out.append((m.start(), end, "ORG"))
    return out


def _split_after(text: str, spans: list[Span], bodies: list[Span], evidence: dict) -> list[Span]:
    """A body found at the start of a longer name keeps the rest as a person ("Europa-Parlamentet
    Asger Bøgh Winther")."""
    rest = []
    for s, e, _label in bodies:
        k = _at(spans, s)
        if k is not None and spans[k][0] == s and spans[k][1] > e + 1 and text[e] == " " and spans[k][2] == "PER":
            rest.append((e + 1, spans[k][1], "PER"))
    out = _set(spans, bodies, evidence)
    return _set(out, rest, evidence) if rest else out
