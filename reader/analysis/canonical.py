"""Canonical names: one name for every mention of an entity within an article."""

from __future__ import annotations

import re
from collections import Counter

from reader.analysis import dateline_case
from reader.analysis.one_type21 import head_pairs
from reader.analysis.word_memo import WordMemo

Span = tuple[int, int, str]
_GENITIVE = re.compile(r"(?:'s|’s|'|’|s)$")
_ALIAS = re.compile(r"\s*\((?:[^()\n]{0,60}?\b(?:for|of|eller|or|aka|alias|kaldet|called)\s+)?")


def _stem(name: str) -> str:
    """``name`` without a genitive ending (Natos -> Nato, USA's -> USA, Lars' -> Lars)."""
    return _GENITIVE.sub("", name) if len(name) > 2 else name


_STEMS = WordMemo(_stem)
# The last words of Danish bodies' and places' names whose genitive ("Kolding Kommunes", "Aarhus
# Universitets") is no name of its own: the name is listed without the genitive's "s".
_DA_HEADS = frozenset("""kommune region politi universitet hospital sygehus universitetshospital kirke skole
    havn lufthavn station landsret byret domstol amt stift provsti bibliotek museum teater fængsel
    gymnasium seminarium højskole efterskole friskole fond bank sparekasse forsyning forening""".split())

# One name, one type: the mentions of one name share the type that the typer's scores of all of
# them together prefer ("evidence"), rather than the type most of them were given ("count").
GROUP_VOTE = "evidence"
_VOTED = ("PER", "ORG", "LOC")


def canonical_names(
    text: str, spans: list[Span], language: str, evidence: dict[tuple[int, int], tuple[float, ...]] | None = None
) -> tuple[list[str], list[str]]:
    """Canonical name and (group-voted) label for each span of PER/ORG/LOC/MISC ``spans``
    (``evidence``: the typer's PER/ORG/LOC scores of the spans it typed, by (start, end))."""
    names = [text[s:e] for s, e, _ in spans]
    known = set(names)
    canon = [n for n in names]
    stem_of = _STEMS.value
    stems = {name: stem_of(name) for name in known}  # (each distinct name once, across texts)
    full_surnames = _full_surnames(names, spans) if GENITIVE_SURNAMES else frozenset()
    for k, name in enumerate(names):
        stem = stems[name]
        if stem != name and (stem in known or language == "da" and (name.endswith(("'s", "’s", "'", "’")) or (
            spans[k][2] in ("ORG", "LOC") and stem.rpartition(" ")[2].lower() in _DA_HEADS
        )) or spans[k][2] == "PER" and stem in full_surnames and (language == "da" or name.endswith(("'s", "’s", "'", "’")))):
            # ("Kolding Kommunes" alone in an article is listed as "Kolding Kommune": stop 43; "24-årige
            # Møllebjergs første sejr" after "kusk Oda Møllebjerg" is hers: probe33)
            canon[k] = stem
    surnames = _people(spans, canon)
    _legal_forms(canon)
    parent = {c: c for c in canon}
    _aliases(text, spans, canon, parent)
    if language == "da":
        _party_letters(canon, parent)
    _capitals(canon, parent)
    for short, full in head_pairs(spans, canon):  # "Greystone" and "Greystone Care Ltd" (names21)
        _union(parent, short, full)
    final = [_find(parent, c) for c in canon]
    # The fullest, most frequent form names a group of aliases.
    groups: dict[str, list[int]] = {}
    for k, root in enumerate(final):
        groups.setdefault(root, []).append(k)
    labels = [label for _, _, label in spans]
    given = labels[:]  # (``labels`` takes each group's vote as it goes)
    for members in groups.values():
        if len(members) == 1:  # (most groups of an article: what the two counts below give)
            best, vote = canon[members[0]], given[members[0]]
        else:
            forms = Counter(map(canon.__getitem__, members))
            best = max(forms, key=lambda f: (not f.isupper(), len(f.split()), forms[f], len(f)))
            vote = Counter(map(given.__getitem__, members)).most_common(1)[0][0]
        if GROUP_VOTE == "evidence" and evidence and len(members) > 1:
            rows = [evidence.get(spans[k][:2]) for k in members]
            if all(rows) and all(map(_VOTED.__contains__, map(given.__getitem__, members))):
                sums = list(map(sum, zip(*rows)))[:3]  # (each column summed in order, as before)
                vote = _VOTED[sums.index(max(sums))]
        if vote == "PER" and PLACE_WORD and _placed(text, spans, members, language):
            vote = "LOC"
        if vote != "ORG" and LEGAL_DECIDES and _incorporated(names, given, members):
            vote = "ORG"  # "Vestkyst Kabel A/S" once decides "Aktien i Vestkyst Kabel" too
        elif KIND_DECIDES and vote in _VOTED:
            vote = _kind_named(text, spans, members, language) or vote
        if vote == "LOC" and best.isupper():  # "HULL, England — ..." listed as "Hull"
            best = dateline_case.written(text, spans, members, best)
        for k in members:
            final[k] = best
            labels[k] = vote
    for k in surnames:  # a person's surname alone, typed as a place or firm by a word list
        labels[k] = "PER"
    return final, labels


