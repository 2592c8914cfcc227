"""Second stage: the type (PER, ORG, LOC) of a found name, from the whole span and its context."""

from __future__ import annotations

from reader.analysis.gazetteer import lookup
from reader.analysis.shapes import shape
from reader.analysis.world import place_class

TYPES = ("PER", "ORG", "LOC", "MISC")
# The Danish training data has no MISC: there the typer's fourth class learns "no name" from what a
# tagger trained without that part of the data found there wrongly, and such a span is dropped.
REJECT = "MISC"
# Keys in the vocabulary for the types a whole name / a name word had in the training text.
SPAN_KEY = "\t"
WORD_KEY = "\v"
# How many words either side of a name the typer reads (2: the two before and after; 4 adds two more).
CONTEXT = 2
# Context cues: what kind of name it is (its gazetteer class, the types it had in the training text)
# joined with the words around it, so "Danmark har besluttet" and "Brøndby vandt" can learn ORG.
CUES = True


def span_features(words: list[str], i: int, j: int, first: bool, vocab: dict[str, str]) -> list[str]:
    """Features of the span ``words[i:j]``."""
    lows = [w.lower() for w in words[i:j]]
    n = len(words)
    last = lows[-1]
    stem = last[:-1] if last.endswith("s") and len(last) > 3 else last
    if last.endswith(("'s", "’s")):
        stem = last[:-2]
    pw = words[i - 1].lower() if i > 0 else "<s>"
    pw2 = words[i - 2].lower() if i > 1 else "<s>"
    nw = words[j].lower() if j < n else "</s>"
    nw2 = words[j + 1].lower() if j + 1 < n else "</s>"
    full = " ".join(lows)
    feats = [
        "b",
        "span=" + full,
        "f=" + lows[0],
        "l=" + last,
        "stem=" + stem,
        "ls3=" + stem[-3:],
        "ls4=" + stem[-4:],
        "ls5=" + stem[-5:],
        "fs3=" + lows[0][-3:],
        "n=" + str(min(j - i, 4)),
        "pw=" + pw,
        "pww=" + pw2 + "|" + pw,
        "nw=" + nw,
        "nww=" + nw + "|" + nw2,
        "gzf=" + lookup(full),
        "gzl=" + lookup(stem),
        "gz0=" + lookup(lows[0]),
        "first=" + str(first),
        "gen=" + str(stem != last),
        "caps=" + str(words[i].isupper() and len(words[i]) > 1),
        "cls=" + vocab.get(lows[0], "U") + vocab.get(last, "U"),
        "pcls=" + vocab.get(pw, "U"),
        "ctx=" + pw + "|" + nw,
    ]
    get = vocab.get
    feats.append("mem=" + get(SPAN_KEY + full, "-"))
    feats.append("lmem=" + get(WORD_KEY + stem, "-"))
    feats.append("fmem=" + get(WORD_KEY + lows[0], "-"))
    for low in lows:
        feats.append("t=" + low)
        feats.append("tg=" + lookup(low))
        feats.append("tm=" + get(WORD_KEY + low, "-"))
    for w in words[max(0, i - CONTEXT): max(0, i - 2)]:
        feats.append("lb=" + w.lower())
    for w in words[j + 2: j + CONTEXT]:
        feats.append("rb=" + w.lower())
    if "-" in last:
        feats.append("hy=" + last.rpartition("-")[2])
    feats += more_features(words, i, j, lows)
    if HYPHENS:
        feats += hyphen_features(lows, vocab)
    if WORLD:
        feats += world_features(lows, stem, vocab)
    if CUES:
        feats += cue_features(span_kinds(full, stem, vocab), pw, nw, nw2)
    if j - i == 1 and 0 < i and j < n and words[i - 1] == "(" and words[j] == ")":
        feats.append("paren")
    feats += lone_features(words, i, j) + near_features(words, i, j)
    return feats


