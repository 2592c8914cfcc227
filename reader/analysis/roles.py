"""Titles and roles of people ("forsvarsminister Claus Hjort Frederiksen", "President Smith")."""

from __future__ import annotations

import re

from reader.analysis.lexicon import EN_ROLES, ROLE_SUFFIXES
from reader.model import Analysis, EntityLabel

_WORD_BEFORE = re.compile(r"([\w.-]+)\s+$")


def speaker_roles(result: Analysis) -> dict[str, str]:
    """For each person (canonical name) the role word written just before a mention, if any."""
    roles: dict[str, str] = {}
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
