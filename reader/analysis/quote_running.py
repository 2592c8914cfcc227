"""A running speaker over paragraphs in English features: a quotation paragraph with no
attribution, after a narrative paragraph that names nobody and does not follow a quotation, is
the one person the nearest narrative paragraph before names as a subject ('Yusuf Demir opened
his bakery in 1998.' / 'The shop's hours have never changed.' / '"People ask me when I sleep."'),
else the one person it names at all.
"""

from __future__ import annotations

import re
from typing import Callable

from reader.analysis.antecedents import Spans
from reader.analysis.attribution import Context
from reader.analysis.people import Speaker
from reader.analysis.quote_described import described_beat

_BACK = 2  # narrative paragraphs naming nobody that may stand between the person and the quote
_OPENING_MARKS = "\"“‘'»„-–—"


def running_subject(
    text: str,
    line_start: int,
    previous_line: Callable[[str, int], tuple[int, int]],
    subject: Callable[[int, int], Speaker | None],
    names_someone: Callable[[int, int], bool],
) -> Speaker | None:
    """The subject (``subject(start, end)``) of the nearest narrative paragraph before the one at
    ``line_start`` that names someone (``names_someone``), going back over at most two
    paragraphs naming nobody; None at a quotation paragraph, a heading, or when that paragraph's
    subject is not one person."""
    start = line_start
    for _ in range(_BACK):
        start, end = previous_line(text, start)
        if end <= start or text[start] in _OPENING_MARKS or re.search(r"[\"“”]", text[start:end]):
            return None
        if not text[start:end].rstrip().endswith((".", "!", "?")) or text[start:end].rstrip().endswith(":"):
            return None  # a heading
        if names_someone(start, end):
            return subject(start, end)
    return None


def only_one(ctx: Context, start: int, end: int, spans: Spans) -> Speaker | None:
    """The one person a narrative paragraph names outside quotations, whatever their part in it
    ('the ferry leaves Portnahaven with a milk lorry and Morag Gillespie, who ...')."""
    people = [p for p in ctx.people.last_people(start, end) if not spans.covers(p.start)]
    if len({p.canonical for p in people}) != 1:
        return None
    return Speaker(people[0].start, people[0].end, "name", people[0].canonical)


_ARTICLE = re.compile(r"(?:the|a|an|this|that)\s", re.IGNORECASE)


def closing_described(ctx: Context, start: int) -> Speaker | None:
    """The description opening the last sentence of the paragraph before the quotation at
    ``start`` (nobody named in that sentence), after an article: "Jonah laughed. The fruit seller
    did not." A possessive one is about the person the paragraph names ("Tom Reed has fished for
    thirty years. His father did the same.": Tom Reed), and is left to that rule."""
    found = described_beat(ctx, start)
    return found if found is not None and _ARTICLE.match(ctx.text, found.start) else None
