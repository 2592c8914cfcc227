"""English names of laws, holidays and festivals: no person, body or place (issue 16).

"the George Floyd Justice in Policing Act", "Christmas Eve", "the Berlin International Film
Festival" are a law, a day and an event: GUM marks none of them as a person, organisation or place,
and UNER counts them as MISC. A found name that is such a name, or the part before "in"/"of"/... of
a law's name, is dropped (docs/log/namesen8.md).
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

ON = True
# A law's first words: a name, then "in"/"of"/"for"/"and"/"&" and up to four more capitalised words or
# such joins, then "Act"/"Acts" ending the run ("George Floyd Justice" of "the George Floyd Justice in
# Policing Act"; not "Ann Lee" of "Ann Lee on the Tom Reed Act": no "on", "to" or "the" inside).
_LAW_AFTER = re.compile(r"\s+(?:of|in|for|and|&)(?:\s+(?:[A-Z][\w'’.-]*|of|in|for|and|&)){0,4}?\s+Acts?\b(?! [A-Z])")
_HOLIDAY = re.compile(
    r"(?:Christmas|Easter|Thanksgiving|Halloween|Hallowe'en|Hanukkah|Diwali|Ramadan|Passover)"
    r"(?: (?:Eve|Day|Sunday|Monday))?|(?:New Year(?:'s|’s)?|Boxing|Valentine(?:'s|’s)?) (?:Eve|Day)")
_EVENT_LAST = frozenset(("Act", "Acts", "Festival"))


def not_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without laws, holidays and festivals (see the module's docstring)."""
    if not ON:
        return spans
    return [x for x in spans if not _event(text, x[0], x[1])]


def _event(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a law, a holiday or a festival, or opens a law's name."""
    name = text[start:end]
    if name.rpartition(" ")[2] in _EVENT_LAST or _HOLIDAY.fullmatch(name):
        return True
    return bool(_LAW_AFTER.match(text, end)) and not text[end:end + 1].isalnum()
