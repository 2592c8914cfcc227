"""Danish clubs and museums named by how they are written (a blind probe of new stories, probe9): a
club's letters after its town ("Gudenå HK", "Skive IF", "Randers FC") or "FC" before it, a sport
as a club's last word ("Limfjord Håndbold", also in the genitive) and a museum's word as the last
of a name ("Ribe Kunstmuseum"): organisations. Called by ``name_patterns`` (Danish)."""

from __future__ import annotations

from typing import Callable

from reader.analysis.name_base import runs
from reader.analysis.word_sets import notable, where

# The letters of a Danish sports club after its town's name ("håndboldklub", "idrætsforening", ...).
# (and the Norwegian and Swedish ones Danish sports news names: "Tromsø IL", "Lillestrøm SK"; probe28)
CLUB_LETTERS = frozenset("HK IF BK FC GF IK BI FF HG KFUM KFUMs AIF GIF SG AC IL SK FK".split())
# The letters that also stand before the town ("FC Roskilde", "HK Als' træner": the tagger left the
# letters out at a sentence's start).
_CLUB_BEFORE = frozenset("FC HK BK IF SG AC".split())
_OPENERS = frozenset(".!?:-–»“\"")
# A sport as the last word of a club's name ("Vendsyssel Håndbold"), as in name_patterns.
_SPORT_LAST = frozenset("håndbold fodbold boldklub idrætsforening volley basket badminton svømmeklub".split())
_MUSEUM_ENDS = ("museum", "museet", "museums")


@notable
def _club_letters(word: str) -> bool:
    return word in CLUB_LETTERS


@notable
def _museum_word(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_MUSEUM_ENDS)


def _town_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 1


def club_names(
    words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None], vocab: dict[str, str] | None = None,
) -> None:
    """Add or retype the clubs and museums above in ``tags`` (in place) with ``put(k, j, label)``;
    not after an ordinary word (``vocab``: "Fagforeningen HK") nor before a capitalised word ("HK
    Sydjylland", a union's branch)."""
    n = len(words)
    vocab = vocab or {}
    for k in where(words, _club_letters):
        branch = k + 1 < n and words[k + 1][:1].isupper()
        if not branch and k and _town_word(words[k - 1]) and tags.get(k, "O")[0] != "I" and (
            vocab.get(words[k - 1].lower()) != "L"
        ):
            start = k - 1
            while start > 0 and tags.get(start, "O")[0] == "I":
                start -= 1
            put(start, k + 1, "ORG")
        elif words[k] in _CLUB_BEFORE and k + 1 < n and _town_word(words[k + 1]) and k not in tags and (
            words[k] == "FC" or k == 0 or words[k - 1] in _OPENERS  # (else "Fagforeningen HK Midt": a union)
        ):
            end = k + 2
            while tags.get(end, "O")[0] == "I":
                end += 1
            put(k, end, "ORG")
    for k in where(words, _museum_word):  # "Ribe Kunstmuseum" the tagger passed over
        if k and k not in tags and k - 1 not in tags and _town_word(words[k - 1]) and vocab.get(words[k - 1].lower()) != "L":
            put(k - 1, k + 1, "ORG")
    for k, j, label in runs(tags):
        last = words[j - 1].lower()
        if label != "ORG" and j - k >= 2 and (
            last in _SPORT_LAST or last[:-1] in _SPORT_LAST and last[-1] == "s" or last.endswith(_MUSEUM_ENDS)
        ):
            put(k, j, "ORG")
