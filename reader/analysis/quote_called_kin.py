"""English dialogue with a parent or grandparent called only by the family word: 'Theo picked up
the phone.' / '"Hello, Mum."' / '"You sound tired."' / '"It's two in the morning."': the one
called is the scene's other voice, and the bare turns after the call go back and forth."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from reader.analysis.people import People
from reader.model import Quote

# A family word used as a name when called ("Hello, Mum.", "Dad, listen."), with its sex.
_KIN = {"Mum": True, "Mom": True, "Mummy": True, "Mommy": True, "Mother": True, "Ma": True, "Gran": True,
        "Granny": True, "Grandma": True, "Nan": True, "Nana": True, "Nanna": True, "Dad": False, "Daddy": False,
        "Father": False, "Pa": False, "Grandpa": False, "Grandad": False, "Granddad": False}
_CALLED = re.compile(r"(?:^|,\s*)(" + "|".join(_KIN) + r")(?=\s*[,.!?…]|$)")


class _Run(Protocol):
    quotes: list[int]
    who: str | None
    bare: bool


def called_kin(text: str, quotes: list[Quote], runs: list[list[_Run]], cast: People) -> None:
    """A run whose first turn is a named person's and calls someone by a family word alone
    ("Hello, Mum."), the rest of its turns bare: the turns alternate between the family word
    and that person, unless the family word is someone named ("Mum" is no voice when the text
    has a speaker called so already) or a turn calls its would-be speaker (in place)."""
    for run in runs:
        first = quotes[run[0].quotes[0]]
        called = _CALLED.search(first.text.strip(" \"“”‘’'"))
        if called is None or not first.speaker or len(run) < 2 or not any(p.canonical == first.speaker for p in cast.people):
            continue
        if any(not t.bare or t.who is not None for t in run[1:]) or any(q.speaker == called.group(1) for q in quotes):
            continue
        kin = (called.group(1), None, None)
        own = (first.speaker, first.speaker_start, first.speaker_end)
        for m, turn in enumerate(run[1:], 1):
            k = turn.quotes[0]
            who = kin if m % 2 else own
            calls = _CALLED.search(quotes[k].text.strip(" \"“”‘’'"))
            if who is kin and calls is not None and calls.group(1) == kin[0]:
                break  # ("Mum" does not call herself)
            quotes[k] = replace(quotes[k], speaker=who[0], speaker_start=who[1], speaker_end=who[2], role="", affiliation="")


def kin_sex(name: str) -> bool | None:
    """True for a mother's family word ("Mum"), False for a father's ("Dad"), None for others."""
    return _KIN.get(name)
