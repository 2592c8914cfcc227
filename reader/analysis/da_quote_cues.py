"""Danish speaker cues found on text the rules were not tuned on (quotes11, tune7): a dash quote
resumed after its attribution with a manner phrase between ("sagde han med overbevisning, - og
..."), or without a dash after a pronoun ("- De gode mænd, siger han, skal samle sig ...")."""

from __future__ import annotations

import re

from reader.analysis.people import Speaker

# After the attribution: up to three lower-case words, a comma, a dash, the rest of the quote.
_RESUMED = re.compile(r"(?:\s+[a-zæøå][\wæøå-]*){0,3}\s*[,:]\s*[-–—]\s+(?=\S)")  # ": -" after "og tilføjer" (quotesda23)
# Without a dash, only after a pronoun ("siger han, skal ..."), never narrative ("og smilede").
_RESUMED_BARE = re.compile(r"\s*,\s+(?!(?:og|men|der|som|mens|da|inden|efter|hvorefter|hvorpå|idet|fordi)\b)(?=[a-zæøå])")


def resumed_at(text: str, speaker: Speaker, end: int) -> int | None:
    """Where a Danish dash quote goes on after its attribution ``speaker`` (within the paragraph
    ending at ``end``), if it does: "- Det er koldt, grinede Hanne Berg, - men vandet er fint.", "...,
    siger Ib Holm og tilføjer: - Men vi prøver."."""
    resumed = _RESUMED.match(text, speaker.end, end)
    if resumed is None and speaker.kind == "pronoun":
        resumed = _RESUMED_BARE.match(text, speaker.end, end)
    return resumed.end() if resumed is not None else None
