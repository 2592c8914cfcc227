"""Danish dash dialogue in court and interviews (quotesda22): the turn right after a question put
to someone ("- Hvor langt væk stod De?") is not the asker's when it has no attribution of its own,
even when the narrative before the question names only the asker ("Forsvarer X spurgte ind til
afstanden."): it is the last other person who answered in the dialogue before."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.model import Quote

# A second person in the question's last sentence: it is put to someone present.
_YOU = re.compile(r"\b(?:du|dig|din|dit|dine|jer|jeres)\b|(?<![.!?»\-–—]\s)\b(?:De|Dem|Deres)\b")
_DASH = "-–—"


def answer_turns(text: str, quotes: list[Quote]) -> list[Quote]:
    """Give a bare dash answer after a second-person question the last earlier speaker who is not
    the asker (within the six quotes before)."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, asked = out[k], out[k - 1]
        if q.speaker is None or q.speaker != asked.speaker or not _dash_paragraph(text, q.start):
            continue
        if not _dash_paragraph(text, asked.start) or not _next_paragraph(text, asked.end, q.start):
            continue
        if q.speaker_start is not None and q.speaker_start > q.start:
            continue  # "- Måske 30 meter, svarede han.": its own attribution
        question = text[asked.start:asked.end].rstrip(" «»”\".,")
        last = re.split(r"(?<=[.!?])\s+", question)[-1]
        if not question.endswith("?") or not _YOU.search(last):
            continue
        other = next((p.speaker for p in reversed(out[max(0, k - 7):k - 1])
                      if p.speaker is not None and p.speaker != asked.speaker and _dash_paragraph(text, p.start)), None)
        if other is not None:
            out[k] = replace(q, speaker=other, speaker_start=None, speaker_end=None, role="", affiliation="")
    return out


def _dash_paragraph(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start].strip()
    return head[:1] in _DASH and len(head) <= 2


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether ``start`` opens the paragraph right after the one holding ``end``."""
    para = text.find("\n", end)
    return 0 <= para < start and text.count("\n", end, start) <= 2 and "\n" in text[end:start] and not text[
        text.rfind("\n", 0, start) + 1:start].strip(" \t-–—")
