"""A name and its acronym in brackets after it ("Foreningen af Danske Musikfestivaler (FDM)", "the
Royal Society for the Protection of Birds (RSPB)"): the words whose initials spell the acronym are one
name, of the acronym's type (an organisation when the acronym was not typed). Called by
``name_patterns`` (pattern "acronym")."""

from __future__ import annotations

from typing import Callable

from reader.analysis.word_sets import notable, where

# Small words an acronym skips ("af", "for the", "of").
_SKIPPED = frozenset("af for og i til på de det den of the and for in on at de la du".split())
_LONGEST = 8


@notable  # (served from the shared pass over the words: not each distinct word tested a text)
def _bracket(word: str) -> bool:
    return word == "("


def acronym_names(
    words: tuple[str, ...], tags: dict[int, str], put: Callable[[int, int, str], None], untagged: bool = False
) -> None:
    """Join the words before "(ACRONYM)" into one name when their initials spell it (``tags`` in place);
    ``untagged`` (Danish): also where the tagger saw no name, for an acronym of three letters or more
    spelled by two words or more (English GUM CV 0.7484 -> 0.7479 with it, Danish unchanged)."""
    n = len(words)
    for k in where(words, _bracket):
        if not (0 < k and k + 2 < n and words[k + 2] == ")"):
            continue
        acronym = words[k + 1]
        if not (2 <= len(acronym) <= _LONGEST and acronym.isalpha() and acronym.isupper()):
            continue
        start = _spelled_from(words, k, acronym)
        if start is None or tags.get(start, "O")[0] == "I":
            continue
        if not any(m in tags for m in range(start, k + 2)) and (not untagged or len(acronym) < 3 or k - start < 2):
            continue  # the tagger saw no name there (GUM CV 0.7135 with this check, 0.7131 without);
            # with ``untagged``, an acronym of three letters or more spelled by two words or more is
            # taken all the same ("Dansk Kommunalt Analyseinstitut (DKAI)" after a quote; stop 42)
        label = tags[k + 1][2:] if k + 1 in tags else "ORG"
        put(start, k, label)
        if k + 1 not in tags:
            put(k + 1, k + 2, label)


def _spelled_from(words: tuple[str, ...], bracket: int, acronym: str) -> int | None:
    """The first word of the run before ``bracket`` whose capitalised words' initials spell ``acronym``."""
    letters = acronym.lower()
    m = bracket - 1
    want = len(letters) - 1
    while m >= 0 and want >= 0:
        word = words[m]
        if word.lower() in _SKIPPED and want < len(letters) - 1:
            m -= 1
            continue
        if not (word[:1].isupper() and word.isalpha()):
            return None
        if word[0].lower() == letters[want]:
            want -= 1
        elif want >= 1 and len(word) >= 8 and word[0].lower() == letters[want - 1] and letters[want] in word[3:].lower():
            want -= 2  # a compound's head spelled too: "Analyseinstitut" in "(DKAI)" (lead, stop 42)
        else:
            return None
        m -= 1
    return m + 1 if want < 0 else None
