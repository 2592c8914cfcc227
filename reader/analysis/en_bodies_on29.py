"""English: a committee or commission "on" a subject is one name: "the Joint Committee on Vaccination
and Immunisation", "the Select Committee on Science and Technology" were found as "Joint
Committee" and "Select Committee" (probe29). An organisation whose last word is such a body's noun,
followed by "on" and capitalised words (joined by "and", "of", "the" or "&"), takes them in.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]
ON = True
_HEADS = frozenset("Committee Commission Panel Council Board Inquiry Taskforce Conference Convention".split())
_TIMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July"
    " August September October November December Christmas Easter".split()
)  # "the Planning Committee on Tuesday": a day, no subject
_ON_WORDS = re.compile(r" on (?:[A-Z][\w'’-]*)(?: (?:and|of|the|&) [A-Z][\w'’-]*| [A-Z][\w'’-]*)*")


def bodies_on(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each body "on" a subject stretched over the subject's capitalised words."""
    if " on " not in text:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        tail = _ON_WORDS.match(text, e) if label == "ORG" and text[s:e].rsplit(" ", 1)[-1] in _HEADS else None
        if tail is not None and tail.group().split()[1] not in _TIMES:
            end = tail.end()
            out = [x for x in out if x[1] <= s]
            out.append((s, end, label))
            continue
        if out and s < out[-1][1]:
            continue  # a name inside the stretched one ("Science" in "... on Science and Technology")
        out.append((s, e, label))
    return out
