"""English speaker cues found on texts the rules were not tuned on (quotes11, tune7): two modifiers
joined inside one description ("my best and only friend")."""

from __future__ import annotations

# Modifiers that come in pairs before one noun: "my best and only friend", "her first and last
# husband", "his oldest and dearest friend" (besides any superlative in -est).
_PAIRED = frozenset("only first last best worst one own".split())


def _modifier(word: str) -> bool:
    low = word.lower()
    return low in _PAIRED or len(low) > 4 and low.endswith("est")


def joined_modifiers(before: str, after: str) -> bool:
    """Whether "and" between ``before`` and ``after`` joins two modifiers of one noun ("my best and
    only friend") rather than two people or two clauses."""
    return _modifier(before) and _modifier(after) and after[:1].islower()
