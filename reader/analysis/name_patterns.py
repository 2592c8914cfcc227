"""Names fixed by how they are written: organisation forms, truncated parts, courts, two-word towns,
datelines in capitals."""

from __future__ import annotations

from typing import Collection

from reader.analysis.gazetteer import lookup
from reader.analysis.name_acronyms import acronym_names
from reader.analysis.name_clubs import club_names
from reader.analysis.name_base import SETTINGS, runs
from reader.analysis.name_joins import EXTRA, more_patterns
from reader.analysis.name_lone import lone_names, surnames_again
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import capitalised, distinct, notable, where



# Organisation forms and other name patterns the tagger and typer get wrong (general knowledge of
# how Danish and English names are written; each group switched by ``Settings.patterns``).
# A legal form or an institution's head word as the last word of a name makes it an organisation.
_ORG_LAST = frozenset((
    "a/s aps i/s p/s k/s amba a.m.b.a. smba fmba holding gruppen koncernen politi brandvæsen beredskab"
    " redningsberedskab kommune kommunes landsret byret sygehus hospital jobcenter efterskole højskole"
    " gymnasium universitet fond fonden forening foreningen forbund forbundet & co co. inc inc. ltd ltd."
    " plc llc corp corp. police council government authority trust charity service brigade"
    " samråd råd rådet nævn nævnet udvalg udvalget styrelsen ministeriet"  # (CV the same with these)
).split())
# ... or as the first word ("Jobcenter Slagelse", "Region Syddanmark", "Sygehus Lillebælt").
_ORG_FIRST = frozenset("jobcenter region sygehus beredskab politiskolen retten byretten".split())
# A common noun for a kind of firm or body, capitalised at a sentence start before the name
# ("Ingeniørfirmaet Holt & Ravn", "Busselskabet Nordlys"): not part of the name.
_KIND_ENDINGS = (
    "firmaet", "selskabet", "virksomheden", "foreningen", "organisationen", "koncernen", "kæden",
    "rederiet", "forbundet", "partiet", "fabrikken", "butikken", "banken", "fonden", "bureauet",
    "stuen", "kontoret", "mejeriet", "bryggeriet", "værftet", "forretningen", "huset",
)
# First words of two-word Danish place names ("Store X", "Nørre X", "Hvide X").
_TOWN_FIRST = frozenset("store lille nørre søndre sønder øster vester nye gamle hvide sorte nr. sdr. over neder kirke".split())
_TOWN_CAPS = frozenset(w.capitalize() for w in _TOWN_FIRST if w.isalpha())
_COURTS = frozenset(("Retten", "Byretten", "Skifteretten", "Fogedretten"))  # (the last two: probe9)
CLUBS = True
SURNAMES_AGAIN = True  # a person's surname alone or in the genitive after the full name (name_lone, probe10)
# Words that go before a place ("i", "til", "fra Store Heddinge").
_BEFORE_PLACE = frozenset("i til fra ved nær mod omkring gennem via".split())