# A name that stands after "in" ("i") is a place, not a person, unless a mention is written as a
# person's is (a title before or in it, a possessive or Danish genitive, a court case's "v."): "residents
# in Ulleskelf", not "in Byron's memoirs", "i Lars Hjorths konditori", "believe in God".
PLACE_WORD = True
_IN_BEFORE = {"en": re.compile(r"(?:^|\W)[Ii]n\s+$"), "da": re.compile(r"(?:^|\W)[Ii]\s+$")}
_NOT_PLACE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|King|Queen|hr|fru)\.?\s+$)|"
    r"\b(?:believes?|believed|believing|faith|trust|drove|drives?|driven)\s+in\s+$"
)
_TITLE_IN = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|King|Queen|hr|fru)\b")
_OWNED_AFTER = re.compile(r"^\s?(?:['’]s?\b|v\.|vs\.?\b|versus\b|mod\b)")


def _placed(text: str, spans: list[Span], members: list[int], language: str) -> bool:
    """True when a mention of the group stands after "in" and none is written as a person's."""
    before = _IN_BEFORE.get(language)
    if before is None:
        return False
    placed = False
    for k in members:
        s, e, _label = spans[k]
        left, right = text[max(0, s - 24):s], text[e:e + 12]
        if _NOT_PLACE_BEFORE.search(left) or _TITLE_IN.match(text[s:e]) or _OWNED_AFTER.match(right) or (
            language == "da" and text[e - 1:e] == "s" and right[:1] == " " and right[1:2].islower()
        ):
            return False
        placed = placed or bool(before.search(left))
    return placed


_LEGAL = ("A/S", "ApS", "I/S", "P/S", "AB", "ASA", "GmbH", "Inc.", "Inc", "Ltd.", "Ltd", "plc", "LLC", "Corp.",
          "Co.", "SA", "NV", "AG")


# A mention written with a legal form ("A/S", "Ltd") and found as a firm makes every mention of the
# name a firm, whatever the typer's scores of the others ("i Vestkyst Kabel" reads as a place).
LEGAL_DECIDES = True


def _incorporated(names: list[str], given: list[str], members: list[int]) -> bool:
    """Whether a mention of ``members`` was found as an organisation with its legal form."""
    return any(given[k] == "ORG" and names[k].rpartition(" ")[2] in _LEGAL for k in members)


def _capitals(canon: list[str], parent: dict[str, str]) -> None:
    """A name in capitals (a dateline's "LEEDS", "NATO") is the same as its mixed-case form."""
    upper = [name for name in set(canon) if name.isupper() and len(name) >= 4]
    if not upper:
        return
    mixed = {c.casefold(): c for c in canon if not c.isupper()}
    for name in upper:
        if name.casefold() in mixed:
            _union(parent, mixed[name.casefold()], name)


