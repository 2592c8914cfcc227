"""The type of a capitalised run the English rules found, from its words and the words around it."""

from __future__ import annotations

from reader.analysis.en_sets import (
    ACRONYM_DEFAULT, _AFTER_PLACE, CONTEXT_DEFAULT, _FACILITY, _FAMILY, FIRST_NAMES, _LOC_CONTEXT,
    _LOC_SUFFIX, LONG_DEFAULT, MULTI_DEFAULT, _ORG_SUFFIX, _ORGS, _PER_CONTEXT, _PLACE_START, _PLACES,
    _PLAIN, _ROLE_NOUNS, _SAID, _SHOUTED, SINGLE_DEFAULT, _STATES,
)
from reader.analysis.en_people_forms import NEWS_TITLES
from reader.analysis.en_words import COMMON, EN_FAMOUS_SURNAMES, EN_RESTAURANTS, EN_VOCABULARY
from reader.analysis.gazetteer import ORG_WORDS
from reader.analysis.lexicon import EN_ROLES, TITLES


def _place_head(run: list[str]) -> list[str]:
    """The known place that begins ``run`` when ordinary words follow it, else ``run``."""
    lows = [w.lower() for w in run]
    if " ".join(lows) in _PLACES:
        return run
    for size in range(min(3, len(run) - 1), 0, -1):
        if " ".join(lows[:size]) in _PLACES and all(w in _PLAIN and w not in _LOC_SUFFIX for w in lows[size:]):
            return run[:size]
    return run


def _business(words: tuple[str, ...] | list[str], i: int, stop: int, run: list[str]) -> bool:
    """Whether ``run`` (tokens ``i..stop``) with the "'s" at ``stop`` names a restaurant or a shop."""
    full = " ".join(run).lower()
    if full + "'s" in EN_RESTAURANTS or full + "s" in EN_RESTAURANTS:
        return True
    prev = words[i - 1].lower() if i > 0 else ""
    nxt = words[stop + 1] if stop + 1 < len(words) else ""
    if nxt[:1].isupper() and full in _PLACES:
        return False  # "at Sheffield's Crucible Theatre": a place owning a name (probe10)
    return prev in ("at", "to") and (not nxt[:1].isalpha() or nxt[:1].isupper() or nxt.lower() in _AFTER_PLACE)


def _signature(run: list[str]) -> bool:
    """A line holding only a short capitalised name: a person signing or being greeted."""
    lows = [w.lower() for w in run]
    if any(w in COMMON or w in EN_VOCABULARY or w in _PLACES or w in ORG_WORDS for w in lows):
        return lows[0] in FIRST_NAMES and len(run) > 1 and lows[-1] not in COMMON
    if any(not w.isalpha() for w in run if w != "."):
        return False
    return not (len(run) == 1 and run[0].isupper() and len(run[0]) > 3)


def _type(run: list[str], words: list[str], i: int, j: int) -> str | None:
    """PER, ORG or LOC for a capitalised run, from gazetteers and context (None: not a name)."""
    lows = [w.lower() for w in run]
    full = " ".join(lows)
    last = lows[-1]
    prev = words[i - 1].lower() if i > 0 else ""
    nxt = words[j].lower() if j < len(words) else ""
    sentence = i == 0 or words[i - 1] in (".", "!", "?", "\n")
    if len(run) == 1 and run[0].isupper() and full in _STATES:
        return "LOC"  # US, LA, OH
    if len(run) == 1 and run[0].isupper() and low_common(lows[0]):
        return None  # TOO, ASAP, DVD
    if full in EN_RESTAURANTS:
        return "LOC"
    if full in _STATES or full in _PLACES:
        return "LOC"
    if full in _ORGS or last in _ORG_SUFFIX:
        return "ORG"
    if "of" in lows[1:] and lows[lows.index("of") - 1] in _ORG_SUFFIX:
        return "ORG"  # "Water Authority of Denver", "University of Oslo"
    if len(run) > 2 and last in ("center", "centre"):
        return "ORG"  # "Lakeside Tenants Rights Center"; two words are a place ("Civic Center")
    if len(run) > 1 and (last in _FACILITY or lows[0] in _PLACE_START):
        return "LOC"
    if len(run) > 1 and any(w in _ORGS for w in lows if len(w) > 3 and w.isalpha() and w not in FIRST_NAMES):
        return "ORG"
    if prev in _PER_CONTEXT or i > 0 and (words[i - 1] in TITLES or words[i - 1] in EN_ROLES):
        return "PER"
    if prev in NEWS_TITLES and len(run) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in run):
        return "PER"  # "Cllr Lilian Dodd", "Det Sgt Fiona Laird" (probe10)
    if 2 <= len(run) <= 3 and all(w[:1].isupper() for w in run) and (
        words[i - 1:i] and words[i - 1] in _ROLE_NOUNS  # "historian Desmond Achterberg"
        or words[j:j + 3] and words[j] == "," and j + 2 < len(words) and words[j + 1].isdigit()
        and words[j + 2] == ","  # "Desmond Achterberg, 81,"
    ):
        return "PER"
    if len(run) <= 3 and last in _LOC_SUFFIX and not (len(run) == 2 and lows[0] in FIRST_NAMES):
        return "LOC"
    if lows[0] in FIRST_NAMES and len(run) <= 3 or last in EN_FAMOUS_SURNAMES and len(run) <= 3:
        return "PER"
    if 2 <= len(run) <= 3 and last in _FAMILY and lows[0] not in EN_VOCABULARY and lows[0] not in COMMON:
        return "PER"  # "Usman Shaukat"-like names end in a known family name
    if len(run) == 1 and run[0].isupper() and 1 < len(run[0]) <= 6:
        return ACRONYM_DEFAULT
    if lows[-1] in _PLACES or lows[0] in _PLACES:
        return "LOC"
    if nxt in _SAID:
        return "PER"
    if len(run) == 1 and nxt == "," and (sentence or prev in ("hi", "hello", "dear", "thanks", "hey", "thx")):
        return "PER"  # "Renee," opening a mail
    if prev in _LOC_CONTEXT and prev != "to" and not (len(run) == 1 and lows[0] in _PLAIN):
        return CONTEXT_DEFAULT
    if len(run) in (2, 3) and all(w[:1].isupper() and w[1:].islower() for w in run if w.isalpha()):
        return MULTI_DEFAULT
    if len(run) == 1:
        return SINGLE_DEFAULT if lows[0] not in EN_VOCABULARY and lows[0] not in COMMON else None
    return LONG_DEFAULT if len(run) > 3 else MULTI_DEFAULT


def low_common(low: str) -> bool:
    """Whether an all-capitals word is an ordinary word or abbreviation shouted."""
    return low in COMMON or low in _SHOUTED
