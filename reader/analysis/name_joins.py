"""More names fixed by how they are written, for both languages: initials before a surname ("A.K.
Lund"), a firm named after the word for its kind ("vognmandsfirmaet Brdr. Kjeldsen ApS"), an
institution's word before or after a place ("Beredskab Nordvest", "Skive Kommune" opening a
sentence, "fra Herning Kommunes udvalg" typed as a place and a body), two places sharing one service ("Sydsjællands og Lolland-Falsters Politi", "Avon and
Somerset Police"), two places of two words each joined by "og"/"and", names listed together (one
kind: "i Lemvig, Struer, Thyholm og Hurup"), a name found once found at its other mentions, and
(English) a "person" who owns what only a firm has ("X's chief executive") a firm at every mention.
Called by ``name_patterns`` (each form switched by ``EXTRA``, chosen on cross-validation over
training data)."""

from __future__ import annotations

import re
from typing import Callable

from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.name_join_tags import (
    _capitals_after, _firm_end, _free_or, _item, _item_before, _not_one_org, _person_there, _plain_capital, _runs, _single,
    _whole_names,
)
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import distinct, notable, where

# The forms in use (CV on train: see the README's names paragraph).
EXTRA: frozenset[str] = frozenset(
    ("initials", "kind_after", "head_before", "first_word", "joined_body", "two_places", "and_town", "lists", "repeat",
     "owner", "org_suffix", "place_body")
)

# The words that end the name of a public service or an authority, and so name it after the place
# or places it serves ("Nordfyns Brandvæsen", "Avon and Somerset Police").
SERVICE_LAST = frozenset(
    "politi brandvæsen beredskab redningsberedskab kommune region police constabulary fire brigade service"
    " council authority".split()
)
# Institution words that go before the name of the place ("Beredskab Nordvest", "Jobcenter Holbæk").
_HEAD_FIRST = frozenset("jobcenter region sygehus beredskab hospital".split())
# The last words of a Danish firm's kind ("vognmandsfirmaet", "Revisionsfirmaet"), as in name_patterns.
_KIND_WORDS = (
    "firmaet", "selskabet", "virksomheden", "foreningen", "organisationen", "koncernen", "kæden",
    "rederiet", "forbundet", "partiet", "fabrikken", "butikken", "banken", "fonden", "bureauet",
    "stuen", "kontoret", "mejeriet", "bryggeriet", "værftet", "forretningen", "plejecentret", "plejehjemmet",
    "restauranten", "hotellet", "caféen", "kroen",  # (probe9)
)
# The last words of a fund's, society's or union's name ("Kirkens Hjælpefond", "Dansk Byggeforbund").
_ORG_SUFFIXES = ("fond", "fonden", "forening", "foreningen", "forbund", "forbundet", "fællesskab", "fællesskabet")
_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.){1,3}")
_JOINS = frozenset(("og", "and", "eller", "or"))
# Words before places ("fra Hesselbjerg, Kragsbøl og Bramminge", "between Lindley and Barrowby").
_PLACE_WORDS = frozenset("i fra ved mellem omkring nær in from between near around across".split())
# The words each form can start at ("org_suffix": end at; "lists": read back from), tested once a text.
_join = notable(lambda word: word in _JOINS)
_initials = notable(lambda word: word[-1:] == "." and _INITIALS.fullmatch(word) is not None)
_kind_word = notable(lambda word: word.lower().endswith(_KIND_WORDS))
KIND_WORDS = _KIND_WORDS
_suffix_word = notable(lambda word: _plain_capital(word) and word.lower().endswith(_ORG_SUFFIXES))
_head_first = notable(lambda word: word[:1].isupper() and word.lower() in _HEAD_FIRST)


