"""Pairing quotation marks inside one paragraph: » «, „ “, “ ”, straight quotes, and the strays.

A paragraph may close a quotation it never opened ("... tabe,« siger X." when the quotation began
in a paragraph before, or a lost opening mark), or open one it never closes (a quotation that
runs on into the next paragraph). Both come back, marked, for the caller to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.quote_genres28 import singles_beside

_MARK = re.compile(r"[»«„“”\"]")
_CLOSES_FOR = {"»": "«", "„": "“”\"", "“": "”\"“", "\"": "\"”“", "‘": "’", "'": "'"}
# British single quotes, in a paragraph without double marks: an opening mark before a word, a
# closing mark after one and not inside a word ("won’t"), nor a plural genitive ("workers’ union").
_SINGLE_OPEN = re.compile(
    r"(?<![^\s(\[—–-])[‘'](?=[\w¡¿])(?!(?i:s|m|d|t|ve|re|ll|n|em|tis|twas|cause|til|bout|round)\b|\d+s\b)"
)  # not a clipped word: "it 's", "'em", "'90s" 
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…)\]])[’'](?![\w])")
_STRAIGHT_SINGLE = re.compile("'")


@dataclass(frozen=True)
class Pair:
    """One quotation: ``[start, end)`` inside the marks, ``before`` the opening mark's offset (or
    the paragraph start), ``after`` the offset just past the closing mark (or the paragraph end)."""

    start: int
    end: int
    before: int
    after: int
    open_ended: bool = False
    close_only: bool = False


def _is_inch(text: str, pos: int, s: int = 0) -> bool:
    """A straight quote right after a digit is an inch or seconds mark (12" or 3'20"), unless it
    closes a quotation opened before it in the paragraph (from ``s``) and punctuation follows it
    ('("Library hours cut to save £80,000", 14 March)': quotes33)."""
    if not (text[pos] == "\"" and pos > 0 and text[pos - 1].isdigit()):
        return False
    opened = sum(1 for k in range(s, pos) if text[k] == "\"" and not (k > 0 and text[k - 1].isdigit())) % 2 == 1
    return not (opened and text[pos + 1:pos + 2] in (",", ".", ";", ":", ")", "!", "?"))


def opens_single(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` opens a quotation in single quotes (not "'90s", "'em")."""
    return bool(_SINGLE_OPEN.match(text, pos))


def mark_pairs(
    text: str, s: int, e: int, attribution: re.Pattern, continuing: bool = False, runs_on: bool = False
) -> list[Pair]:
    """The quotations in the paragraph ``[s, e)`` of ``text``, in order.

    ``attribution`` matches a reporting verb right after a closing mark; a first mark followed by
    one (or a closing-only mark such as « or ”) after some text closes a quotation opened before
    the paragraph. ``continuing``: the paragraph before left a quotation open; ``runs_on``: the
    next paragraph opens with a quotation mark, so a quotation left open here runs on into it.
    """
    marks = [m.start() for m in _MARK.finditer(text, s, e) if not _is_inch(text, m.start(), s)]
    if not marks:
        marks = single_marks(text, s, e, continuing)
    elif "‘" in text[s:marks[0]] or any(_SINGLE_OPEN.match(text, p) for p in _singles_in(text, s, marks[0])):
        # British style, double marks nested inside single ones: "‘They told us “wait”,’ she said."
        singles = single_marks(text, s, e, continuing)
        if singles and singles[0] < marks[0] and any(text[p] in "’'" and p > marks[-1] for p in singles):
            marks = singles
    pairs: list[Pair] = []
    if not marks:
        return pairs
    first = marks[0]
    straight = sum(1 for p in marks if text[p] == "\"")
    if _quoted_inside_open(text, s, e, marks, straight, attribution):
        return [Pair(s + 1, e, s, e, open_ended=True)]
    if first > s and text[s:first].strip() and _closes_before(text, first, straight, attribution, e, continuing):
        pairs.append(Pair(s, first, s, first + 1, close_only=True))
        marks = marks[1:]
    elif straight % 2 == 1 and text[first] == "\"" and first > 0 and text[first - 1] in ",.!?" and text[first + 1:first + 2] == " ":
        # (first > 0: an empty slice is "in" any string, so a text opening '" Hvis man ...' lost its mark; quotesda28)
        marks = marks[1:]  # a stray closing mark whose opening mark was lost: pair the rest
    open_at: int | None = None
    for pos in marks:
        ch = text[pos]
        if open_at is None:
            if ch in "«”’" or (ch == "'" and not _SINGLE_OPEN.match(text, pos)):
                continue
            open_at = pos
            continue
        if ch in _CLOSES_FOR[text[open_at]]:
            pairs.append(Pair(open_at + 1, pos, open_at, pos + 1))
            open_at = None
        elif ch == "»" and text[open_at] == "»":
            open_at = pos
    if open_at is not None and e - open_at > 1 and (text[open_at] not in "‘'" or open_at == s or runs_on):
        pairs.append(Pair(open_at + 1, e, open_at, e, open_ended=True))
    elif open_at is None and runs_on and marks and text[marks[-1]] not in "‘’'":
        # '"It was unfair," said Jane Doe. ‘The views were ignored.' and the next paragraph opens
        # with a mark: a quotation in single quotes after the double ones runs on.
        tail = single_marks(text, marks[-1] + 1, e)
        if tail and text[tail[-1]] in "‘'" and _SINGLE_OPEN.match(text, tail[-1]) and e - tail[-1] > 1:
            pairs.append(Pair(tail[-1] + 1, e, tail[-1], e, open_ended=True))
    if pairs and text[pairs[0].before] not in "‘’'" and ("‘" in text[s:e] or "'" in text[s:e]):
        gaps = [(s, pairs[0].before)] + [(a.after, b.before) for a, b in zip(pairs, pairs[1:])] + [(pairs[-1].after, e)]
        beside = [Pair(o + 1, c, o, c + 1) for o, c in singles_beside(text, gaps, single_marks)]
        pairs = sorted(pairs + beside, key=lambda pair: pair.before) if beside else pairs  # (quotesen28)
    return pairs


