"""English fiction: "he"/"she" with nobody of that sex named before is the last person the
narrative described as a man or a woman ('The old lady pulled her spectacles down. ... She
resurrected nothing but the cat. / "I never did see the beat of that boy!"': the old lady)."""

from __future__ import annotations

import re

from reader.analysis.descriptions import is_sexed
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
