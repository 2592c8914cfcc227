"""A pronoun speaker named only after the quotation (a blind probe, probe12): '"We could have
fished until March," he said.' opening a story before anyone is named, and the next paragraph
names him ("The skipper, Alistair Buchan, 58, ..."); likewise "- ..., siger han."."""

from __future__ import annotations

from reader.analysis.antecedents import Spans, gender_fits_name
from reader.analysis.attribution import Context
from reader.analysis.quote_surnames import in_full


def named_after(ctx: Context, quote_start: int, quote_end: int, spans: Spans, female: bool, male: bool) -> str | None:
    """The first person the paragraph after the quotation's names, when nobody is named before
    the quotation's end and that person's sex fits "he"/"she"; else None."""
    starts = ctx.people.starts
    if not (female or male) or starts and starts[0] < quote_end:
        return None  # (someone named before: the first mention tells, no list of them all)
    text = ctx.text
    after = text.find("\n\n", quote_end)
    if after < 0 or ctx.people.last_people(quote_end, after):
        return None
    end = text.find("\n\n", after + 2)
    person = ctx.people.person_in(after + 2, end if end >= 0 else len(text))
    if person is None or not gender_fits_name(person.text, female, male, ctx):
        return None
    return in_full(person.text, spans.names(ctx.people.people)) or person.text
