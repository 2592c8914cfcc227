"""English news conventions for quotations the reporting clauses leave without a speaker: a
quotation opening the story before its speaker is named ('"We lost everything." / That is how
Anna Kowal describes the night ...')."""

from __future__ import annotations

import re

from reader.analysis.antecedents import Spans
from reader.analysis.attribution import Context, Found
from reader.analysis.people import Speaker

_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s)|$)", re.MULTILINE)


def story_opening(ctx: Context, raw: list[tuple[Found, bool]], spans: Spans) -> None:
    """A quotation that is the whole first paragraph of the text and has no attribution: the
    first person named in the first sentence of the narrative paragraph after it (the "quote
    lede" of news writing: '"I didn't think I would see her again." / George Amadi, 80, was
    reunited ...'). Nobody when that sentence names no one or opens with a quotation."""
    if ctx.language != "en" or not raw:
        return
    quote = raw[0][0]
    text = ctx.text
    if quote.speaker is not None or not quote.inherit or text[:quote.start].strip(" \t\n\"“‘"):
        return
    line_end = text.find("\n", quote.end)
    if line_end < 0 or text[quote.end:line_end].strip(" \t\"”’.,!?"):
        return  # not the whole paragraph, or the last one
    following = re.compile(r"\s*").match(text, line_end).end()
    if following >= len(text) or text[following] in "\"“‘'»„-–—":
        return
    sentence = _FIRST_SENTENCE.match(text, following)
    people = [p for p in ctx.people.last_people(following, sentence.end()) if not spans.covers(p.start)]
    if people:
        quote.speaker = Speaker(people[0].start, people[0].end, "name", people[0].canonical)