def _legal_forms(canon: list[str]) -> None:
    """A company named without its legal form is the company: "Vestkyst Kabel" -> "Vestkyst Kabel A/S"."""
    full = {}
    for name in dict.fromkeys(canon):  # each distinct name once, in text order
        head, _, last = name.rpartition(" ")
        if head and last in _LEGAL:
            full.setdefault(head.rstrip(","), name)
    if full:
        for k, name in enumerate(canon):
            canon[k] = full.get(name, name)


# A person's surname in the genitive ("Møllebjergs", "Mulqueen's") is that person's when the article
# names someone in full with that surname (probe33): no surname of its own, listed as the surname.
GENITIVE_SURNAMES = True


def _full_surnames(names: list[str], spans: list[Span]) -> frozenset[str]:
    """The last words of the people named with two words or more."""
    return frozenset(name.rsplit(" ", 1)[1] for name, span in zip(names, spans) if span[2] == "PER" and " " in name)


def _people(spans: list[Span], canon: list[str]) -> list[int]:
    """A person's partial name resolves to the fullest name containing it (Samuelsen -> Anders Samuelsen).

    A lone capitalised word of another type that is the surname of a person named in full
    ("Naomi Fairbanks" ... "Fairbanks said") is that person too: returns those spans' indices.
    """
    # In text order within a length (not a set's order, which changes with the string hashing of
    # each process): of two full names of one length, the first mentioned claims a shared part.
    people = dict.fromkeys(canon[k] for k, span in enumerate(spans) if span[2] == "PER")
    full = sorted(people, key=lambda n: -len(n.split()))
    by_part: dict[tuple[str, ...], str] = {}
    owners: dict[tuple[str, ...], set[str]] = {}  # a surname two full names share ("Holm": Lars and Anne Holm)
    for name in full:  # longest names first: the first claim of a part wins
        words = tuple(name.split())
        for size in range(1, len(words)):
            by_part.setdefault(words[-size:], name)
            by_part.setdefault(words[:size], name)
            owners.setdefault(words[-size:], set()).add(name)
    last: dict[str, int] = {}  # a full name -> where it was last written, in text order
    surnames = {name.split()[-1]: name for name in reversed(full) if len(name.split()) > 1}
    moved: list[int] = []
    for k, span in enumerate(spans):
        if span[2] == "PER":
            part = tuple(canon[k].split())
            canon[k] = _nearest(owners.get(part, ()), last) or by_part.get(part, canon[k])
            if len(canon[k].split()) > 1:
                last[canon[k]] = k
        elif canon[k] in surnames and not canon[k].isupper():
            canon[k] = _nearest(owners.get((canon[k],), ()), last) or surnames[canon[k]]
            moved.append(k)
    return moved


def _nearest(sharing: set[str], last: dict[str, int]) -> str:
    """Of the full names sharing a surname, the one written last so far ("Skoleleder Anne Holm ...
    siger Holm" after "borgmester Lars Holm": Anne Holm); "" when it is one name's, or none was
    written yet (the first mentioned claims it, as any part). attack27"""
    near = [name for name in sharing if name in last] if len(sharing) > 1 else ()
    return max(near, key=last.__getitem__) if near else ""


def _aliases(text: str, spans: list[Span], canon: list[str], parent: dict[str, str]) -> None:
    """``Islamisk Stat (IS)`` and ``Isil (andet ord for IS)`` make one group."""
    for k in range(len(spans) - 1):
        s, e, label = spans[k]
        match = _ALIAS.match(text, e)
        if not match:
            continue
        nxt = spans[k + 1]
        if nxt[0] != match.end() or text[nxt[1]: nxt[1] + 1] not in (")", ",", ""):
            continue
        a, b = canon[k], canon[k + 1]
        if label == "PER" and nxt[2] == "ORG":
            continue  # "Claus Hjort Frederiksen (V)": a party, not another name
        if _acronym_of(b, a) or _acronym_of(a, b) or match.group().strip() != "(":
            _union(parent, a, b)


