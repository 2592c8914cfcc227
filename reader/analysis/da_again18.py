"""Danish: a one-word name found in a text is a name at its other mentions there (namesda18).

"Moderaterne halveret" in a headline, "- Oracle køber data" after a dash: the tagger or the typer
passes over a word at one mention that it names at another in the same story. A word found as a
one-word name of one type only is that name wherever else the text writes it alone: not next to
another capitalised word, not inside a found name; opening a sentence, not when the vocabulary
knows it in lower case ("Vejen", "Havnen"). Also its genitive ("Molslinjens" after "Molslinjen").

The UNER-DA training and dev files keep no story together (their sentences are shuffled:
docs/log/namesda5.md), so cross-validation sees this rule only where a sentence names a word
twice (three names gained, none lost); it was measured on the project's own Danish test articles
(docs/log/namesda18.md).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Sequence

from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import where

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish
GENITIVE = True  # also the genitive of a found word ("Molslinjen" ... "Molslinjens")


def _plain(word: str) -> bool:
    """A capitalised word of letters (a hyphen inside allowed) of two letters or more."""
    return len(word) > 1 and word[:1].isupper() and word.replace("-", "").isalpha()


def _capital(word: str) -> bool:
    """A word that opens with a capital letter (a neighbour that could be part of a longer name)."""
    return word[:1].isupper()


def named_again(text: str, tokens: Tokens, sentences: tuple[tuple[int, int], ...], spans: list[Span],
                vocab: dict[str, str] | None = None) -> list[Span]:
    """``spans`` with the other lone mentions of each one-word name added (sorted; ``vocab``: the
    tagger's vocabulary classes, for the ordinary words that open a sentence)."""
    if not spans:
        return spans
    labels: dict[str, str] = {}  # each name and its type ("" when found with two)
    for s, e, label in spans:
        word = text[s:e]
        if labels.setdefault(word, label) != label:
            labels[word] = ""
    # (a name of two words or more holds a space: not plain)
    wanted = {word: label for word, label in labels.items() if label in _TYPES and _plain(word)}
    if GENITIVE:
        for word, label in list(wanted.items()):
            if not word.endswith(("s", "x", "z")):
                wanted.setdefault(word + "s", label)
    if not wanted:
        return spans
    known = vocab or {}
    return add_lone(tokens, sentences, spans, wanted, lambda word: _common(word, known))


def add_lone(tokens: Tokens, sentences: tuple[tuple[int, int], ...], spans: list[Span], wanted: dict[str, str],
             ordinary: Callable[[str], bool]) -> list[Span]:
    """``spans`` (sorted) with each lone mention of a word in ``wanted`` added as a name of its type:
    not a found name or inside one, no capitalised neighbour; at a sentence's opening not when
    ``ordinary(word)`` (a word the vocabulary knows in lower case). Shared with ``en_again19``."""
    words, at, ends = tokens.words, tokens.starts, tokens.ends
    firsts = [s for s, _e, _label in spans]
    found = set(firsts)
    heads = [s for s, _e in sentences]
    added: list[Span] = []
    for k in where(words, wanted.__contains__):
        start = at[k]
        if start in found:
            continue
        i = bisect_right(firsts, start) - 1
        if i >= 0 and spans[i][1] > start:
            continue  # (a found name, or inside one)
        if not _alone(words, k, at, heads, spans, firsts):
            continue
        if _opening(words, k, at, heads) and ordinary(words[k]):
            continue
        added.append((start, ends[k], wanted[words[k]]))
    return sorted(spans + added) if added else spans


_TYPES = frozenset(("PER", "ORG", "LOC"))


# A quotation mark or dash before a sentence's first word: the word after it opens the sentence too.
_OPENING_MARKS = frozenset("- – — » « \" ' “ ” „ (".split())


def _alone(words: Sequence[str], k: int, at: Sequence[int], heads: list[int], spans: list[Span],
           firsts: list[int]) -> bool:
    """Whether ``words[k]`` stands alone: no capitalised word right after it, and none right before
    it but an ordinary word opening the sentence, in no found name ("Også Bramminge")."""
    if k + 1 < len(words) and _capital(words[k + 1]):
        return False
    if not k or not _capital(words[k - 1]) or words[k - 1] in _OPENING_MARKS:
        return True
    if not _starts_sentence(k - 1, at, heads):
        return False
    i = bisect_right(firsts, at[k - 1]) - 1
    return not (i >= 0 and spans[i][1] > at[k - 1])


def _starts_sentence(k: int, at: Sequence[int], heads: list[int]) -> bool:
    """Whether token ``k`` is the first of its sentence (``heads``: the sentences' start offsets)."""
    i = bisect_right(heads, at[k]) - 1
    return i < 0 or k == 0 or at[k - 1] < heads[i]


def _opening(words: Sequence[str], k: int, at: Sequence[int], heads: list[int]) -> bool:
    """Whether ``words[k]`` opens a sentence (after a dash or quotation mark too)."""
    return _starts_sentence(k, at, heads) or (
        k > 0 and words[k - 1] in _OPENING_MARKS and _starts_sentence(k - 1, at, heads))


def _common(word: str, vocab: dict[str, str]) -> bool:
    """Whether ``word`` is an ordinary word the vocabulary knows in lower case, or the definite form
    of one ("Vejen", "Havnen"): opening a sentence, its capital says nothing."""
    low = word.lower()
    forms = [low]
    if low.endswith(("en", "et")):
        forms.append(low[:-2])
    if low.endswith(("n", "t")):
        forms.append(low[:-1])
    return any("L" in vocab.get(form, "") or vocab.get(form) == "B" for form in forms)
