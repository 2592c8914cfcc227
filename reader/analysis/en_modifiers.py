"""English modifiers that come in pairs before one noun (quotes11): "my best and only friend" is one
speaker, not two joined by "and"."""

from __future__ import annotations

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