def _quoted_inside_open(text: str, s: int, e: int, marks: list[int], straight: int, attribution: re.Pattern) -> bool:
    """A paragraph opening a quotation left open, with a short quoted phrase at its end whose opening
    mark the tokenizer glued to the word before ('"Nej, den bliver ikke som" Twin Peaks".': DDT's
    spacing; quotesda23): three straight marks, the first opening the paragraph, the second between a
    word and a space with no attribution after it, the third closing the paragraph after a word."""
    if straight != 3 or len(marks) != 3 or marks[0] != s or text[s] != "\"":
        return False
    middle, last = marks[1], marks[2]
    return (
        text[middle - 1].isalnum() and text[middle + 1:middle + 2] == " "
        and text[last - 1].isalnum() and not text[last + 1:e].strip(" .!?")
        and len(text[middle + 1:last].split()) <= 4
        and not attribution.match(text, middle + 1, min(e, middle + 80))
    )


def _singles_in(text: str, s: int, e: int) -> list[int]:
    return [m.start() for m in _STRAIGHT_SINGLE.finditer(text, s, e)]


def single_marks(text: str, s: int, e: int, continuing: bool = False) -> list[int]:
    """Offsets of the single quotation marks of a paragraph ``[s, e)`` that has no double ones
    (none without an opening mark, unless the paragraph before left a quotation open)."""
    if not continuing and text.find("'", s, e) < 0 and text.find("‘", s, e) < 0:
        return []  # no opening mark (found in C: the scan below tries its look-behind everywhere)
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text, s, e)]  # (as if the text ended at e)
    if not opens and not continuing:
        return []
    closes = [
        m.start() for m in _SINGLE_CLOSE.finditer(text, s, e)
        if not (text[m.start() - 1] == "s" and re.match(r"\s+[a-z]", text[m.start() + 1:m.start() + 4]))
    ]
    return sorted(set(opens) | set(closes))


def _closes_before(text: str, pos: int, straight: int, attribution: re.Pattern, e: int, continuing: bool) -> bool:
    """Whether the first mark of a paragraph, after some text, closes a quotation begun earlier."""
    ch = text[pos]
    if ch in "«”":
        return True
    if ch in "’'":
        return continuing or bool(attribution.match(text, pos + 1, min(e, pos + 80)))
    if ch == "\"" and straight % 2 == 1:
        if attribution.match(text, pos + 1, min(e, pos + 80)):
            return True
        if continuing and text[pos - 1:pos] in ".,!?…" and (pos + 1 >= e or text[pos + 1].isspace()):
            return True
        # Else, without an attribution, only at the very end of the paragraph: 'kone".' or 'kone."'
        return not text[pos + 1:e].strip(" .,")
    return False
