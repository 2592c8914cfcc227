"""The patterns the speaker phrase reads (``speakers``), compiled once: the phrase after each reporting
verb is parsed with them for every quote; and the word sets it shares with ``speaker_roles`` and
``speaker_descriptions``."""

from __future__ import annotations

import re

CLAUSE_STOP = re.compile(r"[.!?](?=\s|$)|\n|[»“\"„]")
LAST_WORD = re.compile(r"(\S+)$")
# "lyder det fra X", and what it is ("lyder kravet fra X", "lød advarslen fra X": quotesda23)
_UTTERANCES = (
    "det|kravet|vurderingen|meldingen|opfordringen|beskeden|svaret|budskabet|reaktionen|kommentaren|advarslen"
    "|konklusionen|rådet|anbefalingen|forklaringen|appellen|bønnen|dommen"
)
FROM_SKIP = re.compile(rf"\s+(?:(?:{_UTTERANCES})\s+fra\s+|fra\s+)?")
GENITIVE = re.compile(r"\S+(?:s|'s|’s)")
OF_ORG = re.compile(r"\s+(?:of|from|at|fra|hos)\s+(?:the\s+)?")
JOINT = re.compile(r"\s+(?:and|og|&)\s+")
SHORT_ABBREVIATION = re.compile(r"\b\w{1,5}\.")
SENTENCE_STOP = re.compile(r"[!?]|\.(?:\s|$)")
POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
LINK_ORG = re.compile(r"\b(?:hos|fra|i|ved|at|of|from)\s+([A-ZÆØÅ][\w&.-]*(?:\s[A-ZÆØÅ][\w&.-]*)*)")
_DETERMINERS = frozenset("den det de en et the a an their his her its our my your one another this that".split())
_LINKS = frozenset("hos i fra ved for på at of with from in af".split())
_STOP = frozenset(
    "til om og men da der som efter under mens gennem via to about after as while when who which because and but"
    " through".split()
)
_WORD = re.compile(r"[^\s,;:()]+")