# What kind of thing the lower-case noun before a name names, from its ending (the head of a Danish
# compound): a firm or body ("firmaet Scansoft", "pladeselskabet Medley", "nyhedsbureauet FNB"), a
# place ("grænsebyen Peshawar", "hovedstaden Monrovia"), a person ("bladkongen Killinger", "pigen Sjura").
NEAR_KINDS = True
_ORG_NOUNS = tuple(
    "firma firmaet selskab selskabet koncern koncernen bureau bureauet rederi rederiet kæde kæden bank"
    " banken forlag forlaget avis avisen dagblad dagbladet station stationen parti partiet klub klubben"
    " forening foreningen fabrik fabrikken organisation organisationen gruppe gruppen band bandet"
    " orkester orkestret teater teatret holdet museum museet universitet universitetet skole skolen"
    " mærke mærket producent producenten virksomhed virksomheden fond fonden forbund forbundet butik"
    " butikken magasin magasinet bladet tidsskrift tidsskriftet kanal kanalen".split())
_PLACE_NOUNS = tuple(
    "byen landsby hovedstad hovedstaden bydel bydelen forstad forstaden provins provinsen region"
    " regionen delstat delstaten landet øen halvøen floden søen dalen bjerget kvarter kvarteret gade"
    " gaden havn havnen lejr lejren kommune kommunen amtet sogn sognet republik republikken staten"
    " område området distrikt distriktet".split())
_PERSON_NOUNS = tuple(
    "manden mand øren eren isten kvinden konen datteren sønnen drengen pigen fyren kongen kollegaen"
    " vennen veninden hustru hustruen".split())


def near_kind(pw: str) -> str:
    """The kind of the lower-case word ``pw`` before a name: K (firm, body), B (place), H (person), ""."""
    if len(pw) < 3 or not pw.replace("-", "").isalpha() or not pw.islower():
        return ""
    return "K" if pw.endswith(_ORG_NOUNS) else "B" if pw.endswith(_PLACE_NOUNS) else "H" if pw.endswith(_PERSON_NOUNS) else ""


def near_features(words: list[str], i: int, j: int) -> list[str]:
    """The kind of the lower-case noun before ``words[i:j]`` (empty when none, or when off)."""
    if not NEAR_KINDS or i == 0:
        return []
    kind = near_kind(words[i - 1])
    return ["nk=" + kind, "nkn=" + kind + str(min(j - i, 3))] if kind else []


# A lone capitalised word inside a sentence: what kind of word comes before it (a preposition of
# place, a title, "af"/"for"), so the typer can tell "bor i Vejle", "direktør Hansen", "formand for X".
# CV typed F1 0.813 -> 0.815 (a fifth kind for a definite noun before it, "hovedstaden X": 0.813).
LONE_CUES = True
_PLACE_PREPS = frozenset("i på fra til ved mod nær omkring gennem over under udenfor syd nord øst vest".split())
_OF_WORDS = frozenset("af for hos med".split())
_TITLES = frozenset(
    "minister statsminister udenrigsminister finansminister justitsminister direktør administrerende"
    " adm. formand næstformand borgmester rådmand præsident premierminister kansler dronning kong"
    " prins biskop præst professor dr. doktor læge advokat forfatter instruktør træner spiller"
    " sanger skuespiller kunstner chef chefredaktør redaktør journalist ordfører politiker"
    " fru hr. hr frk. onkel tante søster bror mor far datter søn kone hustru mand kollega"
    " ven veninde kaptajn general oberst major løjtnant forsker kommissær ambassadør".split())


def lone_features(words: list[str], i: int, j: int) -> list[str]:
    """Features of a lone word span from the kind of word before it (empty unless ``LONE_CUES``)."""
    if not LONE_CUES or j - i != 1 or i == 0:
        return []
    pw = words[i - 1].lower()
    kind = ("P" if pw in _PLACE_PREPS else "O" if pw in _OF_WORDS else "T" if pw in _TITLES
            else "T" if pw.endswith(("minister", "direktør", "formand", "chef")) else "L" if pw.isalpha() and pw.islower()
            else "X")
    return ["lone=" + kind, "lonec=" + kind + ("U" if words[i].isupper() else "x")]


