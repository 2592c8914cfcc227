"""Danish: "siger hun" after a paragraph that opens with a role in its definite form and names
nobody ("Sognepræsten frygter, at ...", "Hospitalsdirektøren beklager ...") is the person the
article introduced with that role ("sognepræst Birthe Kallesøe"), else the role itself (a blind
probe of new stories, probe11)."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context
from reader.analysis.descriptions import description_fits
from reader.analysis.lexicon import ROLE_SUFFIXES

ON = True
_OPENER = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:en|et)(?=\s)")


def role_opener(ctx: Context, before: int, female: bool, male: bool, named_only: bool = True) -> str | None:
    """The speaker a role opening the paragraph right before the one at ``before`` names (Danish),
    when that paragraph holds no quotation and names nobody: the person introduced with the role,
    else (unless ``named_only``) the role itself."""
    if not ON or ctx.language != "da" or not (female or male):
        return None
    text = ctx.text
    para = text.rfind("\n\n", 0, before)
    if para <= 0:
        return None
    start = text.rfind("\n\n", 0, para)
    start = start + 2 if start >= 0 else 0
    body = text[start:para]
    m = _OPENER.match(body)
    if m is None or any(ch in body for ch in "»«\"“”") or body.lstrip().startswith(("-", "–")):
        return None
    if ctx.people.last_people(start, para) or not description_fits(m.group(), female, male):
        return None
    word = m.group()
    stem = word[:-2]
    named = None
    role = re.compile(r"(?i)" + re.escape(stem) + r",?\s+$")
    for person in reversed(ctx.people.last_people(0, start)):  # "sognepræst Birthe Kallesøe" introduced before
        if role.search(text[max(0, person.start - len(stem) - 3):person.start]):
            named = person.canonical  # the last one so introduced
            break
    if named is not None:
        return named
    return word.lower() if not named_only and word.lower().endswith(ROLE_SUFFIXES) else None
