"""Danish: a definite description no sentence introduced ("siger bageren" about the baker quoted
just before, "siger den 46-årige") is the person quoted just before (quotesda18)."""

from __future__ import annotations

import re

from reader.analysis.descriptions import quoted_just_before
from reader.analysis.people import People
from reader.analysis.quote_described_near import definite_person
from reader.model import Quote

_DEFINITE = ("erne", "ene", "en", "et", "n")


def described_before(text: str, people: People, mention: str, at: int, previous: Quote, covered=lambda pos: False) -> str | None:
    """Who "siger den 46-årige" or "siger bageren" at ``at`` stands for: ``quoted_just_before`` for
    an age; for a definite person noun ("bageren"), the one quoted just before (``previous``), when
    nobody else is named since its paragraph, within three paragraphs but not in the very next one
    (a reply: attack18), the noun (or its indefinite
    form) is not written before it below the headline outside quotations (``covered``; else it
    brought in someone: "En ekspedient så det"), and the earlier speaker was given no other role
    ("siger politikommissær X" is no "bageren")."""
    found = quoted_just_before(text, people, mention, at, previous.end, previous.speaker)
    if found is not None or not previous.speaker or not definite_person(mention, "da"):
        return found
    line_end = text.find("\n", previous.end)  # (past the earlier quote's own attribution: "..., der driver Lindgaards Brød")
    since = people.last_people(line_end if 0 <= line_end < at else previous.end, at)
    breaks = text.count("\n\n", previous.end, at)
    if breaks > 2 or breaks == 1 or any(p.canonical != previous.speaker for p in since):
        return None  # (the next paragraph at once: a reply, "- ..., siger Lis Holm." / "- ..., siger bageren.")
    noun = mention.lower()
    stems = {noun} | {noun[: -len(s)] for s in _DEFINITE if noun.endswith(s) and len(noun) - len(s) >= 3}
    if previous.role and not any(previous.role.lower().split()[-1].startswith(s) for s in stems):
        return None
    written = re.compile(r"(?<![\wæøå])(?:" + "|".join(re.escape(s) for s in stems) + r")(?![\wæøå])", re.IGNORECASE)
    headline = text.find("\n") + 1  # (a headline's "Bager fra Bogense vinder" is the one quoted)
    if any(not covered(m.start()) for m in written.finditer(text, headline, at)):  # (not "vi bager" in a quote)
        return None
    return previous.speaker
