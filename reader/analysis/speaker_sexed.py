"""English fiction: "he"/"she" with nobody of that sex named before is the last person the
narrative described as a man or a woman ('The old lady pulled her spectacles down. ... She
resurrected nothing but the cat. / "I never did see the beat of that boy!"': the old lady)."""

from __future__ import annotations

import re

from reader.analysis.descriptions import description_fits, is_sexed, subject_description
from reader.analysis.people import Speaker

_DESCRIBED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)((?:\s+[a-z][\w-]*){1,3})")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def sexed_description(text: str, pos: int, female: bool) -> Speaker | None:
    """The last description of a woman (``female``) or a man in the narrative of the four
    paragraphs before ``pos`` (quotations left out), as a description speaker."""
    begin = pos
    for _ in range(4):
        found = text.rfind("\n\n", 0, max(0, begin - 1))
        begin = found + 2 if found >= 0 else 0
    quoted = [m.span() for m in _QUOTED.finditer(text, begin, pos)]
    last = None
    for match in _DESCRIBED.finditer(text, begin, pos):
        if any(s <= match.start() < e for s, e in quoted):
            continue
        words = list(re.finditer(r"[a-z][\w-]*", match.group(1)))
        for word in reversed(words):
            if is_sexed(word.group(), female):
                last = (match.start(), match.start(1) + word.end())
                break
    return Speaker(last[0], last[1], "description", text[last[0]:last[1]]) if last else None


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?=[A-Z])", re.MULTILINE)


def described_opener(text: str, pos: int, female: bool, male: bool) -> Speaker | None:
    """'The receptionist didn't look up. She was typing. / "Name?" she said.': with nobody of the
    pronoun's sex named, the last described subject opening a narrative sentence (quotations left
    out) of this paragraph or the one before, a description that fits the sex."""
    line = text.rfind("\n", 0, pos) + 1
    before = text.rfind("\n\n", 0, max(0, line - 2))
    begin = before + 2 if before >= 0 else 0
    quoted = [m.span() for m in _QUOTED.finditer(text, begin, pos)]
    last = None
    for match in _SENTENCE_START.finditer(text, begin, pos):
        at = match.end()
        if any(s <= at < e for s, e in quoted) or text[at:at + 1] in "\"“":
            continue
        span = subject_description(text, at, pos)
        if span is not None and description_fits(text[span[0]:span[1]], female, male):
            last = span
    return Speaker(last[0], last[1], "description", text[last[0]:last[1]]) if last else None
