"""More names of the seventh blind probe (probe13), each searched from a literal: a paper or
station a Danish source speaks to ("siger hun til Nordvestnyt."), a firm's first word for the firm
written with its legal form ("Nordvind" after "Nordvind Energi A/S"), a Danish person after a role
word typed as a body ("fiskerikommissær Kristiina Aaltonen"), Danish hospitals and schools typed as
places, an English constituency ("MP for Ludlow and Clee Hills") and a party a poll listed, named
again ("Reform's candidate"); with ``news_heads13``, "the river Teme", a Danish role word opening a
paragraph before a name ("Chauffør Ahmad Rahimi") and title-case headlines."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from reader.analysis.gazetteer import FIRST_NAMES, lookup
from reader.analysis.lexicon import ROLE_SUFFIXES
from reader.analysis.name_patterns import _ORG_LAST
from reader.analysis.news_heads13 import RIVER, headline, role_openers
from reader.analysis.news_scans import literal_hits, matches_at

Span = tuple[int, int, str]

MEDIA_TIL = True
FIRST_WORD = True
ROLE_PEOPLE = True
DA_INSTITUTIONS = True
SEATS = True
PARTY_AGAIN = True
APPOSITIONS = True
ACRONYM_OWNERS = True
ROLE_PLURALS = True
IN_DENMARK = True
HEADLINES = True
ROLE_OPENERS = True
RIVERS = True

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_WORD = rf"(?:{_CAP}|[{_UP}]{{2,5}}|\d{{1,2}})"


def forms13(text: str, spans: list[Span], language: str, evidence: dict, polled: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the names above found (``polled``: the parties a
    poll's list gave)."""
    if FIRST_WORD:
        spans = _first_words(text, spans, evidence)
    if language == "da":
        if MEDIA_TIL and " til " in text:
            spans = _put(spans, _media(text), evidence, keep=("PER",))
        if ROLE_PEOPLE:
            spans = _put(spans, _role_people(text, spans), evidence)
        if ROLE_OPENERS:
            spans = _put(spans, role_openers(text, spans, _ROLES + ("chauffør",), _at), evidence)
        if DA_INSTITUTIONS:
            spans = _put(spans, [(s, e, "ORG") for j, (s, e, label) in enumerate(spans)
                                 if label == "LOC" and text.count(" ", s, e) and _head_ends(text, spans, j)], evidence)
        if IN_DENMARK and " i Danmark" in text:  # "Folkehøjskolernes Forening i Danmark"
            spans = _put(spans, [(s, e + 10, "ORG") for s, e, label in _ending_at(spans, literal_hits(text, (" i Danmark",)), text, ("",))
                                 if label == "ORG" and text[s:e].rsplit(" ", 1)[-1] in _DA_BODY_LAST
                                 and not text[e + 10:e + 11].isalnum()], evidence)
    else:
        if SEATS and "MP for " in text:
            spans = _put(spans, [(m.start(1), m.end(1), "LOC") for m in matches_at(
                _SEAT, text, literal_hits(text, ("MP for ",)))], evidence)
        if PARTY_AGAIN and polled:
            spans = _put(spans, _again(text, polled), evidence, keep=("ORG",))
        if APPOSITIONS and ", " in text:
            spans = _put(spans, _appositions(text, spans), evidence)
        if ACRONYM_OWNERS and "'s " in text:
            spans = _put(spans, [(m.start(1), m.end(1), "ORG") for m in matches_at(
                _ACRONYM_OWNER, text, literal_hits(text, ("the ", "The ")))], evidence, keep=("ORG", "PER", "LOC"))
        if ROLE_PLURALS:
            spans = [x for x in spans if text[x[0]:x[1]] not in _ROLE_PLURALS]
        if RIVERS and "the river " in text:  # "the river Teme"
            spans = _put(spans, [(m.start(1), m.end(1), "LOC") for m in matches_at(
                RIVER, text, literal_hits(text, ("the river ",)))], evidence, keep=("LOC", "ORG", "PER"))
        if HEADLINES and "\n\n" in text[:300]:
            spans = headline(text, spans, evidence)
    return spans


_LOWER_RUN = re.compile("[a-zæøå]*")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzæøå")  # the characters of _LOWER_RUN


def _ending_at(spans: list[Span], hits: list[int], text: str, literals: tuple[str, ...] = ()) -> list[Span]:
    """The spans that end where each of ``hits`` ends: the literal of ``literals`` written there,
    else the word of lower-case letters from it ("...hospital")."""
    out = []
    for k in hits:
        end = next((k + len(x) for x in literals if text.startswith(x, k)), None) or _LOWER_RUN.match(text, k).end()
        j = bisect_left(spans, (end, -1, "")) - 1
        if j >= 0 and spans[j][1] == end:
            out.append(spans[j])
    return out


