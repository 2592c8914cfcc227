"""English names by rules: capitalised runs, gazetteers and context words (no training data)."""

from __future__ import annotations

from reader.analysis.en_sets import (
    _COMMA_SUFFIX, _CONNECT, _ERA, FIRST_NAMES, _GENITIVE, _KNOWN_SURNAMES, _LEAD_CONNECT, _LEAD_SKIP,
    _LOC_CONTEXT, _LOWER_ANYWHERE, _LOWER_GIVEN, _LOWER_MULTI, _LOWER_MULTI_ORG, _LOWER_ORGS,
    _LOWER_PLACES, _MULTI_FIRST, _NEVER, _ORG_SUFFIX, _ORGS, _ORGS_SAFE, _PLACES, _PLAIN, _QUOTES, Span,
    _SPLIT_BEFORE, _STATE_TAIL,
)
from reader.analysis import en_parts22
from reader.analysis.en_known_parts import _known_parts
from reader.analysis.en_people_forms import NEWS_TITLES
from reader.analysis.en_typing import _business, _place_head, _signature, _type
from reader.analysis.en_words import COMMON, EN_FAMOUS_SURNAMES, EN_RESTAURANTS, NATIONALITIES
from reader.analysis.gazetteer import ORG_WORDS, SURNAMES
from reader.analysis.lexicon import EN_MONTHS, EN_NON_NAMES, EN_ROLES, EN_WEEKDAYS, TITLES
from reader.analysis.tokens import Tokens


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isalpha() and any(c.isupper() for c in word[1:3]))