def name_patterns(
    tokens: Tokens, tags: dict[int, str], breaks: Collection[int], language: str, vocab: dict[str, str] | None = None,
    patterns: Collection[str] = SETTINGS["da"].patterns,
) -> list[int]:
    """Fix names by how they are written (in place); returns the first indices of the names whose type
    a pattern decided."""
    words = tokens.words
    n = len(words)
    decided: list[int] = []

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label
        decided.append(k)

    if "amp_merge" in patterns and "&" in distinct(words):
        # "Hartley & Moss": a name, "&" and a capitalised word are one firm.
        for amp in [m for m in where(words, _ampersand) if 0 < m < n - 1 and m not in tags]:
            left, right = words[amp - 1], words[amp + 1]
            if not (left[:1].isupper() and right[:1].isupper() and len(left) > 1 and len(right) > 1
                    and (amp - 1 in tags or amp + 1 in tags)):
                continue
            start = amp - 1
            while start in tags and tags[start][0] == "I":
                start -= 1
            end = amp + 2
            while tags.get(end, "O")[0] == "I":
                end += 1
            put(start, end, "ORG")
    for k, j, label in runs(tags):
        # "Ingeniørfirmaet Holt & Ravn": the kind of firm before the name is no part of it.
        if "kind" in patterns and j - k >= 2 and words[k].lower().endswith(_KIND_ENDINGS) and words[k + 1][:1].isupper():
            del tags[k]
            tags[k + 1] = "B-" + label
            k += 1
        # "Midt- og Vestsjællands Politi": a truncated first part joined by og/eller belongs to it.
        if "truncated" in patterns and k >= 3 and words[k - 1] in ("og", "eller", "and", "or") and words[k - 2] in ("-", "–") and (
            tokens.starts[k - 2] == tokens.ends[k - 3] and words[k - 3][:1].isupper()
        ):
            k -= 3
            put(k, j, label)
        # "Jobcenter Vordingborg" opening a sentence: the institution word the tagger skipped.
        if "org_words" in patterns and k >= 1 and k - 1 not in tags and words[k - 1].lower() in _ORG_FIRST and (
            words[k - 1][:1].isupper() and words[k - 1] not in ("Retten", "Byretten")
        ):
            k -= 1
            put(k, j, "ORG")
        # "Nørre Lyngby": the first word of a two-word town the tagger left out of the place.
        if "town" in patterns and language == "da" and label == "LOC" and j - k == 1 and k >= 1 and (
            k - 1 not in tags and words[k - 1] in _TOWN_CAPS
        ):
            k -= 1
            put(k, j, "LOC")
        kind = None
        low_first, low_last = words[k].lower(), words[j - 1].lower()
        # ("&" opens or ends no name of capitalised words: three words at least)
        if "amp" in patterns and j - k >= 3 and "&" in words[k:j] and words[k][:1].isupper() and words[j - 1][:1].isupper():
            kind = "ORG"  # two names joined by "&" are a firm, never a person
        elif "org_words" in patterns and (low_last in _ORG_LAST or (low_first in _ORG_FIRST and j - k >= 2)):
            kind = "ORG"
        elif "town" in patterns and j - k == 2 and low_first in _TOWN_FIRST and label != "LOC" and language == "da":
            kind = "LOC"
        if kind and (kind != label or decided and decided[-1] == k):
            put(k, j, kind)
    # "til Store Heddinge": a two-word town the tagger passed over, after a word that goes before places
    # (or after "og" and a place: "mellem Vester Hjermitslev og Kirke Sønderby").
    for k in where(words, _town_first) if "town" in patterns and language == "da" else ():
        if 0 < k < n - 1 and k not in tags and k + 1 not in tags and (words[k - 1] in _BEFORE_PLACE or (
            "and_town" in EXTRA and words[k - 1] in ("og", "eller") and tags.get(k - 2, "O").endswith("LOC"))) and (
            words[k + 1][:1].isupper() and words[k + 1].isalpha() and (vocab or {}).get(words[k + 1].lower(), "U") != "L"
        ):
            put(k, k + 2, "LOC")
    # "Retten i Holbæk": a court is named by its town.
    courts = "court" in patterns and not _COURTS.isdisjoint(distinct(words))
    for k in [k for k in where(words, _court) if k < n - 2 and words[k + 1] in ("i", "på")] if courts else ():
        end = k + 2
        while end < n and words[end][:1].isupper() and words[end].isalpha():
            end += 1
        if end > k + 2 and tags.get(end, "O")[0] != "I" and tags.get(k, "O")[0] != "I":
            put(k, end, "ORG")
    # A dateline in capitals opening the text or a paragraph ("HULL.", "AARHUS:"): a place.
    for k in [0, *sorted(m for m in breaks if m)] if "dateline" in patterns else ():
        if k + 1 < n and words[k].isupper() and words[k].isalpha() and len(words[k]) >= 3 and words[k + 1] in (
            ".", ":", "—", "–", "-", ","
        ) and "ORG" not in lookup(words[k].lower()) and (
            "LOC" in lookup(words[k].lower()) or k in tags and (vocab or {}).get(words[k].lower(), "U") in ("U", "C")
        ):  # a known place, or a name the tagger found that is no ordinary word ("MOTOR:", "OBS:" are headings)
            put(k, k + 1, "LOC")
        elif "dateline_da" in patterns and language == "da" and _known_place_dateline(words, tags, k):
            put(k, k + 1, "LOC")
        elif "dateline_da" in patterns and language == "da" and (end := _named_dateline(words, tags, k)):
            put(k, end, "LOC")
    if language == "da" and "org_words" in patterns:
        opening_bodies(words, tags, breaks, put)
        if CLUBS:
            club_names(words, tags, put, vocab)  # "Gudenå HK", "Limfjord Håndbold", "Ribe Kunstmuseum" (probe9)
    if EXTRA:
        more_patterns(tokens, tags, language, put)
    if "lone" in patterns and language == "da":
        lone_names(words, tags, put, vocab)
        if SURNAMES_AGAIN:
            surnames_again(words, tags, put)  # "Kamal Haddad" ... "Haddad", "Haddads" (probe10)
    if "acronym" in patterns and "(" in distinct(words):
        acronym_names(words, tags, put, untagged=language == "da")
    return decided


