"""English: a he/she opening the main clause of the sentence before a quotation after short
phrases of time or place set off by commas ("In one of the few, in 1979, she was asked about
it. "..."", "Years later, in Vienna, he was blunt."): that pronoun speaks."""

from __future__ import annotations

import re

from reader.analysis.people import Speaker

_PHRASE = re.compile(
    r"(?:in|at|on|by|after|during|later|then|once|finally|eventually|years|decades|months|weeks|days|that|the\s+next)\b"
    r"(?:\s+(?!(?:when|while|as|if|because|since|until|who|which|that|he|she|they|i|we)\b)[\w'’-]+){0,5}",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\s*(he|she)\s+[a-z][\w'’-]*\s", re.IGNORECASE)


def phrased_pronoun(text: str, start: int, end: int) -> Speaker | None:
    """The he/she after one to three comma-ended phrases of time or place opening the sentence
    ``[start, end)``."""
    at, count = start, 0
    while count < 3:
        phrase = _PHRASE.match(text, at, end)
        if phrase is None or text[phrase.end():phrase.end() + 1] != ",":
            break
        at, count = phrase.end() + 1, count + 1
        while at < end and text[at] in " \t":
            at += 1
    pronoun = _PRONOUN.match(text, at, end) if count else None
    if pronoun is None:
        return None
    return Speaker(pronoun.start(1), pronoun.end(1), "pronoun")
