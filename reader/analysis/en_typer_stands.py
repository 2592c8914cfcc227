"""English: where the tagger found the very span a rule found, the typer's type stands over the
rule's, unless the rule's type comes from a list or the name's form: a place, a state, a restaurant,
a firm or an organisation the word lists know (``listed``), a firm's or a place's form ("Acme Corp",
"Mill Lane", ``formed``), a person by a known first or family name or an age ("Lee, 52,",
``person``). The rules' other guesses from context and defaults ("from X" a place, capitalised words
a person) give way to the trained typer (namesen18: GUM CV 0.7343 -> 0.7370, web-like 0.7268 ->
0.7321; as whole documents 0.7311 -> 0.7327 and 0.7312 -> 0.7333; en_web 0.811 -> 0.824)."""

from __future__ import annotations

import re

from reader.analysis.en_sets import (
    _FACILITY, _FAMILY, FIRST_NAMES, _LOC_SUFFIX, _ORG_SUFFIX, _ORGS, _PLACES, _STATES, Span,
)
from reader.analysis.en_words import EN_FAMOUS_SURNAMES, EN_RESTAURANTS

# "off": the rules' types as before; "all": the typer's type over every rule type (GUM better, our
# articles worse: the lists know firms GUM lacks); "lists": over all but listed names; "forms": nor
# over formed names.
MODE = "forms"
PEOPLE = True  # nor over a rule's person by ``person`` ("Clare Whelan" LOC by the typer)
_AGE = re.compile(r", \d{1,3},")


def listed(name: str) -> bool:
    """Whether the word lists know ``name`` as a place, a state, a restaurant or an organisation."""
    full = " ".join(name.lower().split())
    return full in _PLACES or full in _ORGS or full in EN_RESTAURANTS or name in _STATES


def formed(name: str) -> bool:
    """Whether ``name`` has a firm's or a place's form ("Acme Corp", "Mill Lane", "University of X")."""
    lows = name.lower().split()
    return len(lows) > 1 and (lows[-1] in _ORG_SUFFIX or lows[-1] in _FACILITY or lows[-1] in _LOC_SUFFIX
                              or "of" in lows[1:] and lows[lows.index("of") - 1] in _ORG_SUFFIX)


def person(text: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]`` is a person by the lists (a first name opening it, a family name
    closing it) or by an age after it (", 52,")."""
    lows = text[s:e].lower().split()
    if len(lows) <= 3 and (lows[0] in FIRST_NAMES or lows[-1] in EN_FAMOUS_SURNAMES):
        return True
    return 2 <= len(lows) <= 3 and lows[-1] in _FAMILY or bool(_AGE.match(text, e))


def typer_stands(text: str, spans: list[Span], ruled: list[Span]) -> list[Span]:
    """``ruled`` with the type of the tagger's name of the same extent in ``spans`` where the rule's
    type was a guess (``MODE``, ``PEOPLE``)."""
    if MODE == "off":
        return ruled
    typed = {x[:2]: x[2] for x in spans}
    out = []
    for s, e, label in ruled:
        other = typed.get((s, e), label)
        if other != label and MODE != "all" and (
            listed(text[s:e]) or MODE == "forms" and formed(text[s:e])
            or PEOPLE and label == "PER" and person(text, s, e)
        ):
            other = label
        out.append((s, e, other))
    return out
