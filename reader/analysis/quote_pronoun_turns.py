"""English dialogue: a "he"/"she" tag after another person's turn, and the words that show
who a turn is for ("Omar, it is late": the one addressed) and where it ends."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.antecedents import gender_fits_name
from reader.analysis.attribution import Found
from reader.analysis.people import People
from reader.model import Quote


def pronoun_turns(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], people: People) -> None:
    """'"Tea?" Ann asked. / "Please," she said.': a "he"/"she" tag in the paragraph right after
    another person's turn is not that person when the scene (the turns and the two paragraphs
    before) names exactly one other person of that sex."""
    for k in range(1, len(quotes)):
        found, quote, last = raw[k][0], quotes[k], quotes[k - 1]
        mention = text[found.speaker.start:found.speaker.end].lower() if found.speaker is not None else ""
        line = text.rfind("\n", 0, quote.start) + 1
        if mention not in ("he", "she") or found.speaker.start < quote.end or not quote.speaker or quote.speaker != last.speaker:
            continue
        if text[line:quote.start].strip(" \t\"“‘'") or text.find("\n", quote.end, found.speaker.start) >= 0:
            continue  # a beat before the quotation, or the tag in another paragraph
        if re.match(r"\s+(?:added|adds|continued|continues|went)\b", text[found.speaker.end:found.speaker.end + 12]):
            continue  # "she added": the same person going on
        female = mention == "she"
        called = {p.canonical for p in people.people if p.canonical != quote.speaker and addressed(last.text, p.canonical)
                  and gender_fits_name(p.canonical, female, not female)}
        if len(called) == 1 and text[last.end:line].count("\n\n") == 1 and ends_turn(text, last.end):
            _hand(text, quotes, k, called.pop())  # '"Can you find it, Mr. Wilson?" / "Yes," he answered.'
            continue
        last_line = text.rfind("\n", 0, last.start) + 1
        if text[last.end:line].count("\n\n") != 1 or not ends_turn(text, last.end) or text[last_line:last.start].strip(" \t\"“‘'"):
            continue  # not a bare turn in the paragraph right before
        window = last_line
        for _ in range(2):
            window = text.rfind("\n\n", 0, max(0, window - 2)) + 2 if window > 2 else 0
        female = mention == "she"
        others = {p.canonical for p in people.people if window <= p.start < quote.start and p.canonical != quote.speaker
                  and not any(q.start <= p.start < q.end for q in quotes[max(0, k - 6):k + 1])
                  and gender_fits_name(p.canonical, female, not female)}
        others |= {q.speaker for q in quotes[max(0, k - 6):k] if q.speaker and q.speaker != quote.speaker and q.start >= window
                   and gender_fits_name(q.speaker, female, not female)}
        if len(others) == 1:
            _hand(text, quotes, k, others.pop())


def _hand(text: str, quotes: list[Quote], k: int, other: str) -> None:
    """Give quote ``k`` and the rest of its paragraph ('"Please," she said. "No sugar."') to ``other``."""
    quote = quotes[k]
    for j in range(k, len(quotes)):
        if j > k and ("\n" in text[quote.end:quotes[j].start] or quotes[j].speaker != quote.speaker):
            break
        quotes[j] = replace(quotes[j], speaker=other, role="", affiliation="")


def addressed(words: str, name: str) -> bool:
    """Whether a quotation addresses ``name`` (a word of it) as a vocative: "Omar, it is late",
    "Me again, Nadia.", "Sit down, Mr Cole!". (Asked of every person of a long text for each turn:
    a pattern is made only for a word the quotation holds.)"""
    for part in name.split():
        if len(part) > 1 and part[0].isupper() and part in words and re.search(  # the cheap test first:
            rf"(?:^|,\s*)(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{re.escape(part)}(?=\s*(?:[,.!?…]|$))", words.strip()
        ):
            return True
    return False


def ends_turn(text: str, end: int) -> bool:
    """Whether the paragraph ends with the quotation ending at ``end`` or its tag, no sentence after."""
    line_end = text.find("\n", end)
    return not re.search(r"[.!?…][\"”’]?\s+\S", text[end:line_end if line_end >= 0 else len(text)])