def more_features(words: list[str], i: int, j: int, lows: list[str]) -> list[str]:
    """Prefixes of the first and last word, the end of the first word, the shapes of the words."""
    return [
        "fp3=" + lows[0][:3], "fp4=" + lows[0][:4], "lp3=" + lows[-1][:3],
        "shp=" + " ".join(shape(w) for w in words[i:j][:3]), "fs4=" + lows[0][-4:],
    ]


# Hyphenated compounds with a name in front ("Kosan-selskaber", "EM-turnering", "GfK-undersøgelsen")
# are names in the Danish data, typed by that name: the typer reads the part before the hyphen
# (its gazetteer class, the types it had in training, its shape) and whether the rest is an
# ordinary lower-case word.
HYPHENS = True


def hyphen_parts(low: str) -> tuple[str, str] | None:
    """The part before the last hyphen of a lower-case word and the part after (None: no such hyphen)."""
    head, dash, tail = low.rpartition("-")
    if not dash or not head or not tail or not head[-1:].isalnum():
        return None
    return head, tail


def hyphen_features(lows: list[str], vocab: dict[str, str]) -> list[str]:
    """Features of the hyphenated words of a span: what the head is, and what the tail is."""
    feats = []
    for low in lows:
        if "-" not in low:
            continue
        parts = hyphen_parts(low)
        if parts is None:
            continue
        head, tail = parts
        seg = head.partition("-")[0]
        kind = (lookup(head) or lookup(seg) or "-") + vocab.get(WORD_KEY + head, vocab.get(WORD_KEY + seg, "-"))
        tclass = vocab.get(tail, "U")
        feats += ("hk=" + kind, "hkt=" + kind + tclass, "htc=" + tclass, "hh=" + head)
    return feats


# The world list of places (``world``): the class of the whole name (or of its genitive's stem),
# alone and with the vocabulary class of its first and last word ("Bath", "Reading" are words too).
WORLD = True


def world_features(lows: list[str], stem: str, vocab: dict[str, str]) -> list[str]:
    """The world list's class of the name ``lows`` (its last word's ``stem`` for a genitive)."""
    kind = place_class(" ".join(lows))
    if not kind and stem != lows[-1]:
        kind = place_class(" ".join(lows[:-1] + [stem]))
        kind = kind and kind + "s"
    cls = vocab.get(lows[0], "U") + vocab.get(lows[-1], "U")
    return ["wg=" + (kind or "-"), "wgc=" + (kind or "-") + cls]


def span_kinds(full: str, stem: str, vocab: dict[str, str]) -> tuple[str, str]:
    """What kind of name ``full`` is: its gazetteer class and the types it had in training."""
    gaz = lookup(full) or lookup(stem) or "-"
    return gaz, vocab.get(SPAN_KEY + full) or vocab.get(WORD_KEY + stem, "-")


def cue_features(kinds: tuple[str, str], pw: str, nw: str, nw2: str) -> list[str]:
    """The kind of a name joined with the (lower-case) words around it."""
    feats = []
    for k, kind in enumerate(kinds):
        feats += (f"k{k}n={kind}|{nw}", f"k{k}nn={kind}|{nw}|{nw2}", f"k{k}p={kind}|{pw}")
    return feats


def best_type(weights: dict, feats: list[str], prior: list[float] | None = None) -> tuple[str, float]:
    """The best type and its margin over the runner-up (``prior``: scores to add per type).

    ``weights`` maps a feature to a dense row of four weights, or to sparse ``[label, weight, ...]``.
    """
    totals = list(prior) if prior else [0.0] * len(TYPES)
    get = weights.get
    rows = [row for row in map(get, feats) if row is not None]
    if rows and isinstance(rows[0], tuple):
        for k, value in enumerate(map(sum, zip(*rows))):
            totals[k] += value
    else:
        for pairs in rows:
            for k in range(0, len(pairs), 2):
                totals[pairs[k]] += pairs[k + 1]
    order = sorted(range(len(TYPES)), key=lambda k: -totals[k])
    return TYPES[order[0]], totals[order[0]] - totals[order[1]]
