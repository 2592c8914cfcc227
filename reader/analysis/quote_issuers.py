"""English: a written source as a quotation's speaker ('"...," the letter said.') that no earlier
quote brought in is whoever the sentence before wrote or issued it ("The company wrote to us on
Friday.", "Harcourt Foods released a statement.")."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context, Found, sentence_begin
from reader.analysis.people import Speaker

_WRITTEN = re.compile(r"(?:[Tt]he|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:statement|letter|email|e-mail|note|message|press\s+release)")
# The sentence's subject, an organisation or "the" and a noun, then a verb of writing or issuing.
_WROTE = re.compile(
    r"((?:[Tt]he\s+)?[A-Za-z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:(?:\w+ly|later|also|then)\s+)?"
    r"(?:wrote|writes|issued|released|published|sent|emailed|posted|put\s+out)\b"
)


def document_issuers(ctx: Context, raw: list[tuple[Found, bool]]) -> None:
    """Give the issuer of the sentence before to quotes whose speaker is still "the letter",
    "the statement" (``raw`` changed in place)."""
    if ctx.language != "en":
        return
    text = ctx.text
    for quote, _ in raw:
        speaker = quote.speaker
        if speaker is None or _WRITTEN.fullmatch(text, speaker.start, speaker.end) is None:
            continue
        line = text.rfind("\n", 0, quote.start) + 1
        own = sentence_begin(text, line, quote.start - 1)
        if own <= line:
            continue
        prev = sentence_begin(text, line, own - 2)
        match = _WROTE.match(text, prev, own)
        if match is None:
            continue
        who = ctx.people.org_in(prev, match.end(1)) or ctx.people.person_in(prev, match.end(1))
        if who is not None and who.end == match.end(1):
            quote.speaker = Speaker(who.start, who.end, "name", who.canonical)
        elif re.fullmatch(r"[Tt]he\s+[a-z][\w-]*", match.group(1)):
            quote.speaker = Speaker(match.start(1), match.end(1), "description", match.group(1))
