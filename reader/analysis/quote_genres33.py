"""English quotations in essays, letters, podcasts, court opinions, how-to guides and textbooks
(quotes33). A podcast or hearing transcript whose labelled voices talk to each other, with no
interviewer among them, is speech throughout: its turns are no quotes, only the quotations inside
them are ("TESS: ... She said, "...""). A nickname after "called X" is no quote."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.quote_genres32 import _TURN, question_labels

_ASKERS = frozenset(("Q", "A", "Spørgsmål", "Svar", "Question", "Answer", "Interviewer", "Journalist"))


@lru_cache(maxsize=8)
def conversation_labels(text: str) -> frozenset[str]:
    """The labels of a transcript of two voices or more that each take two turns or more, none of
    them an interviewer (a label whose every turn is a question, or "Q:"), else none."""
    turns: dict[str, int] = {}
    for match in _TURN.finditer(text):
        turns[match.group(1)] = turns.get(match.group(1), 0) + 1
    voices = frozenset(label for label, count in turns.items() if count >= 2)
    if len(voices) < 2 or voices & _ASKERS or question_labels(text):
        return frozenset()
    return voices


# 'always called your father "the Admiral"', 'calls her "Boss"': a nickname after call and the one
# named (one to three words), the quoted words one capitalised word, "the" before it at most.
_CALLED_SOMEONE = re.compile(r"\b(?:call|calls|called|calling)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_NICKNAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]*")


def nickname(text: str, s: int, before: int, inner: str) -> bool:
    """Whether the quoted ``inner`` (its opening mark at ``before``) is a nickname given after "called X"."""
    return bool(_NICKNAME.fullmatch(inner.strip())) and bool(_CALLED_SOMEONE.search(text, max(s, before - 60), before))
