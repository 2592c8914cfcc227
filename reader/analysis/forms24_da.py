"""Danish names the tagger passes over or mistypes, by their form (probefix23, after probe23):

- a known body of two or more words (the gazetteer's organisations) or a known charity opening a
  sentence, where a capital says nothing and the tagger found nothing ("Kirkens Korshær i Randers
  har ...", "Frelsens Hær og Mødrehjælpen melder ..."): the body, found only where no name is;
- a town's genitive before a sports role is the town's club ("siger Vejles træner", "Skives
  anfører"): the place the tagger typed becomes an organisation ("Vejles borgmester" stays a place).

Each is gated by a literal test: a charity's or the gazetteer's first word among the text's tokens
(``word_sets``: each distinct word tested once), a role word after "s " (one regular scan)."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.gazetteer import ORG_WORDS
from reader.analysis.spans22 import known_runs
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import notable

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to Danish after da_forms23

# Well-known Danish charities and voluntary bodies (general knowledge), one word or more: found
# anywhere they are written with their capitals and no name is found there.
CHARITIES = frozenset(w.replace("_", " ") for w in (
    "Mødrehjælpen Ældre_Sagen Ældresagen Kirkens_Korshær Frelsens_Hær Blå_Kors Dansk_Folkehjælp"
    " Børns_Vilkår SOS_Børnebyerne Hus_Forbi Julemærkefonden Dansk_Flygtningehjælp Red_Barnet"
    " Kræftens_Bekæmpelse Hjerteforeningen Folkekirkens_Nødhjælp Dansk_Røde_Kors Røde_Kors"
    " Mændenes_Hjem Café_Exit Kirkens_Sociale_Arbejde Læger_uden_Grænser Amnesty_International"
    " Sankt_Lukas_Stiftelsen Diakonissestiftelsen"
).split())
# The gazetteer's organisations of two words or more whose words are all written with a capital
# (or joined by og, &, for, i, af): the literal forms a text can open a sentence with.
_LINKS = frozenset(("og", "&", "for", "i", "af", "uden"))


def _phrases() -> dict[str, str]:
    """Lower-cased phrase -> the phrase, for the gazetteer's many-word bodies and the charities."""
    out: dict[str, str] = {}
    for low in ORG_WORDS:
        words = low.split(" ")
        if len(words) >= 2 and words[0] not in _LINKS and words[-1] not in _LINKS and all(
            w.isalpha() or w in _LINKS for w in words
        ):
            out[low] = low
    for name in CHARITIES:
        out[name.lower()] = name
    return out


_PHRASES = _phrases()
_LENGTHS: dict[str, list[int]] = {}
for _phrase in _PHRASES:
    _LENGTHS.setdefault(_phrase.split(" ")[0], []).append(_phrase.count(" ") + 1)
for _first, _lengths in _LENGTHS.items():
    _LENGTHS[_first] = sorted(set(_lengths), reverse=True)  # the longest known body first
_FIRST = frozenset(_LENGTHS)
_first_word = notable(lambda word: word[:1].isupper() and word.lower() in _FIRST)
# Sports roles after a town's genitive: the town's club.
_SPORT_ROLES = frozenset(
    "træner cheftræner assistenttræner anfører målmand keeper angriber forsvarsspiller midtbanespiller"
    " kaptajn topscorer sportschef spillere spiller fans tilhængere førsteholdstræner".split()
)
_GENITIVE_ROLE = re.compile(r"s (" + "|".join(sorted(_SPORT_ROLES, key=len, reverse=True)) + r")\b")


def forms(text: str, names: list[Span], tokens: Tokens) -> list[Span]:
    """``names`` with the known bodies found where no name is, and towns' clubs typed."""
    names = _clubs(text, names)
    return _known_bodies(text, names, tokens)


def _clubs(text: str, names: list[Span]) -> list[Span]:
    """A place written in the genitive right before a sports role is its club ("Vejles træner")."""
    if _GENITIVE_ROLE.search(text) is None:
        return names
    out = list(names)
    for k, (s, e, label) in enumerate(names):
        if label == "LOC" and e - s >= 3 and text[e - 1] == "s" and _GENITIVE_ROLE.match(text, e - 1):
            out[k] = (s, e, "ORG")
    return out


def _known_bodies(text: str, names: list[Span], tokens: Tokens) -> list[Span]:
    """The known bodies (``_PHRASES``) written with their capitals where no name is found (a known
    charity found with another type is retyped)."""
    hits = [(s, e, "ORG") for s, e in known_runs(tokens, _first_word, _LENGTHS, _PHRASES, _LINKS)]
    if not hits:
        return names
    out = list(names)
    order = sorted(range(len(names)), key=lambda k: names[k][0])
    starts_sorted = [names[k][0] for k in order]
    longest = max((te - ts for ts, te, _l in names), default=0)
    for s, e, label in hits:  # the names overlapping a hit: those starting less than ``longest`` before it
        near = order[bisect_left(starts_sorted, s - longest):bisect_left(starts_sorted, e)]
        over = sorted(k for k in near if names[k][1] > s)
        if not over:
            out.append((s, e, label))
        elif len(over) == 1 and names[over[0]][:2] == (s, e) and text[s:e] in CHARITIES:
            out[over[0]] = (s, e, label)  # a known charity the tagger found but typed otherwise
    return sorted(out)
