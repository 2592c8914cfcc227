"""English family titles before a first name ("Aunt Bea", "Grandpa Lew"): people for the quote speakers."""

from __future__ import annotations

import re

_KIN_NAME = re.compile(
    r"(?<![\w'’-])(?:Aunt|Auntie|Aunty|Uncle|Grandpa|Grandma|Grandad|Granddad|Granny|Gran|Nana|Nanna|Cousin)"
    r"\s+([A-Z][a-z][\w'’-]*)(?![\w'’-])"
)
# Capitalised words that open a clause, never a first name ("Uncle Ray and Aunt May. Then ...").
_NOT_NAMES = frozenset("the a an and but or so then he she it they we you his her my our their was is said says".split())


def kin_names(text: str) -> set[str]:
    """The family title and first name pairs the text writes ("Uncle Ray", "Aunt Rose")."""
    return {m.group(0) for m in _KIN_NAME.finditer(text) if m.group(1).lower() not in _NOT_NAMES}
