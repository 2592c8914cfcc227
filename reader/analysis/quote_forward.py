"""A pronoun speaker named only after the quotation (a blind probe, probe12): '"We could have
fished until March," he said.' opening a story before anyone is named, and the next paragraph
names him ("The skipper, Alistair Buchan, 58, ..."); likewise "- ..., siger han.".

Not when someone was brought in before the quotation by a description ("En 34-årig mand blev
anholdt ... Han sagde: »...«", "A 34-year-old man was arrested ... He said: "..."") and the person
named after is not written with that description ("Politikommissær Lars Bech bekræfter": the
officer is no speaker of the arrested man's words; stop 43).
"""

from __future__ import annotations

import re

from reader.analysis.antecedents import Spans, gender_fits_name
from reader.analysis.attribution import Context
from reader.analysis.quote_surnames import in_full
from reader.analysis.person_nouns import is_person_noun

_DESCRIBED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]n|[Ee]t)\s+((?:[\w-]+\s+){0,2}?)"
    r"(\d{1,3}-(?:year-old|årig[e]?)|[a-zæøå]*(?:mand|kvinde)|dreng|pige|fyr|teenager|[a-z]+)\b"
)


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
    described = _described(text, quote_start)
    if described and not any(noun in text[after + 2:person.start].lower() for noun in described):
        return None  # someone described before ("En 34-årig mand ... Han sagde:") who is not this person
    return in_full(person.text, spans.names(ctx.people.people)) or person.text


def _described(text: str, before: int) -> set[str]:
    """The person nouns (or ages) that bring someone in by a description in the 1,500 characters
    before ``before`` ("en 34-årig mand", "a 34-year-old", "a driver"), lower-cased."""
    out = set()
    for m in _DESCRIBED.finditer(text, max(0, before - 1500), before):
        noun = m.group(2)
        if noun[:1].isdigit() or noun.endswith(("mand", "kvinde")) or noun in ("dreng", "pige", "fyr", "teenager"):
            out.add(noun.lower())
        elif is_person_noun(noun, False):
            out.add(noun.lower())
    return out
