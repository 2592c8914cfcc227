"""English interviews written as question paragraphs and quoted answers: the answer is the interviewee's."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context, in_byline
from reader.analysis.antecedents import Spans
from reader.analysis.people import Speaker
from reader.analysis.quote_da_kin import kin_turn  # noqa: F401 (for quote_runs.py, quotesda20)

_MARKS = "\"“”‘’»«„"
_ANSWER_LABEL = re.compile(r"A[.:]\s+$")  # 'A. "Three, three-fifteen."' after 'Q. When ...?'


def answer_opening(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens its paragraph, after an "A." label at most."""
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start].strip(" \t" + _MARKS)
    return not lead or _ANSWER_LABEL.match(text[line:start].lstrip(" \t").rstrip(_MARKS) + " ") is not None


def interview_answer(ctx: Context, start: int, spans: Spans) -> Speaker | None:
    """'Leonie Badu runs a pottery. / What got you started? / "A night class."': a quotation
    paragraph right after a question paragraph (a line of narrative ending with "?", no quotation
    marks in it) is the answer of the person named most often before the text's first question
    paragraph, the last of them on a tie (the interview's subject), never someone quoted in between."""
    text = ctx.text
    end = text.rfind("\n", 0, start)
    before = text[:max(0, end)].rstrip()
    if not before.endswith("?") or not _question(text, before.rfind("\n") + 1, len(before)):
        return None
    lines = _lines(text, start)
    first = next(k for k, span in enumerate(lines) if _question(text, *span))
    named = [p for begin, end in lines[:first] if not in_byline(ctx, begin)
             for p in ctx.people.last_people(begin, end) if not spans.covers(p.start)]
    if not named:
        return None
    counts = {p.canonical: sum(q.canonical == p.canonical for q in named) for p in named}
    top = max(counts.values())  # "Five questions for Orla Quinn" / "Orla Quinn keeps hives above Carrowmore."
    chosen = next(p for p in reversed(named) if counts[p.canonical] == top)
    return Speaker(chosen.start, chosen.end, "name", chosen.canonical)


def _lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The non-blank lines before the line holding ``pos``, stripped, in text order."""
    spans = []
    end = text.rfind("\n", 0, pos)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip():
            spans.append((begin + len(line) - len(line.lstrip()), begin + len(line.rstrip())))
        end = begin - 1
    return spans[::-1]


def _question(text: str, begin: int, end: int) -> bool:
    """Whether the line ``[begin, end)`` is a question paragraph: narrative ending with "?", no
    quotation marks, under 300 characters."""
    line = text[begin:end]
    return 0 < len(line) < 300 and line.endswith("?") and not any(m in line for m in _MARKS)
