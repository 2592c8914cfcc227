"""The patterns the speaker phrase reads (``speakers``), compiled once: the phrase after each reporting
verb is parsed with them for every quote."""

from __future__ import annotations

import re

CLAUSE_STOP = re.compile(r"[.!?](?=\s|$)|\n|[»“\"„]")
LAST_WORD = re.compile(r"(\S+)$")
FROM_SKIP = re.compile(r"\s+(?:det\s+fra\s+|fra\s+)?")
GENITIVE = re.compile(r"\S+(?:s|'s|’s)")
OF_ORG = re.compile(r"\s+(?:of|from|at|fra|hos)\s+(?:the\s+)?")
JOINT = re.compile(r"\s+(?:and|og|&)\s+")
SHORT_ABBREVIATION = re.compile(r"\b\w{1,5}\.")
SENTENCE_STOP = re.compile(r"[!?]|\.(?:\s|$)")
POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
LINK_ORG = re.compile(r"\b(?:hos|fra|i|ved|at|of|from)\s+([A-ZÆØÅ][\w&.-]*(?:\s[A-ZÆØÅ][\w&.-]*)*)")
