"""File names as the index keeps them: always valid UTF-8 text, turned back exactly on the way out.

A file name that is not valid UTF-8 reaches Python with its odd bytes as lone surrogates
(U+DC80-U+DCFF, "surrogateescape"), which SQLite cannot store. In the index each such character
stands as a code point of the private-use block U+F780-U+F7FF, and ``from_db`` turns it back.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\udc80-\udcff]")
_STAND_IN = re.compile("[\uf780-\uf7ff]")
_SHIFT = 0xF780 - 0xDC80


def to_db(path: str) -> str:
    """``path`` as stored in the index (unchanged unless it holds undecodable bytes)."""
    if _SURROGATE.search(path) is None:
        return path
    return _SURROGATE.sub(lambda m: chr(ord(m[0]) + _SHIFT), path)


def from_db(text: str) -> str:
    """The file name a stored path stands for (``to_db`` undone)."""
    if _STAND_IN.search(text) is None:
        return text
    return _STAND_IN.sub(lambda m: chr(ord(m[0]) - _SHIFT), text)
