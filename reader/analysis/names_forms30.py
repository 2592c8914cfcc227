"""Two name forms of wire copy that probe30 met (docs/log/probe30.md).

- English: a person's title with its field, "Minister for Mineral Resources Naja Berg", "Secretary
  of State for Transport Ann Lee": the title was read into the person. A person's name that opens
  with such a title, then "for"/"of" and capitalised words, keeps only the part from the first
  known given name on, when every word from there is capitalised. Gate: " for " or " of " in it.
- English: a place a spokesperson speaks for is a body ("A spokesperson for Buckingham Palace",
  as "A Downing Street spokeswoman" is marked); a person's name ending in "Prize", "Award" or
  "Medal" is a prize, no name (prizes are not marked); "River Severn" makes "Severn" alone a place.
- Danish: a name joined by "&" ("Sund & Bælt", "Brand & Redning") typed a place is a body: the
  training part of DDT has seven names with "&", all organisations. Gate: "&" in the name.
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import FIRST_NAMES

Span = tuple[int, int, str]
ON = True
_TITLE = re.compile(r"(?:(?:Deputy|Junior|Shadow|Prime|Foreign|First|Chief|Vice)\s+)?(?:Minister|Secretary|Commissioner|Director|"
                    r"Chancellor|Spokes(?:wo)?man|Spokesperson|Ambassador|Envoy)(?:\s+of\s+State)?\s+(?:for|of)\s+")
_TITLE_BEFORE = re.compile(_TITLE.pattern + r"$")
_WORD = re.compile(r"[\w'’.-]+")


def _given(word: str) -> bool:
    return word.lower() in FIRST_NAMES


def _titled(text: str, s: int, e: int) -> int | None:
    """Where the person starts in ``text[s:e]`` after a title with its field, or None."""
    title = _TITLE.match(text, s, e)
    if title is None and not _TITLE_BEFORE.search(text, max(0, s - 60), s):
        return None  # (the title itself may have been cut off already: "Minister for" + "Mineral Resources Naja X")
    words = list(_WORD.finditer(text, title.end() if title else s, e))
    for k, word in enumerate(words[:-1]):
        if k and _given(word.group()) and all(w.group()[:1].isupper() for w in words[k:]):
            return word.start()
    return None


_SPOKES = re.compile(r"\bspokes(?:person|man|woman)\s+for\s+(?:the\s+)?$", re.IGNORECASE)


def english(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with titles and their fields cut off people's names, and places a spokesperson
    speaks for made bodies."""
    if not ON:
        return spans
    fields = " for " in text or " of " in text
    out = []
    for s, e, label in spans:
        cut = _titled(text, s, e) if label == "PER" and fields else None
        if label == "LOC" and fields and _SPOKES.search(text, max(0, s - 30), s):
            label = "ORG"  # "A spokesperson for Buckingham Palace": the palace as a body
        if label == "PER" and _PRIZE.search(text, s, e):
            continue  # "Walter Scott Prize": a prize, no person
        out.append((cut, e, label) if cut is not None else (s, e, label))
    return _rivers(text, out) if "River " in text else out


_PRIZE = re.compile(r"\s(?:Prize|Prizes|Award|Awards|Medal|Trophy)$")
_RIVER = re.compile(r"River ([A-Z][a-z]+)$")


def _rivers(text: str, spans: list[Span]) -> list[Span]:
    """A river named "River Severn" is a place at its bare mentions too ("the Severn at X")."""
    names = {m.group(1) for s, e, label in spans if label == "LOC" and (m := _RIVER.fullmatch(text, s, e))}
    if not names:
        return spans
    taken = [(s, e) for s, e, _label in spans]
    added = [(m.start(), m.end(), "LOC") for name in names for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text)
             if not any(s < m.end() and m.start() < e for s, e in taken)]
    return sorted(spans + added) if added else spans


def danish(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with places joined by "&" made bodies."""
    if not ON or "&" not in text:
        return spans
    return [(s, e, "ORG") if label == "LOC" and " & " in text[s:e] else (s, e, label) for s, e, label in spans]
