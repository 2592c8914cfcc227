"""Danish rules after tagging: capitalised runs, party letters, "Det ..." names, "Chr.", "Paris'"."""

from __future__ import annotations

from typing import Collection, Sequence

from reader.analysis.gazetteer import FIRST_NAMES, lookup
from reader.analysis.lexicon import PARTY_LETTERS
from reader.analysis.name_base import _BOTH_OPENERS, _OPENERS, SETTINGS, Settings
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import distinct, notable, where



def party_letters(tokens: Tokens, tags: dict[int, str], caps: list[int]) -> None:
    """``Name (V)``: a party letter in parentheses after a person is an organisation (in place)."""
    words = tokens.words
    for k in caps:
        if words[k] in PARTY_LETTERS and 2 <= k < len(words) - 1 and words[k - 1] == "(" and words[k + 1] == ")":
            if tags.get(k - 2, "O").endswith("PER"):
                tags[k] = "B-ORG"


_ARTICLES = frozenset(("Det", "Den", "De"))
# Opening a sentence, the article joins only an organisation found right after it ("Det Radikale
# Venstre, CD og ...", "Det Danske Filminstitut fyldte ..."; namesda9: CV 0.8319 -> 0.8325, two names
# gained, none lost; with places or people too the same, but "Den Bahama-registrede coaster").
ARTICLE_START: tuple[str, ...] = ("B-ORG",)
_ADJECTIVES = frozenset(("blå", "grå", "ny", "fri", "gl", "kgl"))


def article_names(words: Sequence[str], tags: dict[int, str], starts: Collection[int], cands: list[int]) -> None:
    """Danish: a capitalised "Det"/"Den"/"De" inside a sentence opens the name after it ("Det
    Radikale Venstre"), also across lower-case adjectives ("Den jyske Opera", "Det konservative
    Folkeparti"; "Det"/"Den" only, as "De" is also the polite "you"); opening a sentence, only an
    organisation found right after it (``ARTICLE_START``). In place."""
    n = len(words)
    for k in cands:
        word = words[k]
        initial = k in starts or not k or words[k - 1] in _BOTH_OPENERS
        if word not in _ARTICLES or k in tags or initial and not ARTICLE_START:
            continue
        if initial and not (k + 1 < n and tags.get(k + 1, "O") in ARTICLE_START):
            continue
        m = k + 1
        while m < n and m - k <= 2 and word != "De" and words[m].isalpha() and words[m].islower() and (
            words[m][-1] == "e" or words[m] in _ADJECTIVES
        ):
            m += 1
        if m >= n or not words[m][:1].isupper() or words[m] in _ARTICLES:
            continue
        tag = tags.get(m, "O")
        if tag[0] == "B":
            label = tag[2:]
            end = m + 1
            while tags.get(end, "O") == "I-" + label:
                end += 1
        elif m > k + 1 and tag == "O" and words[m].isalpha():
            label = "ORG"
            end = m + 1
            while end < n and words[end][:1].isupper() and words[end].isalpha() and end not in tags:
                end += 1
        else:
            continue
        tags[k] = "B-" + label
        for x in range(k + 1, end):
            tags[x] = "I-" + label


_APOSTROPHES = frozenset(("'", "’"))
_SHORT_GIVEN = frozenset("Chr Joh Vilh Jac Edv Ths Th Kr Fr".split())


def short_given_names(tokens: Tokens, tags: dict[int, str]) -> None:
    """A person's name with the short form of a given name ("Hans Chr. Schmidt", "Jens Chr.
    Birch") is one name across the dot, not "Hans Chr" and "Schmidt". In place."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    if _SHORT_GIVEN.isdisjoint(distinct(words)):
        return
    for k in [k for k, tag in tags.items() if tag.endswith("PER") and words[k] in _SHORT_GIVEN]:
        if k + 2 >= n or words[k + 1] != "." or starts[k + 1] != ends[k] or not words[k + 2][:1].isupper():
            continue
        if tags.get(k + 1) is not None or tags.get(k + 2, "O")[0] == "I":
            continue
        tags[k + 1] = tags[k + 2] = "I-PER"
        m = k + 3
        while tags.get(m, "O")[0] == "I":
            tags[m] = "I-PER"
            m += 1


def genitive_apostrophes(tokens: Tokens, tags: dict[int, str]) -> None:
    """Danish genitive of a name in s, x or z: "Paris'", "KTAS'" (the apostrophe is part of it). In place."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    if _APOSTROPHES.isdisjoint(distinct(words)):
        return
    for k in [k for k in tags if k + 1 < n and words[k + 1] in ("'", "’")]:
        if k + 1 in tags or starts[k + 1] != ends[k] or words[k][-1:] not in ("s", "x", "z", "S", "X", "Z"):
            continue
        if k + 2 < n and starts[k + 2] == ends[k + 1] and words[k + 2][:1].isalnum():
            continue
        tags[k + 1] = "I-" + tags[k][2:]


