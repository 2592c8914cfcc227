"""The tagger's features of a token split by what they read (its word, the tag before it, the words
either side, the words two away, the capitalised run ahead): ``token_scores`` caches each part's sum
under only that. Their union is ``perceptron.word_features`` and ``context_features``."""

from __future__ import annotations

from typing import Sequence

from reader.analysis.gazetteer import lookup
from reader.analysis.shapes import shape
from reader.analysis.typer import WORD_KEY


# Context cues for the tagger: the kind of word (gazetteer class, the types it had in training)
# joined with the word before and the word after it. Off: cross-validated typed F1 +0.002 only, and
# the seed article then loses "Det Udenrigspolitiske Nævn".
CUES = False


def word_kind(low: str, vocab: dict[str, str]) -> str:
    """The gazetteer class of the lower-case word ``low`` and the types it had in training."""
    return (lookup(low) or "-") + vocab.get(WORD_KEY + low, "-")


def token_left_features(words: Sequence[str], i: int, first: bool, prev: str, vocab: dict[str, str]) -> list[str]:
    """The tagger's context features of token ``i`` that read the tag and words before it."""
    word = words[i]
    feats = tag_word_features(word, first, prev) + pair_features(words[i - 1] if i > 0 else None, word, vocab)
    if i >= 2:
        feats += before2_features(words[i - 2])
    return feats


def before2_features(word: str) -> list[str]:
    """The tagger's feature of the word two before a token."""
    return ["pw2=" + word.lower()]


def after2_features(word: str) -> list[str]:
    """The tagger's feature of the word two after a token."""
    return ["nw2=" + word.lower()]


def tag_word_features(word: str, first: bool, prev: str) -> list[str]:
    """The tagger's features that join token ``word`` with the tag before it."""
    low = word.lower()
    return ["pt=" + prev, "ptw=" + prev + low, "ptsh=" + prev + shape(word) + ("F" if first else "M")]


def pair_features(before: str | None, word: str, vocab: dict[str, str]) -> list[str]:
    """The tagger's features of token ``word`` and the word ``before`` it (None: the first token)."""
    return before_features(before) + joined_before_features(before, word, vocab)


def before_features(before: str | None) -> list[str]:
    """Of ``pair_features``: those that read the word before alone."""
    pw = "<s>" if before is None else before.lower()
    if before is not None and before[:1].isupper():
        return ["pw=" + pw, "gzp=" + lookup(pw)]
    return ["pw=" + pw]


def joined_before_features(before: str | None, word: str, vocab: dict[str, str]) -> list[str]:
    """Of ``pair_features``: those that read the word before and the token together."""
    low = word.lower()
    pw = "<s>" if before is None else before.lower()
    if CUES:
        return ["pww=" + pw + "|" + low, "kpw=" + word_kind(low, vocab) + "|" + pw]
    return ["pww=" + pw + "|" + low]


def token_right_features(words: Sequence[str], i: int, prev: str, vocab: dict[str, str]) -> list[str]:
    """The tagger's context features of token ``i`` that read the words after it (and the tag before)."""
    n = len(words)
    feats = next_features(words[i], words[i + 1] if i + 1 < n else None, prev, vocab)
    if i + 2 < n:
        feats += after2_features(words[i + 2])
    if prev == "O":
        last = run_end(words, i)
        if last > i:
            feats += run_features(words[last], last - i)
    return feats


def next_features(word: str, after: str | None, prev: str, vocab: dict[str, str]) -> list[str]:
    """The tagger's features of token ``word``, the word ``after`` it (None: the last token) and
    the tag before it."""
    return after_features(after, prev) + joined_after_features(word, after, vocab)


def after_features(after: str | None, prev: str) -> list[str]:
    """Of ``next_features``: those that read the word after (and the tag before) alone."""
    nw = "</s>" if after is None else after.lower()
    cap = after is not None and after[:1].isupper()
    if cap:
        return ["nw=" + nw, "ncap=True" + prev, "gzn=" + lookup(nw)]
    return ["nw=" + nw, "ncap=False" + prev]


def joined_after_features(word: str, after: str | None, vocab: dict[str, str]) -> list[str]:
    """Of ``next_features``: those that read the token and the word after it together."""
    low = word.lower()
    nw = "</s>" if after is None else after.lower()
    feats = ["wnw=" + low + "|" + nw]
    if after is not None and after[:1].isupper():
        two = lookup(low + " " + nw)
        if two:
            feats.append("gz2=" + two)
    if CUES:
        feats.append("knw=" + word_kind(low, vocab) + "|" + nw)
    return feats


def run_end(words: Sequence[str], i: int) -> int:
    """The last token of the capitalised run from token ``i`` on (at most five tokens further)."""
    n = len(words)
    last = i
    while last + 1 < n and last - i < 5 and is_candidate(words[last + 1]):
        last += 1
    return last


def run_features(last_word: str, length: int) -> list[str]:
    """The tagger's features of a capitalised run ahead: its last word and its length."""
    lw = last_word.lower()
    return ["rl=" + lw, "rls=" + lw[-4:], "rlg=" + lookup(lw), "rn=" + str(length)]


def is_candidate(word: str) -> bool:
    """Whether a token can start or continue a name on its own (it has a capital or a digit)."""
    first = word[0]
    return True if first.isupper() else first.isalpha() and not word.islower()