def english_names(tokens: Tokens, sentence_starts: set[int], text: str = "",
                  lone: set[tuple[int, int]] | None = None) -> list[Span]:
    """PER/ORG/LOC spans found by rules in English text (``text``: where line breaks are seen; ``lone``,
    when given, gets the lone words typed only as pieces of other names, ``_known_parts``)."""
    words = tokens.words
    n = len(words)
    starts, ends = tokens.starts, tokens.ends
    offset = 0

    def broken(j: int) -> bool:
        """Whether a line break separates token ``j - 1`` from token ``j``."""
        return bool(text) and "\n" in text[ends[j - 1] - offset: starts[j] - offset]

    def line_alone(i: int, j: int) -> bool:
        """Whether tokens ``i..j-1`` fill their line (a signature, a greeting, a list item)."""
        if not text:
            return False
        before = text[text.rfind("\n", 0, starts[i] - offset) + 1: starts[i] - offset]
        stop = text.find("\n", ends[j - 1] - offset)
        after = text[ends[j - 1] - offset: len(text) if stop < 0 else stop]
        return not before.strip(" \t-*>") and not after.strip(" \t,.:;!-")

    def glued(j: int) -> bool:
        """Whether token ``j`` follows token ``j - 1`` with no space between."""
        return 0 < j < n and starts[j] == ends[j - 1]

    spans: list[Span] = []
    later: list[int] = []
    lower_lines = sorted(sentence_starts | {0})
    k = 0
    while k < n:
        word = words[k]
        low = word.lower()
        if not _is_cap(word):
            size, label = _lower_multi(words, k) if low in _MULTI_FIRST else (0, "")
            if size:
                spans.append((starts[k], ends[k + size - 1], label))
                k += size
                continue
            if low in _LOWER_ORGS:
                spans.append((starts[k], ends[k], "ORG"))
            elif k + 1 < n and words[k + 1] in _GENITIVE and low + "'s" in EN_RESTAURANTS:
                spans.append((starts[k], ends[k + 1], "LOC"))  # "lunch at denny 's"
                k += 2
                continue
            elif low in _LOWER_GIVEN and _lower_sentence(words, lower_lines, k):
                stop = k + 1 if k + 1 < n and words[k + 1] in SURNAMES and words[k + 1] not in _PLAIN else k
                spans.append((starts[k], ends[stop], "PER"))  # "anna and ben are ...", "tina holm replied"
                k = stop + 1
                continue
            elif low in _LOWER_ANYWHERE or low in _LOWER_PLACES and (k == 0 or words[k - 1].lower() in _LOC_CONTEXT):
                spans.append((tokens.starts[k], tokens.ends[k], "LOC"))
            k += 1
            continue
        j = k + 1
        while j < n and not broken(j) and (_is_cap(words[j]) or _joins(words, j, k)):
            if words[j].lower() in _SPLIT_BEFORE or words[j] == "I":
                break  # "Fallujah Wednesday"
            j += 1
        if j - k > 12:  # a shouted line or a list of capitalised words, not a name
            k = j
            continue
        j = _split_person(words, k, j)
        if _surname_comma(words, k, n) and (k == 0 or words[k - 1] in _QUOTES or broken(k)) and (
            k + 3 == n or words[k + 3] in _QUOTES or words[k + 3] == "<" or broken(k + 3)
        ):
            spans.append((starts[k], ends[k + 2], "PER"))  # "McGilloway, Vangie" <...>
            k += 3
            continue
        start_k = k
        # Drop leading words that are not names (sentence starts, titles, months, nationalities).
        first_in_sentence = k in sentence_starts or (
            k > 0 and words[k - 1] in ('"', "“", "(", ":", "-", "'") and tokens.ends[k - 1] == tokens.starts[k]
        )
        if j - k <= 3 and line_alone(k, j) and _signature(words[k:j]) and not (
            j - k == 1 and j < n and words[j] in ("!", ".", "?") and low not in FIRST_NAMES
        ):  # "Kudos." or "Trivia!" alone on a line is an exclamation, not a signature
            spans.append((starts[k], ends[j - 1], "PER"))
            k = j
            continue
        while start_k < j and _skip_word(words[start_k], first_in_sentence, j - start_k == 1):
            start_k += 1
            first_in_sentence = False
        run = words[start_k:j]
        while run and run[-1].lower() in _CONNECT and (run[-1].islower() or run[-1].lower() in _LEAD_CONNECT):
            run = run[:-1]
        if len(run) > 1 and run[-1].lower() in _STATE_TAIL and start_k + len(run) == j and " ".join(
            w.lower() for w in run[:-1]
        ) not in ORG_WORDS:  # "Boulder Colorado", "Eugene Or": two places
            stop = start_k + len(run) - 1
            spans.append((starts[stop], ends[stop], "LOC"))
            run = run[:-1]
        stop = start_k + len(run)
        if run and stop == j and j + 1 < n and words[j] == "," and words[j + 1].lower() in _COMMA_SUFFIX:
            spans.append((starts[start_k], ends[j + 1], "ORG"))  # "Google, Inc."
            k = j + 2
            continue
        if run and not _all_caps_sentence(words, k, j):
            if len(run) > 1 and run[-1].lower() in _ERA and " ".join(run[:-1]).lower() in _KNOWN_SURNAMES:
                run = run[:-1]  # "the Harlow Administration": the person
                label = "PER"
            else:
                label = _type(run, words, start_k, start_k + len(run))
            if label == "LOC" and len(run) > 1:
                run = _place_head(run)  # "Houston Consultant", "Iran Cartoon": the place
            stop = start_k + len(run)
            if not label and stop + 2 < n and words[stop] == "(" and words[stop + 2] == ")" and _initials(
                run, words[stop + 1]
            ):
                label = "ORG"  # "Lakeside Tenants Rights Center (LTRC)"
            if not label and stop < n and words[stop] in _GENITIVE and " ".join(run).lower() + "'s" in EN_RESTAURANTS:
                label = "LOC"  # "lunch at Denny s"
            if label != "ORG" and stop < n and words[stop] in _GENITIVE and _business(words, start_k, stop, run):
                spans.append((starts[start_k], ends[stop], "LOC"))  # "Denny's", "dinner at Mama Rosa's"
                k = stop + 1
                continue
            if label == "PER" and stop + 1 < n and words[stop] == "@" and glued(stop) and glued(stop + 1):
                spans.append((starts[start_k], ends[stop + 1], "PER"))  # "Maria Odegard@NORTHWIND"
                k = stop + 2
                continue
            if label:
                spans.append((tokens.starts[start_k], tokens.ends[start_k + len(run) - 1], label))
            elif run and len(run) == 1:
                later.append(start_k)
        elif start_k == j and j == k + 1 and words[k].lower() not in COMMON:
            later.append(k)  # a lone sentence-initial word: a name only if the text names it elsewhere
        k = j
    return _known_parts(tokens, spans, later, lone)


def _initials(run: list[str], short: str) -> bool:
    """Whether the all-capitals ``short`` abbreviates the capitalised words of ``run``."""
    caps = "".join(w[0] for w in run if w[:1].isupper())
    return len(short) > 2 and short.isupper() and short.isalpha() and (
        caps.startswith(short) or len(caps) > 2 and short.startswith(caps)
    )


def _lower_sentence(words: tuple[str, ...] | list[str], sentence_starts: list[int], k: int) -> bool:
    """Whether the sentence holding token ``k`` is written in lower case (its first word is)."""
    import bisect

    at = bisect.bisect_right(sentence_starts, k)
    first = sentence_starts[at - 1]
    while first < k and not words[first][:1].isalpha():
        first += 1
    if first < k:
        return words[first][:1].islower()
    end = sentence_starts[at] if at < len(sentence_starts) else len(words)
    return all(not w[:1].isupper() or w == "I" for w in words[k:end])


