"""Titles and roles of people ("forsvarsminister Claus Hjort Frederiksen", "President Smith"), and
the organisations quotes name them with."""

from __future__ import annotations

import re

from reader.analysis.lexicon import EN_ROLES, ROLE_SUFFIXES
from reader.model import Analysis, EntityLabel

_WORD_BEFORE = re.compile(r"([\w.-]+)\s+$")


def speaker_roles(result: Analysis) -> dict[str, str]:
    """For each person (canonical name) the role word written just before a mention, if any."""
    roles: dict[str, str] = {}
    for quote in result.quotes:
        # The attribution's own role word ("siger Vestkrafts pressechef, Maja Rindom") comes first.
        if quote.speaker and quote.role:
            roles.setdefault(quote.speaker, quote.role)
    text = result.text
    for ent in result.entities:
        if ent.label is not EntityLabel.PER or ent.canonical in roles:
            continue
        match = _WORD_BEFORE.search(text, max(0, ent.start - 40), ent.start)
        if not match:
            continue
        word = match.group(1)
        low = word.lower()
        if low.endswith(ROLE_SUFFIXES) or word in EN_ROLES:
            roles[ent.canonical] = word
    return roles


def speaker_affiliations(result: Analysis) -> dict[str, str]:
    """For each speaker the organisation an attribution names with them ("Vestkraft")."""
    out: dict[str, str] = {}
    for quote in result.quotes:
        if quote.speaker and quote.affiliation:
            out.setdefault(quote.speaker, quote.affiliation)
    return out