def _acronym(word: str) -> bool:
    """Whether a lone word inside a sentence looks like an organisation's acronym."""
    return word.isupper()


def capital_runs(
    words: list[str], tags: dict[int, str], starts: set[int], caps: list[int], settings: Settings | str = "da"
) -> None:
    """Danish: a run of capitalised words inside a sentence is a name; the tagger may miss a part.

    ``caps``: the sorted indices of the capitalised words (the only ones looked at).
    """
    if isinstance(settings, str):
        settings = SETTINGS[settings]
    non_names = settings.non_names
    m = 0
    count = len(caps)
    while m < count:
        k = caps[m]
        if tags.get(k, "O")[0] == "I":
            m += 1
            continue
        r = m
        while r + 1 < count and caps[r + 1] == caps[r] + 1:
            r += 1
        j = caps[r] + 1
        m = r + 1
        initial = k in starts or (k > 0 and words[k - 1] in _OPENERS)
        first = k + 1 if initial and k not in tags else k
        while first < j and first not in tags and words[first] in non_names:
            first += 1
        labels = [tags[x][2:] for x in range(first, j) if x in tags]
        if first < j and labels:
            label = labels[0]
            if labels.count(label) == len(labels):  # every tagged word of the run has that label
                lead = first
                while lead > k and lead - 1 in tags:
                    lead -= 1
                tags[lead] = "B-" + label
                for x in range(lead + 1, j):
                    tags[x] = "I-" + label
        elif first < j and not initial and j - first == 1 and len(words[first]) > 1 and (
            settings.lone_capitals or settings.all_capitals and _acronym(words[first]) or lookup(words[first].lower())[:3] in ("ORG", "LOC", "PER")
        ):
            tags[first] = "B-" + (lookup(words[first].lower())[:3] or "ORG")


UNTAGGED_OPENING = True  # also opening a sentence (namesda17: CV 0.8396 -> 0.8400, 2 names gained, none lost)


def untagged_people(tokens: Tokens, tags: dict[int, str], starts: Collection[int]) -> None:
    """A known given name and one or two capitalised words after it, all left out by the tagger, are
    a person ("pressechef hos Bøgeskov Havn Søren Kamp": the harbour was found, its spokesman not,
    where the next paragraph followed); also opening a sentence (``UNTAGGED_OPENING``: "Hans
    Gorosch, formand for ..."). In place."""
    words = tokens.words
    n = len(words)
    for k in where(words, _given_name):
        if not 0 <= k < n - 1 or k in tags or (k in starts or k == 0) and not UNTAGGED_OPENING:
            continue
        m = k + 1
        while m < n and m - k <= 2 and m not in tags and words[m][:1].isupper() and words[m].isalpha():
            m += 1
        if m == k + 1:
            continue
        tags[k] = "B-PER"
        for x in range(k + 1, m):
            tags[x] = "I-PER"


# The definite endings of a Danish noun ("regionen", "rådet", "lærerne", "kommunen").
_DEFINITE = ("en", "et", "ne", "n", "t")


def common_openers(words: Sequence[str], tags: dict[int, str], starts: Collection[int]) -> None:
    """A lone word opening a sentence (or a quotation, or a line after a dash) that is an ordinary
    noun in its definite form is no name when the text writes it in lower case elsewhere ("Rådet
    peger på ..." and "skriver rådet"). UNER leaves such nouns unmarked ("Politiet", "Partiet",
    "Bestyrelsen" opening a DDT sentence); a given name is kept. In place."""
    lone = [k for k, tag in tags.items() if tag[0] == "B" and tag != "B-PER" and tags.get(k + 1, "O")[0] != "I"
            and (k in starts or k and words[k - 1] in _BOTH_OPENERS) and words[k].endswith(_DEFINITE)]
    if not lone:
        return
    lower = {w for w in distinct(words) if w[:1].islower()}  # (each distinct word once)
    for k in lone:
        low = words[k].lower()
        if low in lower and words[k].isalpha() and low not in FIRST_NAMES:
            del tags[k]


def initial_stops(tokens: Tokens, tags: dict[int, str]) -> None:
    """A person's name that ends with an initial keeps the initial's full stop ("Inger P.", not
    "Inger P"), the stop written onto the letter. In place."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    for k in [k for k, tag in tags.items() if tag.endswith("PER") and k > 0]:
        word = words[k]
        if len(word) != 1 or not word.isupper() or k + 1 >= n or tags.get(k + 1) is not None:
            continue
        if words[k + 1] == "." and starts[k + 1] == ends[k] and tags.get(k - 1, "O")[2:] == "PER":
            tags[k + 1] = "I-PER"


@notable
def _given_name(word: str) -> bool:
    """A capitalised known given name (where ``untagged_people`` may start)."""
    return word[:1].isupper() and word.lower() in FIRST_NAMES
