"""Whose role a description means when two people share it: "Himmerlands træner vil ikke kritisere
dommeren. / - ..., siger træneren." after both clubs' coaches were named ("Træner Jesper Brandt" in
the home side's paragraphs, "Hos Herning United ... Træner Ole Hvid:") is the coach of the club the
text just before the quote names as the role's owner, not the one named last."""

from __future__ import annotations

import re

from reader.analysis.people import People
from reader.model import Entity


def owned_role_pick(text: str, candidates: list[Entity], people: People, before: int, stems: tuple[str, ...]) -> Entity | None:
    """Among ``candidates`` (people introduced with the role, in order, all before ``before``), the
    latest whose paragraph names the owner the quote's paragraph or the one before gives the role
    ("Himmerlands træner", "the Otters' coach"); else the latest whose paragraph names no other
    organisation, when a later one's does; None when no owner is written or nothing is gained."""
    start = _paragraph_start(text, _paragraph_start(text, before) - 2)
    owner = None
    for stem in stems:
        for match in re.finditer(rf"\b([A-ZÆØÅ][\w-]+?)(?:'s|’s|s'|s|')\s+(?:{re.escape(stem)})", text[start:before], re.IGNORECASE):
            if match.group(1)[0].isupper():
                owner = match.group(1)
    if owner is None or not any(owner in org.text.split() for org in people.orgs):
        return None  # no owner, or a word the name finder found in no organisation ("Holdets træner")
    named = re.compile(rf"\b{re.escape(owner)}\b")
    neutral = None
    others = False
    for person in reversed(candidates):
        lo, hi = _paragraph_start(text, person.start), _paragraph_end(text, person.end)
        if named.search(text, lo, hi):
            return person
        if people.org_in(lo, hi) is not None:
            others = True
        elif neutral is None and others:
            neutral = person
    return neutral


def _paragraph_start(text: str, at: int) -> int:
    k = text.rfind("\n\n", 0, max(0, at))
    return 0 if k < 0 else k + 2


def _paragraph_end(text: str, at: int) -> int:
    k = text.find("\n\n", at)
    return len(text) if k < 0 else k


_OWNER = r"([A-ZÆØÅ][\w-]*?(?:'s|’s|s'|s’|s))"


def other_owner(text: str, description: str, introduced_at: int, noun: str) -> bool:
    """Whether ``description`` names an owner of its role ("Venstres gruppeformand", "the Lions'
    coach") and the person introduced with that role at ``introduced_at`` was given another one
    ("Socialdemokratiets gruppeformand, Mette Hyllested"): then the description is someone else."""
    own = re.match(rf"\s*(?:the\s+)?{_OWNER}\s", description)
    if own is None:
        return False
    intro = re.search(rf"\b{_OWNER}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}[,\s]*$",
                      text[max(0, introduced_at - 80):introduced_at])
    return intro is not None and intro.group(1).lower() != own.group(1).lower()
