"""English sentences shouted in capitals or written in title case, recased for the name finder.

Web text and headlines come as "COUNCIL SHUTS LIBRARY IN LEEDS" or "Council Shuts Library In
Leeds": there capitals say nothing of names. The finder then reads such a sentence with its words
written as the training text wrote them (from the vocabulary classes the tagger was trained with):
an ordinary word (one seen in lower case there) in lower case, any other word capitalised (in a
sentence in capitals, a word never seen there stays in capitals). The offsets stay those of the
text (a word is recased only when its length stays the same), so the names found are the text's
own.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis import en_doc
from reader.analysis.gazetteer import lookup
from reader.analysis.perceptron import candidates
from reader.analysis.tokens import Tokens
from reader.analysis.typer import SPAN_KEY

# Which sentences are recased: at least this many words of two letters or more, and this share of
# them in capitals (or, after the first word, capitalised).
MIN_WORDS = 4
SHARE = 0.8
CAPS = True  # recase sentences in capitals
TITLES = True  # recase sentences in title case
# In a sentence in capitals, two or three words that make a name the gazetteers or the training
# text know ("NEW YORK", "UNITED STATES") are capitalised, though each alone is an ordinary word.
KNOWN_RUNS = True
# In a sentence in capitals, a word the training text never had is capitalised when the rest of
# the text writes it so ("KUSANAGI" in a heading, "Kusanagi" in the body); else it stays in capitals.
TEXT_FORMS = True


def recased(tokens: Tokens, sentences: tuple[tuple[int, int], ...], vocab: dict[str, str]) -> Tokens:
    """``tokens`` with the words of shouted and title-case sentences recased (the same object when
    there is none)."""
    words = tokens.words
    starts = tokens.starts
    bounds = [bisect_left(starts, s) for s, _e in sentences] + [len(words)]
    capitals = candidates(words)  # the words not all in lower case
    out: list[str] | None = None
    forms: frozenset[str] | None = None
    for a, b in zip(bounds, bounds[1:]):
        low, high = bisect_left(capitals, a), bisect_left(capitals, b)
        if high - low < MIN_WORDS - 1:
            continue  # too few capitals for either (most sentences: decided without reading them)
        if forms is None:
            forms = (en_doc.current_forms() or en_doc.capitalised(words)) if TEXT_FORMS else frozenset()
        new = _sentence(words[a:b], [words[k] for k in capitals[low:high] if k > a], vocab, forms)
        if new is not None:
            if out is None:
                out = list(words)
            out[a:b] = new
    return tokens if out is None else Tokens(tokens.starts, tokens.ends, tuple(out))


def _sentence(
    words: tuple[str, ...], capitals: list[str], vocab: dict[str, str], forms: frozenset[str] = frozenset(),
) -> list[str] | None:
    """The recased words of one sentence (``capitals``: its words after the first that are not all
    in lower case; ``forms``: see ``TEXT_FORMS``), or None when it is written as usual."""
    if CAPS and sum(len(w) > 1 and w.isupper() and w.isalpha() for w in capitals) >= SHARE * MIN_WORDS - 1:
        long = [w for w in words if len(w) > 1 and w.isalpha()]
        if len(long) >= MIN_WORDS and sum(w.isupper() for w in long) >= SHARE * len(long):
            new = [_from_caps(w, vocab, k == 0, forms) for k, w in enumerate(words)]
            return _known_runs(words, new, vocab) if KNOWN_RUNS else new
    # Title case: the words after the first that training text writes in lower case only
    # ("Shuts", "After") are capitalised (a sentence full of names is no title).
    if TITLES and sum(len(w) > 3 and w.isalpha() and vocab.get(w.lower()) == "L" for w in capitals) >= MIN_WORDS - 1:
        rest = [w for w in words[1:] if len(w) > 3 and w.isalpha() and vocab.get(w.lower()) == "L"]
        if sum(w[0].isupper() for w in rest) >= SHARE * len(rest):
            return [w if k == 0 else _from_title(w, vocab) for k, w in enumerate(words)]
    return None


def _ordinary(low: str, vocab: dict[str, str]) -> bool:
    """Whether ``low`` is an ordinary word: seen in lower case in the training text, also when it
    was seen capitalised or in a name ("Of", "The", "Library": GUM CV in the README)."""
    return vocab.get(low) in ("L", "B")


def _from_caps(word: str, vocab: dict[str, str], first: bool, forms: frozenset[str] = frozenset()) -> str:
    """A word in capitals as text writes it: lower case if ordinary, capitalised if known (a word
    the training text never had stays in capitals, as an acronym would: GUM CV 0.6345 -> 0.6381
    with a fifth of the held-out sentences in capitals or title case, 0.6816 clean either way)."""
    if not word.isupper() or not word[:1].isalpha():
        return word
    low = word.lower()
    if low not in vocab and not first:
        return word[0] + low[1:] if low in forms and len(low) == len(word) else word
    new = (low if _ordinary(low, vocab) else word[0] + low[1:]) if len(word) > 1 else word
    if first and new == low:
        new = word[0] + low[1:]
    return new if len(new) == len(word) else word


def _known_runs(words: tuple[str, ...], new: list[str], vocab: dict[str, str]) -> list[str]:
    """``new`` with the runs of two or three words in capitals that make a known name capitalised."""
    k = 0
    while k < len(words) - 1:
        for size in (3, 2):
            run = words[k:k + size]
            if len(run) < size or not all(w.isupper() and w.isalpha() for w in run):
                continue
            low = " ".join(run).lower()
            if SPAN_KEY + low in vocab or lookup(low):
                new[k:k + size] = [w[0] + w[1:].lower() if len(w[1:].lower()) == len(w) - 1 else w for w in run]
                k += size - 1
                break
        k += 1
    return new


def _from_title(word: str, vocab: dict[str, str]) -> str:
    """A capitalised word of a title-case sentence: lower case if ordinary."""
    if not word[:1].isupper() or word.isupper() or not _ordinary(word.lower(), vocab):
        return word
    low = word.lower()
    return low if len(low) == len(word) else word
