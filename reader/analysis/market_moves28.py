"""Firms named by their share moves in a market report (probe28), Danish and English:
"Rio Tinto and Anglo American lost 3.2% and 2.9%", "Persimmon rose 1.9% and Barratt Redrow 1.4%",
"Zealand Pharma faldt 4,6 procent". The tagger types an unknown firm a place or a person or passes
over it; a name that is the subject of a price move by a percentage is a listed firm.

Only names opening a sentence or a line, or after "and"/"og" or a comma, or "Shares in"/"Aktien i",
are taken (not "Unemployment in Spain fell 0.3%"); not a known place, not a word the tagger knows in
lower case opening a sentence alone ("Gold rose 1%"), not an index, a currency or a commodity.
Gated by a literal test: a text without "%", "per cent", "percent" or "procent" costs one scan a
form."""

from __future__ import annotations

import re

from reader.analysis.gazetteer import lookup
from reader.analysis.spans22 import overlapping, put

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it after forms27_en / forms27_da

_AMOUNT = r"\d+(?:[.,]\d+)?(?:%| ?per cent| ?percent| procent| pct\.?)"
_VERBS = {
    "en": r"(?:rose|fell|slid|slipped|jumped|gained|lost|climbed|dropped|added|shed|tumbled|surged|soared|sank"
          r"|plunged|rallied|advanced|declined|eased|edged (?:up|down|higher|lower)|(?:was|were|closed|ended|finished) (?:up|down))",
    "da": r"(?:steg|faldt|tabte|styrtdykkede|dykkede|rykkede op|gik (?:frem|tilbage)|lukkede (?:op|ned))",
}
_MOVE = {lang: re.compile(r" " + verb + r" (?:by |med )?" + _AMOUNT) for lang, verb in _VERBS.items()}
_WORD = r"[A-ZÆØÅ][\w'’&.-]*"
_NAME = _WORD + r"(?: (?:&|" + _WORD + r")){0,3}"
# The name (or two joined by "and"/"og") right before the verb, at the end of the text before it.
_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(" + _NAME + r")(?: (?:and|og) (" + _NAME + r"))?$")
# "... 1.9% and Barratt Redrow 1.4%": a second firm after the first move, its verb left out.
_SECOND = re.compile(r"(?: and | og |, )(" + _NAME + r") (?:by |med )?" + _AMOUNT)
_OPENERS = ("and ", "og ", ", ", "Shares in ", "shares in ", "Shares of ", "shares of ", "Aktien i ", "aktien i ")
# Indexes, currencies, commodities and words that open such sentences: never a firm here.
_NOT_FIRMS = frozenset(
    "The A An Its Their Shares Share Stocks Sterling Gold Silver Oil Brent Copper Bitcoin Euro Dollar Yen Pound"
    " FTSE Dow Nasdaq Nikkei DAX CAC Stoxx Hang S&P Index Inflation Unemployment Sales Profits Revenue Exports"
    " Imports Prices Turnout Det Den De Kronen Euroen Dollaren Guld Olie Aktien Aktierne Indekset C25 OMXC25"
    " Omsætningen Overskuddet Salget Ledigheden Inflationen Priserne".split()
)
_GATE = ("%", "per cent", "percent", "procent", "pct")


def firms(text: str, names: list[Span], language: str, vocab: dict[str, str]) -> list[Span]:
    """``names`` with the subjects of share moves found and typed ORG (sorted, non-overlapping)."""
    if not any(cue in text for cue in _GATE):
        return names
    found: list[tuple[int, int]] = []
    for move in _MOVE["da" if language == "da" else "en"].finditer(text):
        v = move.start()
        line = text.rfind("\n", 0, v) + 1
        m = _BEFORE.search(text, max(line, v - 120), v)
        if m is not None:
            for group in (1, 2):
                if m.group(group) is not None:
                    found.append(m.span(group))
        m2 = _SECOND.match(text, move.end())
        if m2 is not None:
            found.append(m2.span(1))
    out = list(names)
    for s, e in found:
        s, e = _trimmed(text, s, e)
        if e <= s or not _firm(text, s, e, vocab):
            continue
        over = overlapping(out, s, e)
        if any(x[0] < s or x[1] > e for x in over) or (s, e, "ORG") in over:
            continue  # part of a longer name, or found already
        out = put(out, (s, e, "ORG"))
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """The name without a genitive or a full stop at its end."""
    while e > s and text[e - 1] in ".’'":
        e -= 1
    return s, e


def _firm(text: str, s: int, e: int, vocab: dict[str, str]) -> bool:
    """Whether the name at ``s``-``e`` may be a firm: after an opener, not a place, index or word."""
    words = text[s:e].split()
    if words[0] in _NOT_FIRMS or any(w in _NOT_FIRMS for w in words):
        return False
    before = text[max(0, s - 12):s]
    opens = not before.strip() or before.endswith("\n") or re.search(r"[.!?:]\s+$", before) is not None
    if not (opens or before.endswith(_OPENERS)):
        return False
    if "LOC" in lookup(text[s:e].lower()) and "ORG" not in lookup(text[s:e].lower()):
        return False  # a known place ("China", "Tyskland")
    if len(words) == 1 and opens and vocab.get(words[0].lower()) in ("L", "B"):
        return False  # a word written low elsewhere, capitalised as the sentence's first
    return True