def more_patterns(tokens: Tokens, tags: dict[int, str], language: str, put: Callable[[int, int, str], None]) -> None:
    """Apply the forms of ``EXTRA`` to ``tags`` (in place); ``put(k, j, label)`` sets one name."""
    words = tokens.words
    n = len(words)
    # All the forms start at a capitalised word; each loop visits only the words its form can start
    # at (``word_sets``: tested once per distinct word), in the order of the text.
    if "initials" in EXTRA:
        for k in where(words, _initials):
            if k == n - 1:
                continue
            # Not a middle initial ("Miriam R. L. Petruck"), and one letter only after a lower-case word
            # ("direktør J. Holm"; "A. Inca" is an item of a list).
            before = words[k - 1] if k else ""
            if _free_or(tags, k, "PER") and not (
                k - 1 in tags or _INITIALS.fullmatch(before)
            ) and (len(words[k]) > 2 or before.isalpha() and before.islower()):
                j = _capitals_after(words, tags, k + 1, "PER", 2)
                if j > k + 1:
                    put(k, j, "PER")
    if "kind_after" in EXTRA and language == "da":
        for k in where(words, _kind_word):
            if k in tags or k + 1 == n or not words[k + 1][:1].isupper():
                continue
            j = _firm_end(tokens, k + 1)
            if j > k + 1 and _whole_names(tags, k + 1, j) and _not_one_org(tags, k + 1, j) and not _person_there(
                words, tags, k, j
            ):
                put(k + 1, j, "ORG")
    if "org_suffix" in EXTRA and language == "da":
        # "Kirkens Hjælpefond" opening a sentence, passed over: a run ending in a fund's or society's word.
        # (the name's last word, a fund's or society's, is one or two words after its first)
        ends = where(words, _suffix_word)
        for k in sorted({m for p in ends for m in (p - 2, p - 1) if m >= 0 and words[m][:1].isupper()}):
            if k in tags or k and words[k - 1][:1].isupper():
                continue
            j = k
            while j < n and j - k < 3 and j not in tags and _plain_capital(words[j]):
                j += 1
            if j - k >= 2 and (j == n or not words[j][:1].isupper()) and words[j - 1].lower().endswith(_ORG_SUFFIXES):
                put(k, j, "ORG")
    if "first_word" in EXTRA and language == "da":
        for k in where(words, _head_first):
            if k < n - 1 and k not in tags and (
                words[k + 1][:1].isupper() and words[k + 1].isalpha() and _single(tags, k + 1)
            ):
                put(k, k + 2, "ORG")
    for k, j, label in _runs(tags):
        low_last = words[j - 1].lower()
        # "Kommune" alone, the capitalised word before it left out (a sentence opening "Skive Kommune").
        if "head_before" in EXTRA and j == k + 1 and low_last in SERVICE_LAST and k >= 1 and k - 1 not in tags and (
            words[k - 1][:1].isupper() and words[k - 1].isalpha() and words[k][:1].isupper()
            and tokens.starts[k] > tokens.ends[k - 1]
        ):
            put(k - 1, j, "ORG")
            continue
        # "fra Herning Kommunes udvalg": a one-word place the tagger typed apart from the body after it
        # ("Kommune", "Kommunes", "Politi"): one body.
        if "place_body" in EXTRA and j == k + 1 and low_last.removesuffix("s") in SERVICE_LAST and k >= 1 and (
            tags.get(k - 1) == "B-LOC" and words[k][:1].isupper()
            and tokens.starts[k] == tokens.ends[k - 1] + 1
        ):
            put(k - 1, j, "ORG")
            continue
        # "Sydsjællands og Lolland-Falsters Politi": two places served by one body.
        if "joined_body" in EXTRA and label == "ORG" and low_last in SERVICE_LAST and k >= 2 and words[k - 1] in _JOINS and (
            words[k - 2][:1].isupper() and words[k - 2].replace("-", "").isalpha() and _single(tags, k - 2)
            and (language != "da" or words[k - 2].endswith("s") and not tags.get(k - 2, "O").endswith("PER"))
        ):
            put(k - 2, j, "ORG")
            continue
        # "Market Stowell and Long Crendall": two places of two words or more each, not one place.
        if "two_places" in EXTRA and label == "LOC" and j - k >= 5:
            joins = [m for m in range(k + 2, j - 2) if words[m] in _JOINS]
            if len(joins) == 1 and all(words[m][:1].isupper() for m in range(k, j) if m != joins[0]):
                put(k, joins[0], "LOC")
                tags.pop(joins[0], None)
                put(joins[0] + 1, j, "LOC")
    if "lists" in EXTRA and not _JOINS.isdisjoint(distinct(words)):
        _lists(words, tags, put, where(words, _join))
    if "repeat" in EXTRA:
        _repeats(words, tags, put)
    if "owner" in EXTRA and language == "en" and ("'s" in words or "’s" in words):
        _owners(words, tags, put)


