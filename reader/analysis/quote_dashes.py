"""Dash paragraphs' quotes: the words after the dash up to the attribution, and its speaker."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context, Found
from reader.analysis.da_quote_cues import resumed_at
from reader.analysis.quote_da_dash import infinitive_attribution, name_line, resume_points, stop_name, stray_stop
from reader.analysis.quote_da_ddt import put_it_end
from reader.analysis.reporting_verbs import verb_pattern
from reader.analysis.speakers import after_verb, phrase

_DASH = re.compile(r"[-–—]\s+")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t,":
        e -= 1
    return s, e


def _dash_quotes(ctx: Context, unit: tuple[int, int]) -> list[Found]:
    """A dash paragraph's quotes; in Danish one resumed with a new dash after its attribution's full
    stop ("- Først del, siger X. - Anden del.") is cut there, the rest taking X when it names no one
    (quotesf22; at most eight parts are tried, so a long paragraph stays linear)."""
    s, e = unit
    if ctx.language != "da" or not _DASH.match(ctx.text, s, e):
        return _dash_quote(ctx, unit)
    found: list[Found] = []
    begin = s
    for stop, dash in resume_points(ctx.text, s, e, 8):
        head = _dash_quote(ctx, (begin, stop))
        if head and head[0].speaker is not None:
            found.extend(head)
            begin = dash
    rest = _dash_quote(ctx, (begin, e))
    if found:
        rest = [q if q.speaker is not None else Found(q.start, q.end, found[-1].speaker, False, q.kind) for q in rest]
    return found + rest


def _dash_quote(ctx: Context, unit: tuple[int, int]) -> list[Found]:
    text = ctx.text
    s, e = unit
    dash = _DASH.match(text, s, e)
    if not dash:
        return []
    start = dash.end()
    best = None
    for match in ctx.dash_after.finditer(text, start, e):
        if e - match.end() < 160:
            speaker = after_verb(text, match.end(), e, ctx.people, ctx.language)
            if speaker is None and ctx.language == "da":
                speaker = stop_name(text, match.end(), e, ctx.people.person_in)  # ", udbrød. Annette."
            if speaker is not None:
                best = (match, speaker)
    if best is None and ctx.language == "da":
        put = put_it_end(text, start, e)
        spoken = phrase(text, put[1], put[2], ctx.people, "da") if put is not None else None
        if spoken is not None:  # "- ..., som fiskeren Ib Sørensen udtrykker det." (quotesda28)
            qs, qe = _trim(text, start, put[0])
            return [Found(qs, qe, spoken)] if qe > qs else []
        if name_line(text, start, e, ctx.people.person_in):
            return []  # "- Valter Johnsen.": a signature (quotesf22)
        spoken = infinitive_attribution(text, start, e, lambda a, b: phrase(text, a, b, ctx.people, ctx.language))
        if spoken is not None:  # "- Det er mig, skyndte Orla sig at sige."
            qs, qe = _trim(text, start, spoken[0])
            return [Found(qs, qe, spoken[1])] if qe > qs else []
        stray = stray_stop(text, start, e, ctx.before,
                           lambda at, limit: after_verb(text, at, limit, ctx.people, ctx.language))
        if stray is not None:  # "- Vi er overvældede. Sagde X til radioen."
            qs, qe = _trim(text, start, stray[0])
            return [Found(qs, qe, stray[1])] if qe > qs else []
    if best is not None:
        match, speaker = best
        cut = match.start() + (1 if text[match.start()] in "?!" else 0)
        qs, qe = _trim(text, start, cut)
        if qe <= qs:
            return []
        resumed = resumed_at(text, speaker, e) if ctx.language == "da" else None  # ", grinede X, - men ..."
        rs, re_ = _trim(text, resumed, e) if resumed is not None else (0, 0)
        return [Found(qs, qe, speaker)] + ([Found(rs, re_, speaker)] if re_ > rs else [])
    if ctx.language == "en":
        subject = re.search(rf",\s+([^,\n]{{1,60}}?)\s+({verb_pattern(ctx.verbs)})\b[^,\n]{{0,40}}$", text[start:e])
        if subject and subject.group(2).islower():  # "the United States" is no verb
            speaker = phrase(text, start + subject.start(1), start + subject.end(1), ctx.people, "en")
            if speaker is not None:
                qs, qe = _trim(text, start, start + subject.start())
                return [Found(qs, qe, speaker)]
    if ctx.language == "en":
        return []  # English has no dash quotes: an unattributed dash line is a list item or a signature
    qs, qe = _trim(text, start, e)
    return [Found(qs, qe, None, True)] if qe > qs else []