def _last_before(spans: list[Span], end: int) -> int:
    """The index of the last span that starts before ``end`` (-1 if none): the one ``_ending_at``
    takes for a hit that ends at ``end``."""
    return bisect_left(spans, (end, -1, "")) - 1


def _head_ends(text: str, spans: list[Span], j: int) -> bool:
    """Whether ``_ending_at(spans, literal_hits(text, _DA_HEADS), text)`` gives ``spans[j]``: a head
    written in the run of lower-case letters that ends where the span ends (read from the span,
    not from the eleven heads searched in the whole text)."""
    end = spans[j][1]
    if text[end:end + 1] in _LOWER or _last_before(spans, end) != j:
        return False
    k = end
    while k and text[k - 1] in _LOWER:
        k -= 1
    run = text[k:end]
    return any(head in run for head in _DA_HEADS)


def _legal_ends(text: str, spans: list[Span], j: int) -> bool:
    """Whether ``_ending_at(spans, literal_hits(text, _LEGAL), text, _LEGAL)`` gives ``spans[j]``: a
    legal form written right before the span's end (no form starts another, so the form written at
    a place is the first of ``_LEGAL`` written there)."""
    end = spans[j][1]
    return text.endswith(_LEGAL, 0, end) and _last_before(spans, end) == j


def _at(spans: list[Span], k: int) -> int | None:
    j = bisect_left(spans, (k + 1, -1, "")) - 1
    return j if j >= 0 and spans[j][0] <= k < spans[j][1] else None


def _put(spans: list[Span], new: list[Span], evidence: dict, keep: tuple[str, ...] = ()) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with each ``new`` name in place of the spans it
    overlaps, unless one of them is of a type in ``keep`` (a new name overlapping one taken before
    it is left out); the spans found by bisection, the list copied once."""
    if not new:
        return spans
    out = None
    last_end = -1
    for s, e, label in sorted(set(new)):
        if s < last_end:
            continue
        ref = spans if out is None else out
        k = bisect_left(ref, (s, -1, ""))
        if k and ref[k - 1][1] > s:
            k -= 1
        j = k
        while j < len(ref) and ref[j][0] < e:
            j += 1
        if (j - k == 1 and ref[k] == (s, e, label)) or any(x[2] in keep for x in ref[k:j]):
            continue
        if out is None:
            out = list(spans)
        for x in out[k:j]:
            evidence.pop(x[:2], None)
        out[k:j] = [(s, e, label)]
        last_end = e
    return spans if out is None else out


_SAY = ("siger", "sagde", "fortæller", "fortalte", "oplyser", "oplyste", "udtaler", "udtalte", "forklarer",
        "forklarede", "bekræfter", "bekræftede", "skriver", "skrev", "lyder det")
_MEDIA = re.compile(rf" til ({_WORD}(?: {_WORD}){{0,3}})(?=[.,;:!?](?:\s|$))")
_SUBJECT = re.compile(rf"(?:{'|'.join(_SAY)}) (?:[\wæøåÆØÅ-]+ ){{1,4}}$")


def _media(text: str) -> list[Span]:
    """The paper or station a Danish source speaks to, last in its clause: a reporting verb, its
    subject (up to four words, no comma) and "til" ("siger hun til Nordvestnyt.")."""
    out = []
    for m in matches_at(_MEDIA, text, literal_hits(text, (" til ",))):
        if _SUBJECT.search(text, max(0, m.start() - 60), m.start() + 1) is None:
            continue
        if m.group(1).split(" ", 1)[0].lower() in FIRST_NAMES:
            continue
        out.append((m.start(1), m.end(1), "ORG"))
    return out


_LEGAL = (" A/S", " ApS", " plc", " Ltd", " GmbH", " AB")


def _first_words(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """A firm's first word alone for the firm written with its legal form and more words
    ("Nordvind Energi A/S" ... "Nordvind har"), where the word stands alone and is not a person's."""
    words = {text[s:e].split(" ", 1)[0] for j, (s, e, label) in enumerate(spans)
             if label == "ORG" and text.count(" ", s, e) >= 2 and _legal_ends(text, spans, j)}
    new: list[Span] = []
    for word in words:
        if not word[:1].isupper() or len(word) < 4 or not word.isalpha() or "LOC" in lookup(word.lower()):
            continue  # ("Skive Auto Center ApS": a town first)
        found: list[Span] = []
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            after = text[end:end + 2]
            if not (k and text[k - 1].isalnum()) and not after[:1].isalnum() and not (
                after[:1] == " " and after[1:2].isupper()
            ):
                j = _at(spans, k)
                if j is not None and spans[j] == (k, end, "LOC"):
                    break  # a place named so too
                if j is None or spans[j][:2] == (k, end) and spans[j][2] != "PER":
                    found.append((k, end, "ORG"))
            k = text.find(word, end)
        else:
            new.extend(found)
    return _put(spans, new, evidence)


