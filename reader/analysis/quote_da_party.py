"""Danish: a party or organisation in the genitive before a speaker's name ("siger Venstres Anne-Mette
Kragh", "siger 3F's Lone Dam") is the speaker's affiliation, not part of the name (quotesda23).

The name finder often takes the genitive into the person ("Venstres Anne-Mette Kragh"), or keeps it
as an organisation the affiliation then reads in the genitive ("Socialdemokratiets"); a quote's
speaker is cut to the person and its affiliation given without the genitive, when the word(s)
before the genitive ending are an organisation the gazetteer knows ("Venstre", "Radikale Venstre",
"3F") and a given name follows, so "Jens Kirk" keeps his given name and "Folketingets Ombudsmand"
stays an organisation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.gazetteer import lookup
from reader.model import Quote

# One to three capitalised words (or "3F") with a genitive ending, then a capitalised word.
_GENITIVE_HEAD = re.compile(r"((?:[A-ZÆØÅ0-9][\w-]*\s+){0,2}[A-ZÆØÅ0-9][\w-]*?)(?:'s|’s|s)\s+(?=[A-ZÆØÅ])")
_GENITIVE = re.compile(r"(.+?)(?:'s|’s|s)")


def _organisation(words: str) -> bool:
    return "ORG" in lookup(words.lower())


def _given_name(rest: str) -> bool:
    """Whether ``rest`` opens with a given name ("Anne-Mette Kragh"), not the rest of an organisation's
    name ("Folketingets Ombudsmand", "Vejle Amts Avis")."""
    first = rest.split()[0].split("-")[0].lower() if rest.split() else ""
    return "PER" in lookup(first).split("+")


def party_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with a genitive organisation before a speaker's name moved to the affiliation."""
    return [_split(text, q) for q in quotes]


def _split(text: str, quote: Quote) -> Quote:
    name = quote.speaker
    if not name:
        return quote
    spanned = quote.speaker_start is not None and text[quote.speaker_start:quote.speaker_end] == name
    lead = ""
    if spanned:  # "3F's Lone Dam" read as "F's Lone Dam": the digits glued before the name
        k = quote.speaker_start
        while k > 0 and k > quote.speaker_start - 4 and text[k - 1].isdigit():
            k -= 1
        lead = text[k:quote.speaker_start]
    head = _GENITIVE_HEAD.match(lead + name)
    if head is not None and _organisation(head.group(1)) and _given_name((lead + name)[head.end():]):
        cut = head.end() - len(lead)
        start = quote.speaker_start + cut if spanned else quote.speaker_start
        return replace(quote, speaker=name[cut:], speaker_start=start, affiliation=quote.affiliation or head.group(1))
    genitive = _GENITIVE.fullmatch(quote.affiliation or "")
    if genitive is not None and not _organisation(quote.affiliation) and _organisation(genitive.group(1)):
        return replace(quote, affiliation=genitive.group(1))  # "Socialdemokratiets" -> "Socialdemokratiet"
    return quote
