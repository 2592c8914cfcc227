"""English names typed by the words written next to them (general knowledge of English news, each
form chosen on GUM cross-validation: see ``en_forms.FORMS``): the kind of body a name is ("the charity
Age UK", "the train operator, Pennine Link,"), a team before a player's role ("Ashcombe manager Karen
Doyle"), an honorific alone ("Dr"), a title run opening a sentence before a person ("Local MP Kate
Lawson"), a trade or a body's noun opening a sentence alone ("Paramedics from") and a firm's name
opening a sentence ("Grantley Water has"). Works on the tags of ``names.model_names`` in place,
through ``en_forms``."""

from __future__ import annotations

from typing import Callable

from reader.analysis.en_sets import _ROLE_NOUNS as ROLE_NOUNS
from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY, NATIONALITIES
from reader.analysis.titles import is_honorific, is_title_word

Put = Callable[[int, int, str], None]

# Kinds of body a news story writes before the body's name ("the charity Shelter Cymru", "the bus
# operator Greenline Coaches", "the pop group Blue Harbour", "the food bank Tyne Community Pantry").
KINDS = frozenset(
    """charity group band operator firm company fund club union campaign organisation organization
    association foundation airline broadcaster retailer supermarket carmaker insurer developer publisher
    brewery chain agency bank lender regulator watchdog startup start-up manufacturer housebuilder
    consultancy label orchestra choir newspaper magazine provider supplier utility
    pantry broker courier""".split()
)
# A player's or a club's role after the team's name ("Ashcombe striker Jordan Pike").
TEAM_ROLES = frozenset(
    """manager striker defender goalkeeper keeper midfielder winger forward coach boss captain
    chairman""".split()
)
# Small words inside a body's name that a kind word introduces ("Trees for Calder", "Protect the Vale").
_INNER = frozenset(("for", "of", "the", "and", "&"))
_FUNCTION = frozenset("the a an this that these those our their his her its my your".split())
# Nouns for a kind of body or place a sentence may open with ("Council leader", "Station staff").
_BODIES = frozenset(
    """council union club hospital station city district court school church college university
    government ministry department police coastguard magistrate parent paramedic family""".split()
)
# The last word of a firm's name (en_forms' company heads and a few more trades).
COMPANY_WORDS = frozenset(
    """water energy power gas electric electricity buses coaches airways airlines railways trains motors foods
    homes housing media telecom insurance partners associates solicitors architects brewery builders logistics
    shipping holdings utilities recycling renewables ferries haulage freight pharmaceuticals heating rail
    securities capital bank construction engineering""".split()
)
_OWNERS = frozenset("his her my your".split())
_STOPS = frozenset(". , ; : ! ? ) \" ” ’".split())


def _cap(words: tuple[str, ...], k: int) -> bool:
    return 0 <= k < len(words) and words[k][:1].isupper() and (words[k].isalpha() or words[k] in ("UK", "&"))


def _name_end(words: tuple[str, ...], tags: dict[int, str], k: int) -> int:
    """The end of the name opening at k: the tagged name, or the capitalised words (with the small
    words of a name between them) when no name was found there; k when none."""
    n = len(words)
    if tags.get(k, "O")[0] == "B":
        j = k + 1
        while tags.get(j, "O")[0] == "I":
            j += 1
        return j
    if k in tags or not _cap(words, k):
        return k
    j = k + 1
    while j < n and j - k < 5 and j not in tags and (
        _cap(words, j) or words[j] in _INNER and j + 1 < n and _cap(words, j + 1) and j + 1 not in tags
    ):
        j += 1
    return j


def _person(words: tuple[str, ...], tags: dict[int, str], k: int, j: int) -> bool:
    """A person's name there: the tagger's person whose first word is a given name."""
    return tags.get(k) == "B-PER" and j - k >= 2 and words[k].lower() in EN_GIVEN_NAMES


def kind_names(words: tuple[str, ...], tags: dict[int, str], put: Put) -> None:
    """"the charity Age UK", "The train operator, Pennine Link, said": a kind of body in lower case
    right before a name (or before it and a comma, the name closed by a stop) makes it an
    organisation, found or not; a person's name there stays a person ("the band's Tom Reed")."""
    n = len(words)
    for m in range(n - 1):
        if words[m] not in KINDS:
            continue
        k = m + 1
        apposed = words[k] == ","
        if apposed:
            k += 1
        j = _name_end(words, tags, k)
        if j == k or words[j - 1] in _INNER or _person(words, tags, k, j) or tags.get(k, "").endswith("ORG"):
            continue
        if len(words[k]) < 2 or k not in tags and (words[k].lower() in _FUNCTION or j == k + 1 and words[k].lower() in EN_VOCABULARY) or (
            m and words[m - 1].lower() in _OWNERS
        ):  # "The band I started", "his publisher, Simrock": a person's
            continue
        if apposed and (j >= n or words[j] not in _STOPS):
            continue
        put(k, j, "ORG")


