"""Danish: guillemets the other way round, «...» (the Swiss and French order, which some Danish
papers and DDT's sentences use for titles and now and then for quotations; quotesda33).

Read the Danish way, »...«, '«De fortabte spillemænd» for anden gang' closes a quotation at the
first mark and opens one at the second: 'Han læser for tiden' came back as a quotation's end.
When a sentence's only marks are « and », alternating from «, each « before a word and each »
after one, they pair «...», and the pairs go through the usual filters (titles, scare quotes).
"""

from __future__ import annotations

import re

from reader.analysis.quote_marks import Pair

_MARKS = re.compile(r"[»«„“”\"]")


def swiss_pairs(text: str, s: int, e: int, pairs: list[Pair]) -> list[Pair]:
    """``pairs`` of the sentence ``[s, e)``, or the «...» pairs when its marks are all of that order."""
    marks = [m.start() for m in _MARKS.finditer(text, s, e)]
    if not marks or len(marks) % 2 or text[marks[0]] != "«":
        return pairs
    out: list[Pair] = []
    for o, c in zip(marks[::2], marks[1::2]):
        if text[o] != "«" or text[c] != "»":
            return pairs
        before_open = text[o - 1:o] if o > s else ""
        if before_open and not (before_open.isspace() or before_open in "(["):
            return pairs  # 'tilbage«, siger X': a Danish closing mark after a word
        if not text[o + 1:o + 2].strip() or not text[c - 1:c].strip() or c - o < 2:
            return pairs
        if text[c + 1:c + 2].isalnum():
            return pairs  # a closing mark glued to the next word is the Danish opening one
        out.append(Pair(o + 1, c, o, c + 1))
    return out
