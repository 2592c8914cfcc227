"""A body's name and its short form given right after it, and the short form's later mentions
(probe30).

Wire copy names a body once in full with its short form after it, then uses the short form:
"Odense Universitetshospital, OUH, afviser ...", "Forsvarsministeriets Materiel- og
Indkøbsstyrelse, FMI, ...", "the Office for Students (OfS)", "the National Farmers' Union (NFU)",
"Transport & Environment (T&E)". ``name_acronyms`` joins the words before a bracketed acronym of
plain capitals when the tagger saw them; here, after all the other rules, a found name of two words
or more followed by "(X)" or ", X," where X is a short form of it (2-8 letters or "&", at least two
capitals, its first letter the name's and its letters in the name's order) gives X the name's type,
and so do X's other mentions in the text that no name covers ("the EA's", "OUHs"). A name that stops
short of the short form, with capitalised words and "og"/"and"/"of"/"for" between, is stretched to
it ("Forsvarsministeriets" + "Materiel- og Indkøbsstyrelse, FMI"). Gate: "(" or ", " followed by a
capital in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Span = tuple[int, int, str]
ON = True
_SHORT = r"[A-ZÆØÅ][A-Za-zÆØÅæøå&]{1,7}"
_AFTER = re.compile(rf"(?: \(({_SHORT})\)|, ({_SHORT}),)")
_GAP = re.compile(r"(?:(?: |-)(?:og|and|of|for|the|&|[A-ZÆØÅ][\w'’-]*))+")
_GATE = re.compile(rf"(?:\(|, ){_SHORT}[),]")
_TYPES = ("ORG", "LOC")


def _short_form(name: str, short: str) -> bool:
    """``short`` is a short form of ``name``: at least two capitals, its first letter the name's,
    its letters in the name's order."""
    if sum(c.isupper() for c in short) < 2 or not short[-1].isupper():
        return False
    letters = [c.lower() for c in short if c.isalpha()]
    words = name.split()
    if len(words) < 2 or letters[0] != name[0].lower():
        return False
    low, at = name.lower(), 0
    for letter in letters:
        at = low.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def short_forms(text: str, spans: list[Span], language: str) -> list[Span]:
    """``spans`` with each short form given after a name, and its other mentions, typed as the name."""
    if not _GATE.search(text):
        return spans
    spans = sorted(spans)
    forms: dict[str, str] = {}
    changed = False
    for i, (s, e, label) in enumerate(spans):
        if label not in _TYPES:
            continue
        end = e
        gap = _GAP.match(text, e)
        if not _AFTER.match(text, e) and gap and _AFTER.match(text, gap.end()):
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            if gap.end() <= nxt:
                end = gap.end()
        m = _AFTER.match(text, end)
        if not m or (language == "en" and m.group(2)):
            continue  # English: only in brackets ("Open Educational Resources, OER, ...": no name)
        short = m.group(1) or m.group(2)
        if short in forms or not _short_form(text[s:end], short):
            continue
        if language == "en" and short.isalpha() and short.isupper() and text.count(short) < 2:
            continue  # English: a short form of plain capitals used once is left to ``name_acronyms``
        forms[short] = label
        if end != e:
            spans[i] = (s, end, label)
            changed = True
    if not forms:
        return spans
    starts = [x[0] for x in spans]
    out = list(spans)
    genitive = "s?" if language == "da" else ""
    for short, label in forms.items():
        for m in re.finditer(rf"(?<![\w&]){re.escape(short)}{genitive}(?![\w&])", text):
            k = bisect_left(starts, m.start())
            same = [j for j in (k - 1, k) if 0 <= j < len(spans) and spans[j][0] < m.end() and m.start() < spans[j][1]]
            if not same:
                out.append((m.start(), m.end(), label))
                changed = True
            elif len(same) == 1 and spans[same[0]][:2] == (m.start(), m.end()) and spans[same[0]][2] != label:
                out[out.index(spans[same[0]])] = (m.start(), m.end(), label)
                changed = True
    return sorted(out) if changed else spans


_BRACKETED = re.compile(rf"\s*\(({_SHORT})\)\s*")


def short_after(text: str, at: int, end: int) -> bool:
    """Whether ``text[at:end]`` is only a short form in brackets: a speaker phrase "the Office for
    Students (OfS)" before "said" is the body (``speakers.phrase``)."""
    return bool(_BRACKETED.fullmatch(text, at, end))
