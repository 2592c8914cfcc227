"""The party or organisation written in brackets right after a person's name: "Kasper Dahl (S)".

A reporter exporting a quote sheet expects a politician's party beside the name; the attribution
itself ("siger Kasper Dahl") does not repeat it, so a quote whose attribution names no
organisation takes the one bracketed after a mention of its speaker. The who-said-what index
reads the same brackets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from reader.model import Entity, Quote


def bracket_parties(text: str, entities: Sequence[Entity]) -> dict[str, str]:
    """Person (canonical name) -> the organisation in brackets just after one of their mentions
    (the first such mention)."""
    parties: dict[str, str] = {}
    for here, after in zip(entities, entities[1:]):
        if here.label.value != "PER" or after.label.value != "ORG" or here.canonical in parties:
            continue
        if text[here.end:after.start] == " (" and text[after.end:after.end + 1] == ")":
            parties[here.canonical] = after.text
    return parties


def with_parties(text: str, entities: Sequence[Entity], quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """``quotes`` with a speaker's bracketed party as the affiliation where none was given."""
    quotes = tuple(quotes)
    if " (" not in text or not any(q.speaker and not q.affiliation for q in quotes):
        return quotes
    parties = bracket_parties(text, entities)
    if not parties:
        return quotes
    return tuple(
        replace(q, affiliation=parties[q.speaker]) if q.speaker in parties and not q.affiliation else q
        for q in quotes
    )
