"""Two name forms of wire copy that probe30 met (docs/log/probe30.md).

- English: a person's title with its field, "Minister for Mineral Resources Naja Berg", "Secretary
  of State for Transport Ann Lee": the title was read into the person. A person's name that opens
  with such a title, then "for"/"of" and capitalised words, keeps only the part from the first
  known given name on, when every word from there is capitalised. Gate: " for " or " of " in it.
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


def english(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with titles and their fields cut off people's names."""
    if not ON or (" for " not in text and " of " not in text):
        return spans
    out = []
    for s, e, label in spans:
        cut = _titled(text, s, e) if label == "PER" else None
        out.append((cut, e, label) if cut is not None else (s, e, label))
    return out


def danish(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with places joined by "&" made bodies."""
    if not ON or "&" not in text:
        return spans
    return [(s, e, "ORG") if label == "LOC" and " & " in text[s:e] else (s, e, label) for s, e, label in spans]
