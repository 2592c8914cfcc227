"""English: in an exchange of bare quotation paragraphs, the one a turn addresses by name spoke
the turn just before it (quotesen20): '"They were trumps last hand."' / '"And now they're
trumps again. Keep up, Len."' makes the first Len's, whoever the turns were given to before."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.attribution import Found
from reader.analysis.people import People
from reader.analysis.quote_short_answer import alone, same_person
from reader.model import Quote


def addressed_turns(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], people: People | None) -> None:
    """Give a bare quotation paragraph right before a bare one that calls one speaker of the text
    by first name between commas (not its own speaker) to that person (``quotes`` changed in place)."""
    if people is None:
        return
    names: set[str] | None = None
    for k in range(1, len(quotes)):
        turn, before = quotes[k], quotes[k - 1]
        if not raw[k][0].inherit or not raw[k - 1][0].inherit or text.count("\n\n", before.end, turn.start) != 1:
            continue
        if not alone(text, turn) or not alone(text, before):
            continue
        if names is None:  # the text's people who speak somewhere (by name or surname: "Potatoes Ray" is Ray)
            voices = {q.speaker for q in quotes if q.speaker}
            names = {n for n in {p.canonical for p in people.people} if any(same_person(n, v) for v in voices)}
        called = [n for n in names if _calls(turn.text, n.split()[0])]
        if len(called) != 1 or turn.speaker and same_person(turn.speaker, called[0]):
            continue
        if before.speaker is None or not same_person(before.speaker, called[0]):
            quotes[k - 1] = replace(before, speaker=called[0], role="", affiliation="")


def _calls(words: str, first: str) -> bool:
    """Whether the quotation calls ``first`` (a first name) as a vocative set off by a comma:
    "Len, sit down", "Keep up, Len.", "I filled it, Samuel, while you slept" (not "Porter." nor
    "Mrs. Claus")."""
    name = re.escape(first)
    return bool(re.search(rf"^{name},|,\s*{name}\s*(?:,|[.!?…]*$)", words.strip()))
