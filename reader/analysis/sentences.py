"""Sentence spans: split after . ! ? … unless the dot ends an abbreviation, initial or ordinal."""

from __future__ import annotations

import re

from reader.analysis.lexicon import ABBREVIATIONS, DA_MONTHS, SENTENCE_FINAL_ABBREVIATIONS

# A candidate boundary: terminal punctuation (plus closing quotes/brackets), then whitespace.
# Blank lines and single newlines (headlines, list items) always end a sentence.
# Group 1: the first visible character after the punctuation, past opening quotes and brackets
# ("" at the end of the text, None for a line break).
# It opens with a character class so that the engine skips ahead to candidates.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=\n)|(?<![.!?…][.!?…])[.!?…]*+[\"'»«”’)\]]*+(?=\s)(?=\s*[\"'»«“„”(\[\-–—]*(\S?)))"
)
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")
# A Danish academic degree written before a name ("professor, dr.jur. Ida Berg", "adjunkt, cand.-psych.
# X"), unless a copula makes it the sentence's predicate ("Hun er cand.polit.").
_DEGREE = re.compile(r"(?<![\w.-])(?:dr|cand|lic|mag)\.-?[a-zæøå]{2,7}$", re.IGNORECASE)
# A name after the degree ("dr.jur. Agnete Voss"): two words in capitals; "cand.polit. Hun arbejder"
# and "mag.art. Den fik hun i 1998" end the sentence (attack18).
_NAME_AFTER = re.compile(r"\s+[A-ZÆØÅ][\w'-]*\.?\s+[A-ZÆØÅ]")
_PREDICATE = re.compile(r"\b(?:er|var|blev|som|is|was|as)\s+$", re.IGNORECASE)
_NEXT = re.compile(r"\s*([\"'»«“„”(\[\-–—]*)(\S?)")
_MONTHS = {m.lower() for m in DA_MONTHS} | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}


def _is_boundary(text: str, dot_start: int, end: int) -> bool:
    """Whether the full stop at ``dot_start`` (its punctuation ending at ``end``) closes a sentence
    that the next visible character, not in lower case, may open."""
    before = _WORD_BEFORE.search(text, max(0, dot_start - 12), dot_start)
    if before is None:
        return True
    # (a degree holds a stop: without one before this stop, no pattern is run)
    lo = max(0, dot_start - 12)
    degree = _DEGREE.search(text, lo, dot_start) if text.find(".", lo, dot_start) >= 0 else None
    if degree is not None and not _PREDICATE.search(text, max(0, degree.start() - 8), degree.start()) \
            and _NAME_AFTER.match(text, end):
        return False
    word = before.group(1)
    low = word.lower().strip(".")
    if low in SENTENCE_FINAL_ABBREVIATIONS:
        return True
    if low in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or word == "Aa":  # "Henrik Aa. Bundgaard"
        return False  # "hr. Jensen", "K. Andersen"
    if word.isdigit() and len(word) <= 2:
        nxt = _NEXT.match(text, end)
        after = text[nxt.start(2): nxt.start(2) + 12].split(" ", 1)[0].lower().strip(".,") if nxt else ""
        return after not in _MONTHS  # "1. Maj" stays together; "22." at a sentence end splits
    return True


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open spans of the sentences of ``text``, whitespace trimmed, covering all its words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        first = match.group(1)
        if first:  # not a line break: terminal punctuation, then the next visible character
            if first.islower():
                continue
            if text[match.start()] == "." and not _is_boundary(text, match.start(), match.end()):
                continue
        end = match.end()
        piece = text[start:end]
        lead = piece.lstrip()
        if lead:
            s = start + len(piece) - len(lead)
            spans.append((s, s + len(lead.rstrip())))
        start = end
    piece = text[start:]
    lead = piece.lstrip()
    if lead:
        s = start + len(piece) - len(lead)
        spans.append((s, s + len(lead.rstrip())))
    return tuple(spans)


def end_before(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())`` without copying the text before ``pos``."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def word_before(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (lower-case ASCII letters, matched in any case) stands whole, then
    white space, right before ``at``: what ``\\b(?:en|et)\\s+`` ending at ``at`` finds."""
    if not at or not text[at - 1].isspace():
        return False
    end = end_before(text, at)
    for word in words:
        begin = end - len(word)
        if begin >= 0 and text[begin:end].lower() == word and (
            not begin or not (text[begin - 1].isalnum() or text[begin - 1] == "_")
        ):
            return True
    return False