def _split_person(words: tuple[str, ...] | list[str], k: int, j: int) -> int:
    """End of a person's name at the head of the capitalised run ``k..j``: "Laura B. Finch" of
    "Laura B. Finch Deloitte", "Paula Mertens" of "Paula Mertens Direct Dial"."""
    if j - k < 3 or words[k].lower() not in FIRST_NAMES:
        return j
    lows = [w.lower() for w in words[k:j]]
    if any(w in _ORG_SUFFIX for w in lows):
        second = lows[1]
        if j - k > 3 and second.isalpha() and not (second in _PLAIN or second in _ORGS or second in _PLACES):
            return k + 2  # "Paula Mertens Northwind Energy Services": a person, then the company
        return j
    if len(words[k + 1]) == 2 and words[k + 1][1] == "." and j - k > 3:
        return k + 3
    second, third = lows[1], lows[2]
    if second not in _PLAIN and second.isalpha() and (third in _PLAIN or third in _ORGS or third in _PLACES):
        return k + 2
    return j


def _surname_comma(words: tuple[str, ...] | list[str], k: int, n: int) -> bool:
    """Whether tokens ``k..k+2`` read "Surname, Firstname"."""
    return (
        k + 2 < n and words[k + 1] == "," and _is_cap(words[k + 2]) and words[k + 2].lower() in FIRST_NAMES
        and words[k].isalpha() and words[k].lower() not in _PLAIN and not words[k].isupper()
    )


def _lower_multi(words: tuple[str, ...] | list[str], k: int) -> tuple[int, str]:
    """How many lower-case words from ``k`` spell a place ("san francisco") or an organisation
    ("air asia") of several words, and which; (0, "") when none."""
    for size in (3, 2):
        if k + size <= len(words):
            piece = words[k: k + size]
            if not all(w.islower() for w in piece):
                continue
            name = " ".join(piece)
            if name in _LOWER_MULTI:
                return size, "LOC"
            if name in _LOWER_MULTI_ORG:
                return size, "ORG"
    return 0, ""


def _joins(words: list[str], j: int, k: int) -> bool:
    """Whether the connector at ``j`` ("of", "and", "de") continues the name begun at ``k``."""
    low = words[j].lower()
    if low not in _CONNECT or j + 1 >= len(words) or not _is_cap(words[j + 1]) or words[j + 1] == "I":
        return False
    if low in ("and", "&"):  # "Procter and Gamble Co.", not "Ann Bell and Tom Holt"
        near = words[k: j + 5]
        if low == "and" and en_parts22.ON and en_parts22.RULE_AND and en_parts22.two_bodies(words[k:j]):
            return False  # "the Wikimedia Foundation and Creative Commons": two bodies (namesen22)
        return any(w.lower() in _ORG_SUFFIX for w in near) and not any(w.lower() in FIRST_NAMES for w in near)
    if low == "for":  # "Center for Disease Control", not "a Denver Consultant for Paula Mertens"
        return any(w.lower() in _ORG_SUFFIX or w.lower() == "center" for w in words[k:j])
    return True


def _skip_word(word: str, sentence_first: bool, alone: bool) -> bool:
    """Whether a capitalised word should not start a name."""
    low = word.lower()
    if word in EN_NON_NAMES or word in EN_MONTHS or word in EN_WEEKDAYS or low in NATIONALITIES:
        return low not in _PLACES
    if low in _NEVER or any(c.isdigit() for c in word) or len(word) == 1:
        return True
    if low in _LEAD_SKIP:
        return True
    if word in TITLES or word in EN_ROLES or low in NEWS_TITLES or low in _CONNECT and (word.islower() or low in _LEAD_CONNECT):
        return True
    if len(word) == 1 and not word.isalpha():
        return True
    if sentence_first and low in COMMON and low not in _PLACES and low not in FIRST_NAMES:
        return True
    if alone and low in COMMON and word != word.upper():
        return True
    if sentence_first and alone and low not in _PLACES and low not in FIRST_NAMES and low not in ORG_WORDS and (
        low not in EN_FAMOUS_SURNAMES and low not in _ORGS_SAFE and low not in EN_RESTAURANTS
    ):
        return True
    return False


def _all_caps_sentence(words: list[str], k: int, j: int) -> bool:
    """Shouting or a headline in capitals: a long run of upper-case words is not a name."""
    return j - k > 4 and all(w.isupper() for w in words[k:j])