# Danish parties: the letter written in brackets after a politician and the names the party goes by
# (general knowledge), so that "S" and "Socialdemokratiet" are listed as one (lead, stop 42).
_DA_PARTIES = (
    ("S", "Socialdemokratiet", "Socialdemokraterne"),
    ("V", "Venstre"),
    ("K", "Det Konservative Folkeparti", "De Konservative", "Konservative"),
    ("SF", "Socialistisk Folkeparti"),
    ("O", "DF", "Dansk Folkeparti"),
    ("Ø", "EL", "Enhedslisten"),
    ("B", "RV", "Radikale Venstre", "Det Radikale Venstre", "De Radikale"),
    ("I", "LA", "Liberal Alliance"),
    ("Å", "Alternativet"),
    ("M", "Moderaterne"),
    ("Æ", "Danmarksdemokraterne"),
    ("D", "Nye Borgerlige"),
    ("KD", "Kristendemokraterne"),
)


def _party_letters(canon: list[str], parent: dict[str, str]) -> None:
    """A party's letter and its names, where the article writes a name of the party, make one group."""
    for forms in _DA_PARTIES:
        present = [form for form in forms if form in parent]
        if len(present) > 1 and any(len(form) > 2 for form in present):
            for form in present[1:]:
                _union(parent, present[0], form)


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is an all-capitals abbreviation that could stand for ``long``."""
    if not short.isupper() or len(short) > 6 or len(long.split()) < 2:
        return False
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    return short.replace(".", "") in (initials, initials[:len(short)]) or short[0] == long[0]


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _union(parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[rb] = ra


# A mention right after a lower-case noun for its kind ("the union Aslef", "virksomheden SolVest",
# "the village of Mull") decides the group's type, whatever the typer's scores of the others ("Aslef's
# members" reads as a person's).
KIND_DECIDES = True
_KINDS = {
    "en": {"ORG": "union charity company firm club band party agency trust bank airline retailer supermarket "
                  "chain broadcaster newspaper magazine website university college foundation association "
                  "society team operator supplier developer manufacturer insurer regulator watchdog group",
           "LOC": "town village city county region country island suburb district"},
    "da": {"ORG": "fagforeningen firmaet virksomheden selskabet klubben foreningen partiet bandet organisationen "
                  "banken kæden avisen koncernen fonden holdet rederiet forbundet",
           "LOC": "byen landsbyen øen bydelen forstaden sognet"},
}
_KIND_BEFORE = {
    language: {label: re.compile(r"(?:^|[^\w])(?:" + "|".join(words.split()) + r")(?: of)?\s+$") for label, words in kinds.items()}
    for language, kinds in _KINDS.items()
}


# What the text before a mention ends with (less its spaces) whenever a pattern of ``_KIND_BEFORE``
# matches it: a kind noun, or "of" (a cheap test first; the patterns decide).
_KIND_ENDS = {language: tuple(" ".join(kinds.values()).split()) + (" of",) for language, kinds in _KINDS.items()}


def _kind_named(text: str, spans: list[Span], members: list[int], language: str) -> str | None:
    """ORG or LOC when a one-word mention of ``members`` stands right after a noun for that kind."""
    patterns = _KIND_BEFORE.get(language, {})
    ends = _KIND_ENDS.get(language, ())
    for k in members:
        if " " in text[spans[k][0]:spans[k][1]]:
            continue  # "konsulent hos foreningen Henrik Maagaard": a person after the body's word
        left = text[max(0, spans[k][0] - 20):spans[k][0]]
        if not left.rstrip().endswith(ends):
            continue
        for label, pattern in patterns.items():
            if pattern.search(left):
                return label
    return None