# What makes a run of capitalised words opening a sentence a body, besides ``_ORG_LAST``: a national
# adjective first ("Danske Regioner", "Dansk Byggeri"), a sport last ("Havrum Håndbold").
_NATIONAL_FIRST = frozenset("dansk danske nordisk nordiske europæisk europæiske international internationale".split())
_SPORT_LAST = frozenset("håndbold fodbold boldklub idrætsforening volley basket badminton svømmeklub".split())
_COMMA_CLAUSE = True
_SENTENCE_ENDS = frozenset(". ! ? : - – — » « \" “ ” „".split())


def opening_bodies(words: tuple[str, ...], tags: dict[int, str], breaks: Collection[int], put) -> None:
    """Danish: capitalised words opening a sentence that the tagger passed over ("Dansk Byggeri
    oplyser", "Landbrug & Fødevarer er", "Femern A/S oplyser") are a body when they are written as
    one: two names joined by "&", a legal form or an institution's word last, a national adjective
    first, a sport last; a word in lower case follows."""
    n = len(words)
    # (a body opens with a capitalised word: only those are looked at, in order)
    for k in where(words, capitalised):
        if k >= n - 2:
            break
        if k in tags or not (k == 0 or k in breaks or words[k - 1] in _SENTENCE_ENDS):
            continue
        j = k
        while j < n and j - k < 5 and j not in tags and (words[j][:1].isupper() or words[j] == "&" and j > k):
            j += 1
        clause = _COMMA_CLAUSE and j + 1 < n and words[j] == "," and words[j + 1] in ("der", "som")  # "Dansk Energi, der" (probe9)
        if j - k < 2 or j >= n or not (words[j][:1].islower() or clause) or words[j - 1] == "&":
            continue
        lows = [w.lower() for w in words[k:j]]
        if "&" in lows or lows[-1] in _ORG_LAST or lows[0] in _NATIONAL_FIRST or lows[-1] in _SPORT_LAST:
            # "Møbelvirksomheden Brandt & Nørgaard A/S": the kind of firm before the name is no part of it.
            kind = j - k >= 3 and lows[0].endswith(_KIND_ENDINGS) and lows[1] != "&"
            put(k + kind, j, "ORG")


def _known_place_dateline(words: tuple[str, ...], tags: dict[int, str], k: int) -> bool:
    """A Ritzau dateline in mixed case opening the text or a paragraph ("Odder. Byrådet ..."): a known
    place, then a full stop and a capital (the tagger passes over a one-word sentence)."""
    if k in tags or k + 2 >= len(words) or words[k + 1] != ".":
        return False
    word = words[k]
    return word[:1].isupper() and word.isalpha() and words[k + 2][:1].isupper() and (
        "LOC" in (found := lookup(word.lower())) and "ORG" not in found
    )


def _named_dateline(words: tuple[str, ...], tags: dict[int, str], k: int) -> int:
    """The end of a dateline of two or three words the tagger found as a person opening a paragraph
    ("Khan Younis. Hver morgen ..."; probe10), a full stop and a capitalised word after it; else 0."""
    j = k + 1
    while tags.get(j, "O").startswith("I-"):
        j += 1
    if tags.get(k) != "B-PER" or not 2 <= j - k <= 3 or j + 1 >= len(words) or words[j] != ".":
        return 0
    return j if words[j + 1][:1].isupper() and all(w[:1].isupper() and w.isalpha() for w in words[k:j]) else 0


@notable
def _ampersand(word: str) -> bool:
    return word == "&"


@notable
def _town_first(word: str) -> bool:
    return word in _TOWN_CAPS


@notable
def _court(word: str) -> bool:
    return word in _COURTS
