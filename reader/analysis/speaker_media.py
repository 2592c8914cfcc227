"""Where a Danish description of a speaker ends before the medium it spoke in (probe8): "skriver
selskabet i en pressemeddelelse", "siger talspersonen i en mail", "skriver organisationen på
Facebook", "forklarede den 19-årige i retten": the medium or hearing is no part of who speaks
("manden i nissedragten" still is)."""

from __future__ import annotations

# Nouns for what a body or a person says something in.
_MEDIA = frozenset(
    "pressemeddelelse meddelelse mail e-mail sms kommentar opslag udtalelse erklæring skrivelse nyhedsbrev"
    " redegørelse svar brev".split()
)

# Titles a Danish reporting clause may give without an article, last in it: "svarer rektor." (probe13).
BARE_TITLES = ("rektor", "borgmester", "direktør", "formand", "minister", "dommer", "anklager", "forsvarer", "overlæge",
               "professor", "forstander", "kommissær")

# Where someone speaks, in the definite form: "i retten", "i grundlovsforhøret", "under debatten".
_HEARINGS = ("retten", "forhøret", "retsmødet", "samrådet", "debatten", "interviewet", "udsendelsen", "programmet")

# How someone says it: "siger bageren med et grin", "med et skævt smil", "med tårer i øjnene" (quotesda18).
_MANNER = frozenset(
    "grin smil suk nik skuldertræk glimt latter grineflip stemme tårer gråd eftertryk alvor"
    " adresse henvisning".split()  # "sagde præsten med adresse til", "med henvisning til" (quotesda23)
)

_OPENERS = frozenset(("i", "under", "på", "med", "ved"))  # the words a medium, manner, time or meeting phrase opens with

# When and at what someone spoke (quotesda28): "sagde justitsministeren i går", "på et pressemøde",
# "ved generalforsamlingen": no part of who speaks.
_TIMES = frozenset("går dag aftes morges nat weekenden formiddags eftermiddags fjor øvrigt".split())  # (and "i øvrigt")
_MEETINGS = ("møde", "mødet", "samråd", "samrådet", "forsamling", "forsamlingen", "kongres", "kongressen", "konference",
             "konferencen", "høring", "høringen", "pressekonference", "pressekonferencen")


def medium_cut(words: list[tuple[int, int, str]]) -> int:
    """The number of ``words`` (start, end, word) before a medium phrase: "i en pressemeddelelse",
    "i en skriftlig kommentar", "på Facebook" (a capitalised word last); all of them when none."""
    for k in range(1, len(words)):
        low = words[k][2].lower()
        if low not in _OPENERS:
            continue  # (each phrase below opens with one of them: the words after it are read only then)
        rest = [w[2].rstrip(".,").lower() for w in words[k + 1:k + 4]]
        if low == "i" and rest[:1] in (["en"], ["et"], ["sin"], ["sit"]) and any(w in _MEDIA for w in rest[1:3]):
            return k
        if low in ("i", "under") and rest[:1] and rest[0].endswith(_HEARINGS):
            return k  # "forklarede den 19-årige i grundlovsforhøret" (quotes11)
        if low == "med" and any(w in _MANNER for w in rest[:3]):
            return k
        if low == "i" and rest[:1] and rest[0] in _TIMES:
            return k
        noun = rest[1] if rest[:1] in (["et"], ["en"]) and len(rest) > 1 else rest[0] if rest else ""
        if low in ("på", "under", "ved") and noun.endswith(_MEETINGS):
            return k
        if low == "på" and len(rest) >= 1 and words[k + 1][2][:1].isupper() and (
            len(words) == k + 2 or words[k + 1][2][-1:] in ".,"
        ):
            return k
    return len(words)
