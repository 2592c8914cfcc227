"""English "she added", "he went on", "she continued": the speaker goes on, so the pronoun is the
last speaker of the quotes before whose sex fits, even after a paragraph about someone else
('"...," she said.' / 'Local businessman Colin Marsh raised £800,000.' / '"...," she went on.')."""

from __future__ import annotations

import re
from reader.analysis.antecedents import Spans, gender_fits_name, near
from reader.analysis.attribution import Context, Found
from reader.analysis.descriptions import description_fits
from reader.analysis.people import People, Speaker
from reader.model import Quote

# A pronoun and a verb of going on (no reporting verb of the lists) right after a quotation.
_WENT_ON = re.compile(r"[,.!?]?[\"”’]\s+(he|she)\s+(?:went\s+on|goes\s+on|continued|continues)\b(?=\s*[,.:;])")
_CONTINUES = re.compile(r"\s+(?:went\s+on|goes\s+on|continued|continues|added|adds)\b")


# "as I told", "as Winston Churchill said" right after a quotation.
_AS_SAID = re.compile(
    r"[,.!?]?[\"”’]\s*,?\s+as\s+(I|he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:once\s+|later\s+|often\s+|always\s+)?"
    r"(?:said|told|wrote|remarked|noted|says|tells|writes)\b"
)


def as_said_tags(text: str, raw: list[tuple[Found, bool]], person_at) -> None:
    """'"Never give in," as Winston Churchill said.' and '"...," as I told my daughter.': the
    one after "as" speaks (``person_at(start, end)``: a person named there, else nobody for a
    name the name finder did not take; ``raw`` changed in place)."""
    for quote, _ in raw:
        if quote.speaker is not None:
            continue
        match = _AS_SAID.match(text, quote.end, quote.end + 80)
        if match is None:
            continue
        word = match.group(1)
        if word in ("I", "he", "she"):
            quote.speaker = Speaker(match.start(1), match.end(1), "pronoun")
        else:
            person = person_at(match.start(1), match.end(1))
            if person is None:
                continue
            quote.speaker = Speaker(person.start, person.end, "name", person.canonical)
        quote.inherit = False


def went_on_tags(text: str, raw: list[tuple[Found, bool]]) -> None:
    """A quotation with no attribution followed by '" she went on' (or continued) is attributed to
    that pronoun (``raw`` changed in place)."""
    for quote, _ in raw:
        if quote.speaker is not None:
            continue
        match = _WENT_ON.match(text, quote.end, quote.end + 40)
        if match is not None:
            quote.speaker = Speaker(match.start(1), match.end(1), "pronoun")
            quote.inherit = False


def goes_on(text: str, pronoun_end: int, people: People, spans: Spans) -> bool:
    """Whether the pronoun ending at ``pronoun_end`` is the subject of "added", "went on" or
    "continued" in a paragraph that names nobody before it outside quotations ("Mr Drummond
    said he would share it. "...," he added." is Mr Drummond's)."""
    line = text.rfind("\n", 0, pronoun_end) + 1
    return _CONTINUES.match(text, pronoun_end) is not None and all(
        spans.covers(p.start) for p in people.last_people(line, pronoun_end)
    )


def continues_tag(text: str, pronoun_end: int) -> bool:
    """Whether the pronoun ending at ``pronoun_end`` is the subject of "added", "went on", "continued"."""
    return _CONTINUES.match(text, pronoun_end) is not None


def goes_on_previous(ctx: Context, previous: Quote | None, before: int, female: bool, male: bool) -> str | None:
    """"he added" right after a quote (this or the last paragraph) by one person whose sex the text
    does not show ("Raj Bassi"): that person goes on, not an earlier speaker whose sex shows (quotesen22)."""
    name = previous.speaker if previous is not None else None
    if not name or " and " in name or not near(ctx.text, previous.end, before):
        return None
    return name if gender_fits_name(name, female, male, ctx) and description_fits(name, female, male) else None


# A person right before a reporting verb, or before an apposition and one: "John Reed said",
# "John Reed, the council leader, said".
_REPORTS = re.compile(r"(?:,[^,.\n\"“”]{1,60},)?\s+(?:said|says|told|added|explained|insisted|warned)\b")


def reporter_before(ctx: Context, quote_start: int, spans: Spans, female: bool, male: bool) -> str | None:
    """'"...," said Alex Morgan. / Council leader John Reed said repairs would start in May. /
    "...," he added.': the one person reporting in the paragraph right before the quotation's
    (no quotation in it, nobody named before the quotation in its own), whose sex fits, goes on
    there, not an earlier speaker (attack23)."""
    text = ctx.text
    para = text.rfind("\n\n", 0, quote_start)
    if para < 0 or text[para + 2:quote_start].strip(" \"“'‘"):
        return None
    prev = text.rfind("\n\n", 0, para)
    prev = prev + 2 if prev >= 0 else 0
    if spans.covers(prev) or any(prev <= s < para for s in spans.starts):
        return None
    names = {p.canonical for p in ctx.people.last_people(prev, para)
             if _REPORTS.match(text, p.end) and gender_fits_name(p.canonical, female, male, ctx)
             and description_fits(p.canonical, female, male)}
    return names.pop() if len(names) == 1 else None
