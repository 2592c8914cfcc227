"""English: a body whose name holds a plural for people with an apostrophe ("the Atlantic
Fishermen's Guild", "the Royal Women's Hospital", "the Carpenters' Guild", "Farmers' Union of
Wales") is one organisation: the tagger cut it at the apostrophe ("Atlantic Fishermen" a place,
"Guild" a person). Issue 16's "a possessive inside the name cut off" (lead, stop 42)."""

from __future__ import annotations

import re

from reader.analysis.spans22 import overlapping, put

ON = True
Span = tuple[int, int, str]

_HEADS = (
    "Guild|Hospital|Federation|Association|Union|Society|Club|League|Trust|Fund|College|School|Institute|"
    "Party|Alliance|Council|Centre|Center|Home|Museum|Choir|Network|Forum|Committee|Organisation|"
    "Organization|Campaign|Commission|Cooperative|Co-operative|Charity|Foundation|Refuge|Hospice|Shelter|"
    "Academy|Theatre|Theater|Orchestra|Brigade|Corps|Mission|Coalition|Congress|Assembly"
)
_BODY = re.compile(
    r"(?<![\w'’])((?:(?!The\s)[A-Z][\w-]+\s){0,3})"
    r"([A-Z][a-z]*(?:men|women|children|people|ers|ists|ians|ants|ors|ees|ents)['’]s?)\s"
    r"((?:[A-Z][\w-]+\s){0,2}?)(" + _HEADS + r")(?![\w-])"
)
# The apostrophe of such a name: where ``_BODY`` is tried (not at every place of the text).
_APOSTROPHE = re.compile(r"['’]s?\s[A-Z]")
_ENDS = ("men", "people", "ers", "ists", "ians", "ants", "ors", "ees", "ents")


def bodies(text: str, names: list[Span]) -> list[Span]:
    """``names`` with each such body one organisation (names inside it give way)."""
    out = names
    done = -1
    for hit in _APOSTROPHE.finditer(text):
        if not text.endswith(_ENDS, max(0, hit.start() - 6), hit.start()):
            continue
        m = next((m for m in _BODY.finditer(text, max(done, hit.start() - 80), hit.end() + 80)
                  if m.start(2) <= hit.start() < m.end(2)), None)
        if m is None:
            continue
        s, e = m.start(), m.end()
        done = e
        over = overlapping(out, s, e)
        if any(x[0] < s or x[1] > e for x in over) or any(x == (s, e, "ORG") for x in over):
            continue  # part of a longer name, or found whole already
        out = put(list(out) if out is names else out, (s, e, "ORG"))
    return out
