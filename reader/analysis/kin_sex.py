"""English family words in apposition before a name ("her husband, Alasdair,", "his daughter
Mia"): the sex of a person whose first name the gazetteer does not know."""

from __future__ import annotations

import re

_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he)\s+(?:(?:late|former|elder|older|younger|eldest|youngest|"
    r"twin|only|new|step-?)\s+)?"
    r"(husband|wife|widow|widower|son|daughter|brother|sister|father|mother|nephew|niece|uncle|aunt|"
    r"grandson|granddaughter|grandfather|grandmother|boyfriend|girlfriend|fiancé|fiancée|stepson|stepdaughter)"
    r",?\s+$"
)
_MALE = frozenset("husband widower son brother father nephew uncle grandson grandfather boyfriend fiancé stepson".split())


def kin_sex(text: str, start: int) -> str | None:
    """"m" or "f" when a family word of one sex stands in apposition right before the name at
    ``start`` ("her husband, Alasdair", "his sister Ann"); None otherwise."""
    match = _KIN_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    return "m" if match.group(1) in _MALE else "f"
