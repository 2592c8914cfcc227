"""English news forms of places and people (a blind probe of new stories, probe11): a US state's
abbreviation after its town ("Clarks Summit, Pa.", "Tucson, Ariz."), a village named with a
prefix such as "Great" or "Little" ("Great Fransham", "Cold Ashby End"), an ordinary word
opening a person's name dropped ("Parent Shazia Iqbal", "Defending Webb", "Second-placed
Wendlebury Town", at a sentence's start). Works on the spans of ``names.find_names`` (English)
after the other rules."""

from __future__ import annotations

import re

from reader.analysis.descriptions import is_person_noun
from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY
from reader.analysis.span_set import SpanSet

Span = tuple[int, int, str]

STATES = True
PREFIXED_PLACES = True
OPENING_WORDS = True

_STATE = re.compile(
    r", (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
    r"|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.")
_PREFIX = re.compile(
    r"(?<![\w'’-])(?:Great|Little|Upper|Lower|Nether|Cold|Chipping|Steeple|Much|Castle|Market|Monks|Kings|Bishops)"
    r" ([A-Z][a-z]+)(?: (End|Green|Heath|Common|Magna|Parva|Cross|Marsh))?(?![\w'’-]| [A-Z])")
_TITLE_WORDS = frozenset("mr mrs ms miss dr sir lady lord dame st saint brother sister father mother aunt uncle".split())


def news_places(text: str, spans: list[Span], evidence: dict | None = None, vocab: dict | None = None) -> list[Span]:
    """``spans`` with the forms above applied (sorted, non-overlapping); ``vocab``: the tagger's
    vocabulary classes ("L": a word GUM has only in lower case)."""
    evidence = evidence if evidence is not None else {}
    out = sorted(spans)
    if STATES and ", " in text:
        out = _states(text, out, evidence)
    if PREFIXED_PLACES:
        out = _prefixed(text, out)
    if OPENING_WORDS:
        out = [_opening(text, x, evidence, vocab or {}) if _at_start(text, x[0]) else x for x in out]
    return out


def _states(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """A state's abbreviation after a place the tagger found ("Tucson, Ariz."): a place, with its
    full stop, whatever the tagger made of it."""
    ends = {e for _s, e, label in spans if label == "LOC"}
    for m in _STATE.finditer(text):
        if m.start() not in ends:
            continue
        s, e = m.start() + 2, m.end()
        inside = [x for x in spans if x[0] < e and s < x[1]]
        if all(s <= x[0] and x[1] <= e for x in inside):
            for x in inside:
                evidence.pop(x[:2], None)
            spans = sorted([x for x in spans if x not in inside] + [(s, e, "LOC")])
    return spans


def _prefixed(text: str, spans: list[Span]) -> list[Span]:
    """"Great Fransham", "Cold Ashby End": a village the tagger passed over (LOC), when its second
    word is no ordinary word."""
    new = []
    taken = SpanSet(spans)
    for m in _PREFIX.finditer(text):
        if m.group(1).lower() in EN_VOCABULARY or taken.overlaps(m.start(), m.end()):
            continue
        new.append((m.start(), m.end(), "LOC"))
    return sorted(spans + new) if new else spans


def _at_start(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence."""
    before = text[max(0, start - 3):start]
    return start == 0 or before.endswith("\n") or bool(re.search(r"[.!?][\"”’']?\s+$", before))


def _opening(text: str, span: Span, evidence: dict, vocab: dict) -> Span:
    """A person's name (or any name) that opens with an ordinary word no given name or title is
    ("Parent", "Defending", "Second-placed") loses that word."""
    s, e, label = span
    first, _, rest = text[s:e].partition(" ")
    if not rest or not rest[:1].isupper():
        return span
    low = first.lower()
    if label == "PER":
        if not _ordinary(low, vocab) or low in EN_GIVEN_NAMES or low in _TITLE_WORDS or not (
                low.endswith("ing") or is_person_noun(low, more=False)):
            return span  # "Large Language Model", "Brother Newton"
    elif not ("-" in low and all(part in EN_VOCABULARY or vocab.get(part) == "L" for part in low.split("-"))):
        return span
    evidence.pop((s, e), None)
    return (s + len(first) + 1, e, label)


def _ordinary(low: str, vocab: dict) -> bool:
    """A word GUM has only in lower case, or a listed ordinary word GUM never had."""
    cls = vocab.get(low)
    return cls == "L" or cls is None and low in EN_VOCABULARY


