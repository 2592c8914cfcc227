"""Words inside a speaker phrase (quotes11): English modifiers that come in pairs before one noun
("my best and only friend" is one speaker, not two joined by "and"); the first name of a person
named in the genitive before a role ("Henrik Andersens lillebror Kristian")."""

from __future__ import annotations

import re

from reader.analysis.people import People

# "my best and only friend", "her first and last husband", "his oldest and dearest friend"
# (besides any superlative in -est).
_PAIRED = frozenset("only first last best worst one own".split())


def _modifier(word: str) -> bool:
    low = word.lower()
    return low in _PAIRED or len(low) > 4 and low.endswith("est")


def joined_modifiers(before: str, after: str) -> bool:
    """Whether "and" between ``before`` and ``after`` joins two modifiers of one noun ("my best and
    only friend") rather than two people or two clauses."""
    return _modifier(before) and _modifier(after) and after[:1].islower()


def genitive_name_at(people: People, pos: int) -> bool:
    """Whether ``pos`` is inside a person's name written in the genitive ("Henrik Andersens
    lillebror Kristian"): that person owns the role, and the name after it speaks."""
    for person in people.last_people(max(0, pos - 60), pos + 60):
        if person.start <= pos < person.end:
            return bool(re.search(r"(?:s|'s|’s)$", person.text.split()[-1]))
    return False
