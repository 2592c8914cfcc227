"""Danish: a capital letter joined by a hyphen to a common word is a thing, no name: "C-vitamin",
"S-toget", "A-kassen" were found as organisations (probe29). A name of one word that is a single
capital letter, a hyphen and lower-case letters only is dropped; "Novo-aktien" and "EU-landene"
(more than one capital) and "Rute 15" are not touched.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]
ON = True
_LETTER_WORD = re.compile(r"[A-ZÆØÅ]-[a-zæøå]+")


def letter_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without each name that is one capital letter, a hyphen and a lower-case word."""
    kept = [x for x in spans if not _LETTER_WORD.fullmatch(text[x[0]:x[1]])]
    return spans if len(kept) == len(spans) else kept
