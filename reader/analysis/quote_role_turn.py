"""English dialogue: a turn tagged only by a role or kin word never used before ("said the
clockmaker", "says his wife", "said her sister") is the other one of the two people talking,
not a new voice (quotesen20): 'Kofi asked.' / '"Three years," said the clockmaker.' is the
clockmaker Kofi was talking with."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.antecedents import gender_fits_name
from reader.analysis.attribution import Found
from reader.analysis.descriptions import description_fits, is_person_noun
from reader.analysis.people import People
from reader.model import Quote

_ROLE = re.compile(r"(?:the|his|her)\s+[a-z][a-z-]+")  # one lower-case word after the determiner
_BACK = 6  # quotes looked back for the two voices
_PARAGRAPHS = 4  # within this many paragraphs


def role_turns(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], people: People) -> None:
    """Give a quote whose tag is an unresolved role or kin description, first used there, to the
    one of the exchange's two named voices who did not speak last (``quotes`` changed in place)."""
    for k, quote in enumerate(quotes):
        tag = raw[k][0].speaker
        if k < 2 or tag is None or tag.kind != "description" or raw[k][0].inherit:
            continue
        mention = text[tag.start:tag.end]
        if quote.speaker != mention or not _ROLE.fullmatch(mention):
            continue
        head = mention.split()[-1]
        if not is_person_noun(head):
            continue  # '"...," the bank said.': an organisation, no one of the two talking (quotesen22)
        body = _after_title(text)  # (a title "The Clockmaker's Apprentice" introduces nobody)
        if re.search(rf"\b{re.escape(head)}\b", text[body:tag.start], re.IGNORECASE):
            continue  # introduced before: not a new word for someone named
        voices = _two_voices(text, quotes, k, people)
        if voices is None:
            continue
        last, other = voices
        female, male = description_fits(mention, True, False), description_fits(mention, False, True)
        if female != male and not gender_fits_name(other, female and not male, male and not female):
            continue
        for j in range(k, len(quotes)):  # the quotation and those continuing under the same tag
            if j > k and (quotes[j].speaker_start, quotes[j].speaker_end) != (quote.speaker_start, quote.speaker_end):
                break
            quotes[j] = replace(quotes[j], speaker=other, role="", affiliation="")


def _two_voices(text: str, quotes: list[Quote], k: int, people: People) -> tuple[str, str] | None:
    """The named speaker of the quote before ``k`` and the one other named speaker of the quotes
    before it (six, four paragraphs), when no third person speaks or is named among them."""
    window = quotes[k].start
    for _ in range(_PARAGRAPHS):
        window = max(0, text.rfind("\n\n", 0, max(0, window - 2)))
    recent = [q for q in quotes[max(0, k - _BACK):k] if q.start >= window]
    named = [q.speaker for q in recent if q.speaker and q.speaker_start is not None and q.speaker[:1].isupper()]
    if not named or not recent or recent[-1].speaker != named[-1]:
        return None
    last = named[-1]
    others = {n for n in named if not _same(n, last)}
    if len(others) != 1:
        return None
    (other,) = others
    inside = [(q.start, q.end) for q in recent]
    for ent in people.last_people(window, quotes[k].start):
        if not any(a <= ent.start < b for a, b in inside) and not (_same(ent.canonical, last) or _same(ent.canonical, other)):
            return None  # a third person in the scene ("Father Brennan laid down a card.")
    return last, other


def _same(one: str, other: str) -> bool:
    """Whether two speaker names are one person: one name's words inside the other's ("Jim" and
    "Jim Rowntree"; not "Pat Rowntree", his wife)."""
    a, b = set(one.split()), set(other.split())
    return a <= b or b <= a


def _after_title(text: str) -> int:
    """Where the text after its title line starts: 0 when the first line ends a sentence (no title)."""
    end = text.find("\n")
    first = text[:end] if end >= 0 else text
    return 0 if end < 0 or re.search(r"[.!?…][\"”’']?\s*$", first) else end + 1
