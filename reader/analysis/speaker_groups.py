"""English groups that speak as a bare plural, with no determiner: '"...," residents said',
'police said', 'the marchers chanted' has one already ("local residents" too)."""

from __future__ import annotations

from reader.analysis.descriptions import is_person_noun
from reader.analysis.people import Speaker

# Plurals of no person noun of the lists that still name people who speak together.
_GROUPS = frozenset(
    "police staff people marchers demonstrators organisers organizers locals crowds fans residents officials"
    " witnesses campaigners parents workers nurses doctors teachers pupils students neighbours neighbors".split()
)


def bare_plural(taken: list[tuple[int, int, str]]) -> Speaker | None:
    """The speaker of a description without a determiner (``taken``: its words, start, end and
    text), when it is a plural of people, alone or after one lower-case modifier ("residents",
    "local residents"); None otherwise."""
    if not 1 <= len(taken) <= 2 or any(w[2][:1].isupper() for w in taken[1:]):
        return None
    head = taken[-1][2].lower()
    if head not in _GROUPS and not (head.endswith("s") and is_person_noun(head)):
        return None
    text = " ".join(w[2] for w in taken)
    return Speaker(taken[0][0], taken[-1][1], "description", text)
