"""English names of two bodies or places joined by "and" that were taken as one, and a body's name
"of the" a place cut in two (namesen22).

"the Wikimedia Foundation and Creative Commons", "Ziguinchor and Dakar", "Downtown and Chinatown":

- **the tagger's runs** (``split_runs``, called by ``name_typing.retype`` before the typer): a run
  is split at its "and" (no part of either) and the typer types or drops each part. A run stays
  whole when the word before the "and" is one the training text writes only in lower case
  (``AND_OPEN``: "Ways and Means Committee", "Legal and Drafting Commission": one body's name),
  when its last word names a body's kind ("Avon and Somerset Police", "Procter and Gamble Co.")
  and when it is a body of one word each side ("Marks and Spencer").
- **the rules' names** (``english._joins``, ``RULE_AND``): the rules join two names over "and" when a
  body's word stands near ("Procter and Gamble Co."); not when that word already ends a first name
  of two words or more ("Wikimedia Foundation and", "New York Times and"), or the gazetteer knows the
  first name of two words or more as a body ("United Nations and").

- **"X of the Y"** (``of_the``, called by ``names.find_names``): a body's name ending in a body's
  word ("Senate", "Library", "Court") and the name after "of the" are one name of the body's type
  ("the Senate of the United States", "the Supreme Court of the State of Hawaii").

All read only the names, the vocabulary of training and the project's word lists; no name list.
"""

from __future__ import annotations

import re
from typing import Sequence

from reader.analysis.en_sets import _ORG_SUFFIX
from reader.analysis.gazetteer import ORG_HEADS, lookup
from reader.analysis.name_base import cut_run

ON = True
RULE_AND = True  # the rules join no two names over "and" when the first ends in a body's word (english._joins)
AND_OPEN = frozenset("CUB")  # classes of the word before "and" that allow a split (not L: lower case only)
_ORG_LAST = frozenset(w.rstrip(".") for w in _ORG_SUFFIX) | {"police", "trust", "service", "services"}

Span = tuple[int, int, str]


def split_runs(words: Sequence[str], offset: int, found: list[Span], tags: dict[int, str],
               vocab: dict[str, str]) -> list[Span]:
    """``found`` (indices relative to ``offset``) with the runs of two names split; ``tags`` updated."""
    if not ON:
        return found
    out: list[Span] = []
    for k, j, label in found:
        cut_run(out, tags, k, j, label, _and_at(words, offset, k, j, label, vocab) if j - k >= 3 else None)
    return out


def _and_at(words: Sequence[str], offset: int, k: int, j: int, label: str, vocab: dict[str, str]) -> int | None:
    """Where the run ``k``..``j`` (typed ``label`` by the tagger) splits at "and", or None."""
    if words[j - 1 + offset].lower().rstrip(".") in _ORG_LAST:
        return None
    for m in range(k + 1, j - 1):
        if words[m + offset] != "and":
            continue
        before, after = words[m - 1 + offset], words[m + 1 + offset]
        if not after[:1].isupper() or not before[:1].isupper():
            return None
        if vocab.get(before.lower(), "U") not in AND_OPEN:
            return None
        if label == "ORG" and m == k + 1 and j == m + 2:
            return None
        return m
    return None


def two_bodies(first: Sequence[str]) -> bool:
    """Whether the words ``first`` before an "and" (an article before them aside) are a body's whole
    name of two words or more: they end in a body's word, or the gazetteer knows them as a body."""
    if first and first[0].lower() in ("the", "a", "an"):
        first = first[1:]
    return len(first) >= 2 and (first[-1].lower() in _ORG_SUFFIX or lookup(" ".join(first).lower()) == "ORG")


# "the Senate of the United States", "the Government of the Republic of Albania": a body's name, "of
# the" and the name of what it belongs to are one name (the tagger's runs never hold "of the").
OF_THE = True
_OF_THE = re.compile(r"[ \t]+of[ \t]+the[ \t]+")
_BODY_HEADS = ORG_HEADS | frozenset("senate government assembly congress parliament cabinet embassy".split())
OF_THE_TYPES = frozenset(("ORG",))  # the types of the body's name that join


def of_the(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted here) with a body's name ending in a body's word ("Senate", "Library", "Court")
    joined to the name after "of the" by it, as one name of the body's type."""
    if not (ON and OF_THE) or " of the " not in text:
        return spans
    spans = sorted(spans)
    out: list[Span] = []
    k = 0
    while k < len(spans):
        s, e, label = spans[k]
        if k + 1 < len(spans) and label in OF_THE_TYPES:
            s2, e2, label2 = spans[k + 1]
            gap = _OF_THE.fullmatch(text, e, s2)
            if gap and label2 in ("ORG", "LOC") and text[s:e].rpartition(" ")[2].lower() in _BODY_HEADS:
                out.append((s, e2, label))
                k += 2
                continue
        out.append((s, e, label))
        k += 1
    return out
