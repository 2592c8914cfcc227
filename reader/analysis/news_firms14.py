"""English firms and parties of the eighth blind probe (probe14), each searched from a literal: a
firm's legal form whose full stop ends a paragraph ("Castlegate Homes Ltd.\\n"), a name the next words
call a company ("Notewise, the Leeds company behind ...": a body, and so its other mentions) and a
party in brackets after a councillor or member ("Cllr Rhys ap Dafydd (Plaid Cymru)"); a people
a later rule found ("Welsh captain") is no name."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.en_sets import PEOPLES
from reader.analysis.news_forms13 import _put as put
from reader.analysis.news_scans import literal_hits, matches_at

Span = tuple[int, int, str]

LEGAL_STOPS = True
CALLED_FIRMS = True
BRACKET_PARTIES = True
PEOPLES_AGAIN = True

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"
_FIRM_NOUN = re.compile(
    rf", the (?:[{_UP}][\w-]+ ){{0,2}}(?:company|firm|start-up|startup|business|retailer|developer|chain|brewery|"
    r"maker|manufacturer|supplier|operator|insurer|lender|bank|group)(?![\w'’-])"
)
_LAST_WORD = re.compile(rf"(?<![\w'’-])([{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?)$")
_MEMBER = re.compile(r"(?:Cllr|Councillor|MP|MSP|MS|AM|MEP) $")
_BRACKET = re.compile(rf" \(((?:[{_UP}][{_LOW}]+ ){{1,2}}[{_UP}][{_LOW}]+)\)")


def firms14(text: str, spans: list[Span], evidence: dict, vocab: dict) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above (``vocab``: the tagger's classes)."""
    if LEGAL_STOPS and ("Ltd.\n" in text or text.endswith("Ltd.")):
        spans = put(spans, [(s, e - 1, "ORG") for s, e, _label in spans if text.endswith("Ltd.", s, e) and (
            e == len(text) or text[e] == "\n")], evidence)
    if CALLED_FIRMS and ", the " in text:
        spans = put(spans, _called(text, spans, vocab), evidence)
    if BRACKET_PARTIES and " (" in text:
        spans = put(spans, _bracket_parties(text, spans), evidence)
    if PEOPLES_AGAIN:  # a people found by a later rule ("Welsh captain X"): no name, as in ``names``
        gone = [x for x in spans if text[x[0]:x[1]].lower() in PEOPLES]
        for x in gone:
            evidence.pop(x[:2], None)
        spans = [x for x in spans if x not in gone] if gone else spans
    return spans


def _at(spans: list[Span], k: int) -> int | None:
    """The index of the span covering ``k``."""
    j = bisect_left(spans, (k + 1, -1, "")) - 1
    return j if j >= 0 and spans[j][0] <= k < spans[j][1] else None


def _called(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """A name of one or two words followed by ", the ... company" and its other mentions: a body
    (``vocab``: the tagger's vocabulary classes; an ordinary word before the comma is none)."""
    names = set()
    for m in matches_at(_FIRM_NOUN, text, literal_hits(text, (", the ",))):
        j = _at(spans, m.start() - 1)
        if j is not None and spans[j][1] == m.start() and spans[j][2] != "ORG" and text.count(" ", *spans[j][:2]) < 2:
            names.add(text[spans[j][0]:spans[j][1]])
        elif j is None and (word := _LAST_WORD.search(text, max(0, m.start() - 30), m.start())) and not (
            vocab.get(word.group(1).lower()) in ("L", "B")
        ):
            names.add(word.group(1))  # (a name the tagger left out)
    new = [(s, e, "ORG") for s, e, label in spans if label != "ORG" and text[s:e] in names]
    for name in names:
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if not (k and text[k - 1].isalnum()) and not text[end:end + 1].isalnum() and _at(spans, k) is None:
                new.append((k, end, "ORG"))
            k = text.find(name, end)
    return new


def _bracket_parties(text: str, spans: list[Span]) -> list[Span]:
    """Capitalised words in brackets right after a person named with a member's title: a party."""
    out = []
    for m in matches_at(_BRACKET, text, literal_hits(text, (" (",))):
        j = _at(spans, m.start() - 1)
        if j is None or spans[j][1] != m.start() or spans[j][2] != "PER":
            continue
        if _MEMBER.search(text, max(0, spans[j][0] - 12), spans[j][0]):
            out.append((m.start(1), m.end(1), "ORG"))
    return out
