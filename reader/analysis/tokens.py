"""Tokenisation into character spans; one compiled regular expression, linear time."""

from __future__ import annotations

import re
from itertools import accumulate
from operator import sub
from dataclasses import dataclass

_LETTERS = r"[^\W\d_]"
_UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha()) + "]"
# Initials and short title abbreviations keep their dot: "H. C. Andersen", "St. Vincent", "Mr. Smith".
_INITIAL = rf"{_UPPER}\.(?=[ \t]{_UPPER})|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Hr)\.(?=\s)"
# Danish name parts: "Det Kgl. Teater", "Gl. Skagen", "Skt. Petri", "Hansen & Co. A/S".
_DA_NAME_PARTS = r"(?:Kgl|kgl|Kgs|Gl|Skt|Sct)\.(?=[ \t])|(?:A|I|K|P)/S\b"
# A given name's short form before a capital keeps its dot too: "Henrik Aa. Bundgaard" (the old
# spelling of Å), "Chr. Hansen", "Th. Olesen" (probefix23).
_DA_NAME_PARTS += rf"|(?:Aa|Chr|Th)\.(?=[ \t]{_UPPER})"
# Order matters: dotted abbreviations (U.S., f.eks., B.T.), numbers, words with inner hyphens or
# apostrophes, then any other single visible character. Every branch consumes at least one
# character and has no nested quantifiers over the same characters, so matching stays linear.
_DA_PATTERN = re.compile(
    rf"{_INITIAL}|{_DA_NAME_PARTS}|{_LETTERS}{{1,4}}(?:\.{_LETTERS}{{1,4}})+\.?"
    r"|\d+(?:[.,:/]\d+)*"
    r"|\w+(?:[-'’]\w+)*"
    r"|\S"
)
# English splits the clitics off ("Obama's" -> "Obama" "'s"; "don't" -> "do" "n't").
_EN_PATTERN = re.compile(
    rf"{_INITIAL}|(?:Inc|Corp|Co|Ltd|Bros)\.(?=\s|$)|{_LETTERS}{{1,4}}(?:\.{_LETTERS}{{1,4}})+\.?"
    r"|\d+(?:[.,:/]\d+)*"
    r"|['’](?:s|S|re|ve|ll|d|m)\b"
    r"|n['’]t\b"
    r"|\w+?(?=n['’]t\b)"
    rf"|[ODL]['’]{_UPPER}\w+(?:-\w+)*"  # "O'Brien", "D'Arcy": one word
    r"|\w+(?:-\w+)*"
    r"|\S"
)


# The same tokens with the whitespace before each: one findall, offsets from the running lengths.
# A plain word not followed by a dot, hyphen, apostrophe or word character is tried first (fast path);
# a word of Danish and English letters first of all (a set of letters is quicker to test than "a
# letter", and where it matches, the plain word matches the same characters).
_FAST = r"\s*(?:[a-zA-ZæøåÆØÅ]+(?![-'’.\w])|[^\W\d_]+(?![-'’.\w])|"
# Danish: not before a slash either ("A/S").
_DA_SPACED = re.compile(_FAST.replace("'’.", "'’./") + _DA_PATTERN.pattern + ")")
_EN_SPACED = re.compile(_FAST + _EN_PATTERN.pattern + ")")


@dataclass(slots=True)
class Tokens:
    """Parallel lists: start and end offsets and the token strings."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str, language: str = "da", offset: int = 0) -> Tokens:
    """Tokens of ``text`` as spans (shifted by ``offset``)."""
    pattern = _EN_SPACED if language == "en" else _DA_SPACED
    pieces = pattern.findall(text)
    # Tuples: once the garbage collector has seen that they hold only strings and numbers, it
    # stops walking them (a long text's token lists made every full collection slow).
    ends = tuple(accumulate(map(len, pieces), initial=offset))[1:]
    words = tuple(map(str.lstrip, pieces))
    starts = tuple(map(sub, ends, map(len, words)))
    return Tokens(starts, ends, words)
