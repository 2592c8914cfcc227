"""Danish: a lone word in capitals inside a sentence that the training text never had is an
organisation (namesda18).

"i UNPROFOR, FNs fredsstyrke", "mødtes DGO med tre lærere", "en ECU": the typer turns down many
such words it has not seen. In the training split (5-fold, each fold's own vocabulary), a word of
2-14 capital letters after a lower-case word and before none capitalised, unknown to the
vocabulary, is an organisation 37 times, part of a longer name 3, a person 3 and no name 14 ("VIP",
"EDB", "LP"). Roman numerals are left ("VII").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import notable, where

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish
_ROMAN = re.compile(r"[IVXLCDM]+")


@notable
def _capitals(word: str) -> bool:
    """A word of 3-14 letters, all capitals."""
    return 3 <= len(word) <= 14 and word.isupper() and word.isalpha()


def lone_acronyms(tokens: Tokens, spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``spans`` with each lone unknown word in capitals inside a sentence added as ORG (sorted)."""
    words, at, ends = tokens.words, tokens.starts, tokens.ends
    firsts = [s for s, _e, _label in spans]
    n = len(words)
    added: list[Span] = []
    for k in where(words, _capitals):
        word = words[k]
        if not k or not words[k - 1][:1].islower() or (k + 1 < n and words[k + 1][:1].isupper()):
            continue
        if word.lower() in vocab or _ROMAN.fullmatch(word):
            continue
        i = bisect_right(firsts, at[k]) - 1
        if i >= 0 and spans[i][1] > at[k]:
            continue
        added.append((at[k], ends[k], "ORG"))
    return sorted(spans + added) if added else spans