def team_names(words: tuple[str, ...], tags: dict[int, str], put: Put) -> None:
    """"Ashcombe manager Karen Doyle": a name before a player's or a club's role and a person's name
    is the team (or the firm: "Tesco boss Dave Lewis"), not a person; a nationality is left alone."""
    n = len(words)
    for r in range(1, n - 2):
        if words[r] not in TEAM_ROLES or not words[r + 1][:1].isupper() or not tags.get(r + 1, "").endswith("PER"):
            continue
        j = r
        if tags.get(j - 1, "").endswith("ORG"):
            continue
        k = j - 1
        if k not in tags:  # not found: one to three capitalised words that are no ordinary words
            while k >= 0 and j - k <= 3 and k not in tags and _cap(words, k) and words[k].lower() not in EN_VOCABULARY:
                k -= 1
            k += 1
            if k == j or words[k].lower() in _FUNCTION:
                continue
        while k > 0 and tags.get(k, "O")[0] == "I":
            k -= 1
        if words[k].lower() in NATIONALITIES or _person(words, tags, k, j):
            continue
        put(k, j, "ORG")


def lone_honorifics(words: tuple[str, ...], tags: dict[int, str]) -> None:
    """"Dr" alone is no name: an honorific taken by itself (the person after it is one of its own)."""
    for k in [k for k, tag in tags.items() if tag[0] == "B" and is_honorific(words[k])]:
        if tags.get(k + 1, "O")[0] != "I":
            del tags[k]


def role_openers(words: tuple[str, ...], tags: dict[int, str], starts: Callable[[int], bool], put: Put) -> None:
    """"Local MP Kate Lawson", "Second-placed Hana Sato": ordinary words ending in a title, or a
    descriptor, opening a sentence before a given name are no part of the person's name."""
    for k in [k for k, tag in tags.items() if tag == "B-PER" and starts(k)]:
        j = k + 1
        while tags.get(j, "O") == "I-PER":
            j += 1
        first = k
        while first < j - 2 and _role_word(words[first]) and words[first].lower() not in EN_GIVEN_NAMES:
            first += 1
        # Only what the roles of quotes find again before the name: a title run ending in a title
        # word ("Local MP"), or a descriptor ("Second-placed"); "Shopkeeper Amy Cole" keeps its
        # occupation, which people.title_words reads as the role.
        if first > k and (words[first].lower() in EN_GIVEN_NAMES or "-" in words[first - 1]) and (
            is_title_word(words[first - 1]) and words[first - 1].lower() not in ROLE_NOUNS or "-" in words[first - 1]
        ):
            for m in range(k, first):
                del tags[m]
            put(first, j, "PER")


def _role_word(word: str) -> bool:
    low = word.lower()
    if "-" in word:  # "Second-placed", "Award-winning": a lower-case word after the hyphen
        tail = word.rpartition("-")[2]
        return tail.isalpha() and tail.islower()
    return low in EN_VOCABULARY or low in ROLE_NOUNS or is_title_word(word)


_HEADS = ROLE_NOUNS | KINDS | _BODIES
_ENDS = frozenset(". ! ? \" “ ” :".split())
KIND_FORMS = ("honorific", "kind", "team", "role", "common", "opening_firm")


def kind_forms(words: tuple[str, ...], tags: dict[int, str], breaks, forms, put: Put) -> None:
    """The forms above that ``forms`` holds, in order."""
    if "honorific" in forms:
        lone_honorifics(words, tags)
    if "kind" in forms:
        kind_names(words, tags, put)
    if "team" in forms:
        team_names(words, tags, put)
    if "role" in forms:
        role_openers(words, tags, lambda k: k == 0 or k in breaks or words[k - 1] in _ENDS, put)
    if "common" in forms:
        common_openers(words, tags, lambda k: k == 0 or k in breaks or words[k - 1] in _ENDS)
    if "opening_firm" in forms:
        opening_firms(words, tags, lambda k: k == 0 or k in breaks or words[k - 1] in _ENDS, put)


def opening_firms(words: tuple[str, ...], tags: dict[int, str], starts: Callable[[int], bool], put: Put) -> None:
    """"Grantley Water has apologised": capitalised words opening a sentence, left out by the tagger,
    that end with a company's word ("Water", "Coaches", "Heating") and go on in lower case are a firm
    (the first no ordinary word: "Second Capital is near", "Oil Capital")."""
    n = len(words)
    for k in range(n - 2):
        if k in tags or not starts(k) or words[k].lower() in _FUNCTION or words[k].lower() in EN_VOCABULARY:
            continue
        j = k
        while j < n and j - k < 4 and j not in tags and _cap(words, j):
            j += 1
        clause = j + 1 < n and words[j] == "," and words[j + 1] in ("which", "whose")  # "Moorline Buses, which" (probe9)
        if j - k >= 2 and j < n and (words[j][:1].islower() or clause) and words[j - 1].lower() in COMPANY_WORDS:
            put(k, j, "ORG")


def common_openers(words: tuple[str, ...], tags: dict[int, str], starts: Callable[[int], bool]) -> None:
    """"Paramedics from ...", "Analyst Rob Kemp", "Council leader ...": a noun for people of a trade
    or for a kind of body opening a sentence, found as a name by itself, followed by a word in lower
    case or a person, is no name."""
    n = len(words)
    for k in [k for k, tag in tags.items() if tag[0] == "B" and starts(k)]:
        if tags.get(k + 1, "O")[0] == "I" or k + 1 >= n:
            continue
        low = words[k].lower()
        plural = low[:-1] if low.endswith("s") else low
        if (low in _HEADS or plural in _HEADS) and low not in EN_GIVEN_NAMES and (
            words[k + 1][:1].islower() or tags.get(k + 1) == "B-PER"
        ):
            del tags[k]
