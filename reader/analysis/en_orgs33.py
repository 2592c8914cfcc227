"""English: a person after a person's title is no organisation (issue 16, namesen33).

"Vice President Ford will be sworn in": a surname that is also a firm's name (Ford, Forbes,
Hilton, Norton) made the person a body. A name of one to three capitalised words typed ORG right
after a person's title ("President", "Mr", "Dr", "Senator", "Emperor", ...) is a person. Not when a
word of the name is a body's head word ("Dr Barnardo's Homes", "Mr Kipling Bakeries"), the lists
know the whole name only as a body, or it holds "&" or "and". Chosen on GUM cross-validation
(docs/log/namesen33.md: fires twice, both right; a given name or unknown word before a surname
typed ORG was dropped: "Peel Hunt", "Greene King", "AJ Bell" are firms).

Two bodies joined by "and" that were found as one ("the University of California and Columbia
University") are two names (``split_joined``, ``SPLIT``): each part is a body by its head word
(``en_orgs.names_body``), and the second holds a word of its own that the training text writes
only capitalised or never had ("Columbia"), so "the Ministry of Housing and Local Government"
stays one.

A name of ordinary words and a country last ("Sport England", "Creative Wales", "Smart Taiwan")
typed a place is a body (``nation_bodies``, ``NATIONS``): each word before the country is one the
training text writes in lower case, and none says where or how large ("North", "Great", "New",
"Rural", "Middle", "Classical" ...: "Northern Ireland", "Great Britain", "New Zealand" stay
places), and the first is no verb in -ing ("Visiting Russia in March").
"""

from __future__ import annotations

import re

from reader.analysis.en_orgs import HEADS, HEADS33, names_body
from reader.analysis.gazetteer import COUNTRIES, ORG_HEADS, lookup

Span = tuple[int, int, str]

ON = True
SPLIT = True
NATIONS = True
_WHERE = frozenset("""north south east west northern southern eastern western central mid middle upper lower
    greater great little new old rural urban coastal inner outer outer far near deep high low mainland
    atlantic pacific arctic all whole modern ancient medieval classical early late united royal free holy""".split())

_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?:President|Mr|Mrs|Ms|Dr|Prof|Professor|Senator|Sen|Governor|Gov|Judge|Justice|Sir"
    r"|Dame|Rev|Reverend|Rep|Congressman|Congresswoman|Councillor|Cllr|Mayor|Emperor|King|Queen"
    r"|Prince|Princess)\.? $")


def persons(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with the names typed ORG after a person's title typed PER (see above)."""
    if not ON:
        return spans
    out = spans
    for k, (s, e, label) in enumerate(spans):
        if label != "ORG" or s < 3 or _TITLE_BEFORE.search(text, max(0, s - 16), s) is None:
            continue
        name = text[s:e]
        words = name.split()
        if len(words) > 3 or "&" in name or " and " in name or not all(w[:1].isupper() for w in words):
            continue
        if any(_head(w) for w in words) or lookup(name.lower()) == "ORG":
            continue
        if out is spans:
            out = list(spans)
        out[k] = (s, e, "PER")
        if evidence is not None:
            evidence.pop((s, e), None)
    return out


def _head(word: str) -> bool:
    low = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
    return low in HEADS or low in HEADS33 or low in ORG_HEADS


def split_joined(text: str, spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``spans`` with one ORG name of two bodies joined by "and" split in two (see above)."""
    if not (ON and SPLIT):
        return spans
    out = spans
    for k in range(len(spans) - 1, -1, -1):
        s, e, label = spans[k]
        name = text[s:e]
        if label != "ORG" or name.count(" and ") != 1:
            continue
        left, right = name.split(" and ")
        lwords, rwords = left.split(), right.split()
        if not (names_body(lwords) and names_body(rwords)):
            continue
        if not any(not _head(w) and w[:1].isupper() and vocab.get(w.lower(), "C") == "C" for w in rwords):
            continue
        if out is spans:
            out = list(spans)
        out[k:k + 1] = [(s, s + len(left), "ORG"), (e - len(right), e, "ORG")]
    return out


def nation_bodies(text: str, spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``spans`` with the bodies named by ordinary words and a country typed ORG (see above)."""
    if not (ON and NATIONS):
        return spans
    out = spans
    for k, (s, e, label) in enumerate(spans):
        if label != "LOC":
            continue
        words = text[s:e].split()
        if len(words) < 2 or len(words) > 4 or words[-1].lower() not in COUNTRIES or "LOC" in lookup(text[s:e].lower()):
            continue
        if words[0].lower() in _WHERE or words[0].endswith("ing") or not all(
                w[:1].isupper() and vocab.get(w.lower()) in ("L", "B") and w.lower() not in _WHERE for w in words[:-1]):
            continue
        if out is spans:
            out = list(spans)
        out[k] = (s, e, "ORG")
    return out
