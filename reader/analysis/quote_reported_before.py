"""Reported speech in the paragraph before a quotation paragraph that gives the quotation to
someone other than the last name (quotesen22).

An unnamed source: news copy introduces an unnamed source with reported speech and gives the quotation in the next
paragraph: 'A neighbour said she had been woken by the children screaming.' / '"I looked out of
the window ..."'. The quotation is the neighbour's, not the last named speaker's. The same with
"Another neighbour, who did not want to be named, said ...", "A manager at the site, speaking on
condition of anonymity, said ..." and "The victim's nephew said ...".

A reported question: 'Tom Reed asked whether (how, why) she would give the bonus back.' / '"I have already
said I will not take it."': the answer is hers, the one asked, not the asker's (a quotation that
is itself a question stays the asker's).
"""

from __future__ import annotations

import re

from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.descriptions import is_person_noun
from reader.analysis.people import Speaker
from reader.analysis.quote_clauses import person_in_clause
from reader.analysis.speakers import phrase

# The closing sentence of a paragraph: [an opener,] a description as subject, [an apposition or
# a place,] a reporting verb and reported speech (no quotation marks anywhere in it).
_REPORTED = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+)?"  # "Speaking on Tuesday, a neighbour said"
    r"((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)"
    r"((?:\s+(?:at|in|from|for|of|on|near)\s+[^,.;:!?]{1,40}?)?(?:,\s[^,.;:!?]{1,80},)?)"
    r"\s+(?:said|says|told|added|explained|insisted|admitted|warned|claimed|recalled|agreed)\s+(?=[a-z])"
)
_AGE = re.compile(r",\s+an?\s+\d{1,3}-year-old\b")
_MARKS = re.compile(r"[\"“”‘’»«„]|(?<!\w)'|'(?!\w)")


def described_reporter(ctx: Context, start: int, end: int) -> Speaker | None:
    """The unnamed person described as the subject of reported speech in the sentence closing the
    narrative paragraph ``[start, end)``, as the speaker of a quotation paragraph after it (the
    caller has checked that the paragraph names nobody)."""
    text = ctx.text
    stop = len(text[start:end].rstrip()) + start
    if stop <= start or text[stop - 1] not in ".!":
        return None
    begin = sentence_begin(text, start, stop - 1)
    if _MARKS.search(text, begin, stop):
        return None  # (a sentence with a quotation of its own is no reported speech)
    match = _REPORTED.match(text, begin, stop)
    if match is None:
        return None
    head = match.group(1).split()[-1]
    if not is_person_noun(head) and not _AGE.match(text, match.end(1), match.end(2)):
        return None  # "The kettle said"; "One picker, a 23-year-old ..., said" is a person
    found = phrase(text, match.start(1), match.end(2), ctx.people, ctx.language)
    if found is None or found.kind != "description":
        return None
    return found


# "asked (him) whether she would ...", "asked if Ms Bentley had ...", "asked how she could ..."
# closing the paragraph.
_ASKED = re.compile(
    r"\basked\s+(?:(?:him|her|them|[A-Z][\w'’-]+)\s+)?(?:whether|if|how|why|when|what)\s+"
    r"(he|she|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+[a-z]"
)


def asked_one(ctx: Context, start: int, end: int, quote_end: int) -> Speaker | None:
    """The one asked in a question reported by the sentence closing the paragraph
    ``[start, end)``, as the speaker of the quotation after it that ends at ``quote_end``, when
    that quotation is no question itself."""
    text = ctx.text
    if "?" in text[max(0, quote_end - 3):quote_end]:
        return None
    stop = len(text[start:end].rstrip()) + start
    begin = sentence_begin(text, start, stop - 1) if stop > start else stop
    match = None
    for match in _ASKED.finditer(text, begin, stop):
        pass
    if match is None or _MARKS.search(text, begin, stop):
        return None
    if match.group(1) in ("he", "she"):
        return Speaker(match.start(1), match.end(1), "pronoun")
    return person_in_clause(ctx, match.start(1), match.end(1))
