"""English football clubs of the eighth blind probe (probe14) in a text with a score: a town and a
club's word ("Kettering Vale", "Stockton Albion", "Harrogate Town") and the club's word alone after
it ("Albion went ahead", "Vale's captain"): bodies; each searched from the club words."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.gazetteer import CITIES
from reader.analysis.news_scans import literal_hits

Span = tuple[int, int, str]

CLUBS = True

_UP = "A-ZÀ-ÞÆØÅ"
_LOW = "a-zß-ÿæøå"
# A club's last word after its town (not "City": "Salt Lake City" and "Leicester City" are found so).
_CLUB_WORDS = ("Town", "United", "Albion", "Rovers", "Wanderers", "Athletic", "Vale", "Rangers", "Argyle",
               "Orient", "Hotspur", "Stanley", "Alexandra", "Villa")
_TOWN_BEFORE = re.compile(rf"(?<![\w'’-])[{_UP}][{_LOW}]+(?:[ -][{_UP}][{_LOW}]+)? $")
_WORD_BEFORE = re.compile(r"(\w+) $")
_NEXT_CAP = re.compile(rf" [{_UP}]")
_NOT_TOWN = frozenset("the old new north south east west central upper lower".split())


def clubs(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """The clubs above, as (start, end, "ORG"), for a text with a score ("2-1"; the caller checks); the club's word
    alone only after no capitalised word but an ordinary one (``vocab``: "But Vale's captain")."""
    if not CLUBS:
        return []
    out = []
    words = set()
    for k in literal_hits(text, tuple(" " + w for w in _CLUB_WORDS)):
        word = next(w for w in _CLUB_WORDS if text.startswith(w, k + 1))
        end = k + 1 + len(word)
        if end < len(text) and (text[end].isalnum() or text[end] == "-") or (
            _NEXT_CAP.match(text, end) and not _title_line(text, k)
        ):
            continue  # (the name goes on: "Brigg Town Reserves"; not in a headline's title case)
        m = _TOWN_BEFORE.search(text, max(0, k - 40), k + 1)
        if m is None:
            continue
        town = m.group(0)[:-1]
        if town.split()[0].lower() in _NOT_TOWN or vocab.get(town.split()[0].lower()) in ("L", "B") or f"{town} {word}".lower() in CITIES or _person(spans, m.start()):
            continue
        out.append((m.start(), end, "ORG"))
        words.add(word)
    for word in words:  # the club's word alone, later
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            before = _WORD_BEFORE.search(text, max(0, k - 30), k)
            alone = not (k and text[k - 1].isalnum()) and (
                before is None or not before.group(1)[:1].isupper() or vocab.get(before.group(1).lower()) in ("L", "B"))
            if alone and not text[end:end + 1].isalnum() and not _NEXT_CAP.match(text, end) and not any(
                s <= k < e for s, e, _ in out
            ):
                out.append((k, end, "ORG"))
            k = text.find(word, end)
    return sorted(out)


def _title_line(text: str, k: int) -> bool:
    """Whether the line holding ``k`` is in title case (its words of four letters or more capitalised)."""
    line = text[text.rfind("\n", 0, k) + 1:(text.find("\n", k) + 1 or len(text) + 1) - 1]
    long = [w for w in line.split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _person(spans: list[Span], k: int) -> bool:
    """Whether a person's name covers ``k``."""
    j = bisect_left(spans, (k + 1, -1, "")) - 1
    return j >= 0 and spans[j][0] <= k < spans[j][1] and spans[j][2] == "PER"