_ROLES = tuple(ROLE_SUFFIXES) + ("kommissær", "overlæge", "læge", "forhandler", "rektor", "forstander", "lektor")


def _role_people(text: str, spans: list[Span]) -> list[Span]:
    """A Danish name of two or three capitalised words typed as a body or place right after a
    role word in lower case ("fiskerikommissær Kristiina Aaltonen") is a person."""
    out = []
    for s, e, label in [x for x in spans if x[2] != "PER"]:
        if s < 2 or text[s - 1] != " ":
            continue
        before = text[text.rfind(" ", max(0, s - 30), s - 1) + 1:s - 1]
        if not (before.endswith(_ROLES) and before.islower()) or not 1 <= text.count(" ", s, e) <= 2:
            continue
        if all(re.fullmatch(_CAP, w) for w in text[s:e].split(" ")):
            out.append((s, e, "PER"))
    return out


_DA_HEADS = ("hospital", "hospitalet", "sygehus", "sygehuset", "universitet", "universitetet", "seminarium",
             "højskole", "friskole", "gymnasium", "efterskole")
_SEAT = re.compile(rf"MP for ({_CAP}(?: (?:and|upon|on|under) {_CAP}| {_CAP})*)")


def _again(text: str, polled: list[Span]) -> list[Span]:
    """A party a poll listed, named again alone ("Reform's candidate")."""
    out = []
    for word in {text[s:e] for s, e, _label in polled if " " not in text[s:e]}:
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            if not (k and text[k - 1].isalnum()) and not text[end:end + 1].isalnum() and not (
                text[end:end + 1] == " " and text[end + 1:end + 2].isupper()
            ):
                out.append((k, end, "ORG"))
            k = text.find(word, end)
    return out


_ROLE_PLURALS = frozenset(("MPs", "MEPs", "MSPs", "MLAs", "GPs", "MSs"))
_ACRONYM_OWNER = re.compile(r"[Tt]he ([A-Z]{3,6})['’]s ")
_DA_BODY_LAST = frozenset(("Forening", "Forbund", "Landsforening", "Selskab", "Råd", "Sammenslutning"))
_ARTICLE_AFTER = re.compile(r", (?:a|an|the) ((?:[\w'’-]+ ){0,4}?[\w'’-]+)(?=,| at | for | of | in | from | with |\.)")
_HEAD_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[A-Z][\w'’-]*['’]s|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)((?: [\w'’-]+){1,4}), $")
_TWO_CAPS = re.compile(rf"(?:\n|, )({_CAP}(?: {_CAP}){{1,2}})(?=, )")


def _appositions(text: str, spans: list[Span]) -> list[Span]:
    """English: a name of two or three capitalised words beside a description whose head names a
    person ("Rupert Lyall, an analyst at the broker", "the Dutch prime minister, Dirk de Jonge,")
    is a person: typed as a body or place by the tagger, or (two words opening a paragraph) not
    found."""
    from reader.analysis.descriptions import is_person_noun

    def beside(s: int, e: int) -> bool:
        if text[e:e + 1] != ",":
            return False  # (either side, a comma after the name)
        if text[max(0, s - 8):s].rsplit(" ", 2)[-2:-1] in (["from"], ["in"], ["at"], ["of"], ["to"], ["near"], ["for"]):
            return False  # "the gentleman from New York, the distinguished Chair"
        after = _ARTICLE_AFTER.match(text, e)
        if after is not None and is_person_noun(after.group(1).rsplit(" ", 1)[-1]):
            return True
        before = _HEAD_BEFORE.search(text, max(0, s - 60), s)
        head = before.group(1).rsplit(" ", 1)[-1] if before is not None else ""
        return head.lower() not in _FIRM_ROLES and is_person_noun(head)

    out = []
    for s, e, label in spans:
        if label in ("ORG", "LOC") and text[e:e + 1] == "," and 1 <= text.count(" ", s, e) <= 2 and text[s:e].rsplit(" ", 1)[-1].lower() not in _ORG_LAST and all(
            re.fullmatch(_CAP, w) or w in ("de", "van", "von", "der", "den") for w in text[s:e].split(" ")
        ) and beside(s, e):
            out.append((s, e, "PER"))
    for m in _TWO_CAPS.finditer(text):  # (two words opening a paragraph; "Mali's foreign minister, Abdoulaye Ag Mohamed,")
        s, e = m.span(1)
        if _at(spans, s) is None and _at(spans, e - 1) is None and beside(s, e):
            out.append((s, e, "PER"))
    return out


# Roles a firm holds as often as a person: "The owner, Teesmouth Recycling, said".
_FIRM_ROLES = frozenset("owner owners operator operators landlord employer developer buyer seller supplier contractor".split())
