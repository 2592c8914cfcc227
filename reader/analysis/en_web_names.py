"""English names of web text that the news forms miss (webprobe13), applied after them: a business
named with its trade's word last ("Summit Plumbing", "Marco's Trattoria", "the Lakeside Motel") is
an organisation, and a street written in lower case after "on" or "at" is a place ("on main st");
then ``en_web_spans`` edits the names found. Each is searched for from a literal. (Numbered roads,
"Route 9", "I-89", were tried and left out: GUM reads "Route 66" and "I-44" as "Route" and "I", and
CV lost 0.0006; docs/log/webprobe13.md.)"""

from __future__ import annotations

import re

from reader.analysis.en_web_spans import web_spans
from reader.analysis.news_scans import literal_hits
from reader.analysis.span_set import replace_wholes, retype_or_add

Span = tuple[int, int, str]

BUSINESSES = True
LOWER_STREETS = True
SPANS = True  # en_web_spans
TRADES28 = True  # the trades below added by web28 (read when the module is imported)

# The last word of a business's name that says its trade (title case; each searched for as " Word").
_TRADES = (
    "Inn", "Motel", "Trattoria", "Pizzeria", "Bistro", "Diner", "Bakery", "Plumbing", "Movers",
    "Dental", "Dentistry", "Orthodontics", "Chiropractic", "Roofing", "Landscaping", "Catering",
    "Salon", "Barbershop", "Steakhouse", "Brewery", "Realty", "Florist", "Cleaners", "Locksmiths",
    "Tavern", "Deli", "Cafe", "Café", "Autobody", "Upholstery", "Remodeling", "Bakeshop",
) + ((  # (web28: trades of the second web probe's kinds, chosen on GUM CV)
    "Hardware", "Electric", "Electrical", "Electricians", "Heating", "Phones", "Joinery",
    "Glazing", "Opticians", "Decorators", "Carpets", "Tyres", "Kitchens", "Plumbers", "Garage",
    "Warehouse",
) if TRADES28 else ())
_TRADE = re.compile("|".join(sorted(_TRADES, key=len, reverse=True)))
_NAME_WORD = re.compile(r"[A-Z][a-z][A-Za-z-]*(?:['’]s)?|[A-Z](?:['’]s)?|&")  # (not an acronym: "DIY Dentistry")
_SENTENCE_END = ".!?:;\n\"“”"
# A street in lower case: its kind written short, and the words before its name.
_STREET_KINDS = (" st", " ave", " rd", " blvd")
_STREET_BEFORE = re.compile(r"(?:^|[\s(])(?:on|at|off|down|near|up) ([a-z]{3,}|\d{1,3}(?:st|nd|rd|th))$")
_NOT_STREET = frozenset("the and this that our your their my his her its".split())


def web_names(text: str, spans: list[Span], evidence: dict | None = None, vocab: dict | None = None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above applied; a span replaced leaves
    ``evidence`` (``vocab``: the tagger's vocabulary classes, "L" and "B" words written in lower case)."""
    evidence = evidence if evidence is not None else {}
    if BUSINESSES:
        spans = replace_wholes(spans, _businesses(text, vocab or {}), _ends_inside, evidence)
    if LOWER_STREETS:
        spans = retype_or_add(spans, _lower_streets(text), evidence)
    return web_spans(text, spans, evidence) if SPANS else spans


def _ends_inside(s: int, e: int, inside: list[Span]) -> bool:
    """The spans overlapping [s, e) all end inside it ("Avoid the Lakeside Motel" gives way)."""
    return all(x[1] <= e for x in inside)


def _businesses(text: str, vocab: dict) -> list[tuple[int, int]]:
    """One to three capitalised words before a trade's word ("Summit Plumbing", "Marco's
    Trattoria"); an ordinary word opening the sentence is left out ("Visit Harbor Inn")."""
    found = set()
    for at in literal_hits(text, _TRADES):  # (one search: the engine skips to their capitals)
        trade = _TRADE.match(text, at)
        after = text[trade.end():trade.end() + 1] if trade else "x"  # (the word must end there)
        if at and text[at - 1] == " " and not (after.isalnum() or after == "-"):
            start = _run_start(text, at - 1, vocab)
            if start is not None:
                found.add((start, trade.end()))
    return _apart(sorted(found))


def _run_start(text: str, at: int, vocab: dict) -> int | None:
    """Where the capitalised words ending at ``at`` (a space) start, at most three, on one line."""
    start = None
    words = 0
    k = at
    while words < 3:
        j = text.rfind(" ", max(0, k - 30), k)
        line = text.rfind("\n", max(0, k - 30), k)
        begin = max(j, line) + 1 if max(j, line) >= 0 else (0 if k <= 30 else None)
        if begin is None:
            break
        word = text[begin:k]
        if not _NAME_WORD.fullmatch(word) or word == "&" and start is None:
            break
        start = begin
        words += 1
        if begin == 0 or text[begin - 1] != " ":
            break
        k = begin - 1
    if start is None or text[start] == "&":
        return None
    first_end = text.find(" ", start)
    first = text[start:first_end]
    if _opens_sentence(text, start) and vocab.get(first.lower()) in ("L", "B"):
        start = first_end + 1  # (an ordinary word opening the sentence is no part of the name)
        if start > at:
            return None
    return start


def _opens_sentence(text: str, k: int) -> bool:
    """Whether the word at ``k`` opens its line or follows the end of a sentence."""
    before = text[max(0, k - 3):k].rstrip(" ")
    return not before or before[-1] in _SENTENCE_END


def _apart(wholes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``wholes`` in order without those overlapping one before them."""
    kept: list[tuple[int, int]] = []
    for s, e in wholes:
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return kept


def _lower_streets(text: str) -> list[Span]:
    """A street in lower case after "on", "at", "off", "down", "near" or "up" ("on main st",
    "at broad st.", "on 5th ave": a numbered street, web28), found from the kind's short word."""
    found = []
    for kind in _STREET_KINDS:
        at = text.find(kind)
        while at >= 0:
            end = at + len(kind)
            if not (end < len(text) and text[end].isalnum()):
                before = _STREET_BEFORE.search(text, max(0, at - 20), at)
                if before and before.group(1) not in _NOT_STREET:
                    found.append((before.start(1), end, "LOC"))
            at = text.find(kind, end)
    return sorted(found)
