"""Alternations of many words written as a letter tree ("sag(?:de|t)?"): the regex engine tries at
most one branch per letter rather than every word at every position, and still the longest word
first, as a longest-first list of the words would."""

from __future__ import annotations

import re
from collections.abc import Iterable


def letter_tree(words: Iterable[str]) -> str:
    """The regular expression matching exactly ``words`` (as written), longest first."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree(tree)


def _tree(node: dict) -> str:
    """The regular expression of a letter tree (``""`` marks the end of a word)."""
    branches = [re.escape(char) + _tree(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")
