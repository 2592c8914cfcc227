"""Tokenisation into character spans; one compiled regular expression, linear time."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LETTERS = r"[^\W\d_]"
_UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha()) + "]"
# Initials and short title abbreviations keep their dot: "H. C. Andersen", "St. Vincent", "Mr. Smith".
_INITIAL = rf"{_UPPER}\.(?=[ \t]{_UPPER})|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Hr)\.(?=\s)"
# Order matters: dotted abbreviations (U.S., f.eks., B.T.), numbers, words with inner hyphens or
# apostrophes, then any other single visible character. Every branch consumes at least one
# character and has no nested quantifiers over the same characters, so matching stays linear.
_DA_PATTERN = re.compile(
    rf"{_INITIAL}|{_LETTERS}{{1,4}}(?:\.{_LETTERS}{{1,4}})+\.?"
    r"|\d+(?:[.,:/]\d+)*"
    r"|\w+(?:[-'’]\w+)*"
    r"|\S"
)
# English splits the clitics off ("Obama's" -> "Obama" "'s"; "don't" -> "do" "n't").
_EN_PATTERN = re.compile(
    rf"{_INITIAL}|{_LETTERS}{{1,4}}(?:\.{_LETTERS}{{1,4}})+\.?"
    r"|\d+(?:[.,:/]\d+)*"
    r"|['’](?:s|S|re|ve|ll|d|m)\b"
    r"|n['’]t\b"
    r"|\w+?(?=n['’]t\b)"
    r"|\w+(?:-\w+)*"
    r"|\S"
)


@dataclass(slots=True)
class Tokens:
    """Parallel lists: start and end offsets and the token strings."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str, language: str = "da", offset: int = 0) -> Tokens:
    """Tokens of ``text`` as spans (shifted by ``offset``)."""
    pattern = _EN_PATTERN if language == "en" else _DA_PATTERN
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    add_s, add_e, add_w = starts.append, ends.append, words.append
    for match in pattern.finditer(text):
        s, e = match.span()
        add_s(s + offset)
        add_e(e + offset)
        add_w(match.group())
    return Tokens(starts, ends, words)
