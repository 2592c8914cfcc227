"""Danish: short quoted phrases that are speech, not scare quotes (quotesda33).

A Danish phrase in marks of under eight words, with no speaker and no full stop, inside a sentence
is read as a scare quote or a term. Two kinds are speech all the same:
- the words right after a verb of shouting or saying: 'hørte han, at der blev råbt "mand over
  bord"', 'hun hviskede "kom nu"' (two words at least: 'sagde "nej"' stays a word);
- a clause of its own with a personal subject and a finite verb, in lower case: 'for "man får kuk
  i hovedet" af at sidde ...', '"vi kan ikke mere"' (four words at least).
"""

from __future__ import annotations

import re

_SHOUTED = re.compile(
    r"\b(?:råbt|råbte|råber|råbes|skreg|skreget|skriger|brølede|brøler|hviskede|hvisker|sagde"
    r"|mumlede|mumler|udbrød|udbryder)\s*$"
)
_PRONOUN = frozenset("jeg du man vi han hun".split())
_FINITE = frozenset(
    "er var har havde kan kunne vil ville skal skulle må måtte bør tør får fik gik kom så lod blev gør gjorde sagde".split()
)


def spoken_phrase(text: str, s: int, before: int, inner: str) -> bool:
    """Whether the quoted ``inner`` (its opening mark at ``before``, its sentence from ``s``) is speech."""
    words = inner.split()
    if len(words) >= 2 and _SHOUTED.search(text, max(s, before - 20), before):
        return True
    if len(words) < 4 or not inner[:1].islower() or words[0] not in _PRONOUN:
        return False
    last = text[s:before].split()[-1:] or [""]
    if len(last[0]) > 3 and last[0].lower().endswith(("en", "et")):
        return False  # a label's noun before it: 'Kampagnen "vi passer på hinanden"'
    verb = words[1].lower()
    return verb in _FINITE or verb.endswith(("er", "ede", "te")) and len(verb) > 3


def colon_sentence(text: str, s: int, before: int, after: int, end: int, inner: str) -> bool:
    """A short quoted sentence closing a colon lead: 'Og så kom det: "Vi lukker fabrikken."' (two
    words at least, capitalised, its own full stop, '!' or '?' inside the marks; a title has none:
    'Planens titel: "Den gode cirkel".'), unless the lead names a title ('Filmen hedder:')."""
    words = inner.split()
    return (
        len(words) >= 2 and inner[:1].isupper() and inner.rstrip()[-1:] in (".", "!", "?")
        and text[s:before].rstrip().endswith(":") and not text[after:end].strip(" .")
        and not _NAMING.search(text, s, before)
    )


# A lead that names a title, not speech: 'Filmen hedder: »Sne på sporet.«' (quotesda28's guard).
_NAMING = re.compile(r"\b(?:hedder|hed|kaldes|kaldtes|titlen|titel|navn|navnet|overskrift|overskriften)\b", re.IGNORECASE)