def _lists(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None], joins: list[int]) -> None:
    """Names listed together are of one kind: "A, B, C og D" (or two after a word before places:
    "i A eller B") get a place's type after a word before places when as many were taken for places
    as for anything else, else the type most of the names found among them have (two or more); the
    names the tagger passed over in the list are taken too. ``joins``: the positions of "og"/"and"/
    "eller"/"or", each read as the end of a list (read backwards from it)."""
    n = len(words)
    done = -1
    for m in joins:
        if m <= done or not 0 < m < n - 1 or not (words[m + 1][:1].isupper() or m + 1 in tags):
            continue
        last = _item(words, tags, m + 1)
        if not last:
            continue
        items = [(m + 1, last)]  # last first while reading back (a list of 100,000 items: no inserts)
        end = m - 1 if words[m - 1] == "," else m
        while True:
            start = _item_before(words, tags, end)
            if start < 0:
                break
            items.append((start, end))
            if start >= 2 and words[start - 1] == ",":
                end = start - 1
                continue
            break
        items.reverse()
        first = items[0][0]
        if first and words[first - 1][:1].isupper():
            continue
        done = last
        place = bool(first) and words[first - 1].lower() in _PLACE_WORDS
        if len(items) < (2 if place else 3):
            continue
        labels = [tags[a][2:] for a, _b in items if a in tags]
        if not labels:
            continue
        top = max(sorted(set(labels)), key=labels.count)
        if place and "LOC" in labels and labels.count("LOC") == labels.count(top):
            top = "LOC"
        elif labels.count(top) * 2 <= len(labels) or labels.count(top) < 2:
            continue
        for a, b in items:
            if tags.get(a) != "B-" + top:
                put(a, b, top)


def _repeats(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """A name of two words or more found once is found wherever else the text names it, in the
    genitive too ("Vestkyst Fjernvarme hæver prisen" opening a sentence, where the tagger passed it
    over, and only "Vestkyst Fjernvarmes bestyrelse" was found)."""
    found: dict[tuple[str, ...], str] = {}
    done = set()  # (name, label) read already (reading one again changes nothing)
    joins = ("&", "og", "and", "of", "af")  # (with capitalised words, the words a name may hold)
    for k, j, label in _runs(tags, 2):
        name = tuple(words[k:j])
        if (name, label) in done:
            continue
        done.add((name, label))
        if words[k][:1].isupper() and all(w[:1].isupper() or w in joins for w in name):
            found.setdefault(name, label)
            last = name[-1]
            other = last[:-1] if last.endswith("s") and len(last) > 3 else last + "s"
            if label != "PER" and other.lower() not in FIRST_NAMES and last.lower() not in FIRST_NAMES:
                found.setdefault(name[:-1] + (other,), label)
    if not found:
        return
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, label in found.items():
        by_first.setdefault(name[0], []).append((name, label))
    n = len(words)
    for k in where(words, by_first.__contains__):
        if k in tags:
            continue
        for name, label in by_first[words[k]]:
            j = k + len(name)
            if tuple(words[k:j]) == name and not any(m in tags for m in range(k, j)) and (
                j == n or not words[j][:1].isupper()
            ):
                put(k, j, label)
                break


# What a firm has and a person has not: "Pryce Hollander's chief executive", "...'s shareholders".
_FIRM_OWNS = frozenset("chief shareholders headquarters employees workforce customers profits revenue turnover"
                       " subsidiary stores branches factory factories".split())


def _owners(words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None]) -> None:
    """A name taken for a person that owns what only a firm has is a firm, at every mention."""
    firms = set()
    for k, j, label in _runs(tags):
        if label == "PER" and j + 1 < len(words) and words[j] in ("'s", "’s") and words[j + 1].lower() in _FIRM_OWNS and (
            words[j + 1].lower() != "chief" or j + 2 < len(words) and words[j + 2].lower() == "executive"
        ):
            firms.add(words[k:j])
    if firms:
        for k, j, label in _runs(tags):
            if label == "PER" and words[k:j] in firms:
                put(k, j, "ORG")
