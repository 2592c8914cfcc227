"""English names: what the other mentions of a word in the same document say about it, for the typer.

A lone capitalised word the typer has never seen ("Theodorus") is told apart by how the document
writes it elsewhere: in lower case (an ordinary word), after a title ("Mr Theodorus": a person),
after "the" or a preposition of place, with a possessive, next to another capitalised word (part of
a longer name), after a given name, before a verb of saying. Each occurrence of a word gets its marks; a name's
features are the marks of the *other* occurrences of its word (its own left out), so a sentence
alone, or a word met once, adds nothing. Trained on GUM documents (``train.train_typer``) and read
from the whole text at run time (``names.model_names``); evaluation sentence by sentence can take
the table from the sentence's document (``document``).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from itertools import compress
from typing import Collection, Iterator, Sequence

from reader.analysis.gazetteer import FIRST_NAMES

# Languages whose typer reads these features (the Danish training file marks no documents).
ON = {"en": True}
PREFIX = "D:"
# lower case, capitalised inside / opening a sentence, after a title, genitive, after "the", after a
# preposition of place, next to a capitalised word, before a verb of saying, after a given name
MARKS = "lcftghprsv"
_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lady lord dame president senator governor mayor king"
    " queen prince princess general captain judge saint st st. uncle aunt father brother sister".split())
_PLACE = frozenset("in at from to near into across throughout via toward towards outside inside around".split())
_SAYS = frozenset("said says told asked added explained wrote writes argued noted".split())
_GENITIVE = frozenset(("'s", "’s", "'", "’"))

Table = dict[str, tuple[int, ...]]

# How chatty the document is (its share of words such as "I", "you", "n't", "um"), in two steps,
# read by the typer for every name (a "no name" bias per kind of text: web posts, letters and talk
# against reference prose); STYLE_KEY holds it in the table (no word is written so).
STYLE = True
STYLE_KEY = "\x00"
# Words a text needs for a style: any, as every training document had one (GUM's documents are all
# long, so CV cannot tell this choice).
STYLE_MIN = 1
_CHATTY = frozenset("i you we me my your our us n't 'm 're 've 'll 'd um uh yeah oh okay".split())
_STEPS = (0.04,)  # two kinds (four, at 0.02, 0.06 and 0.12, lost on permitted CV: the log)


def marks(words: Sequence[str], k: int, first: bool, end: bool = False) -> str:
    """The marks of the occurrence ``words[k]`` (``first``: it opens a sentence; ``end``: it ends one,
    so the word after it is not read)."""
    w = words[k]
    if not w[:1].isalpha():
        return ""
    if w.islower():
        return "l"
    if not w[:1].isupper():
        return ""
    prev = words[k - 1].lower() if k > 0 else ""
    nxt = words[k + 1] if k + 1 < len(words) and not end else ""
    out = "f" if first else "c"
    if prev in _TITLES:
        out += "t"
    if nxt in _GENITIVE:
        out += "g"
    if prev == "the":
        out += "h"
    if prev in _PLACE:
        out += "p"
    if (not first and k > 0 and words[k - 1][:1].isupper()) or nxt[:1].isupper():
        out += "r"
    if nxt.lower() in _SAYS:
        out += "s"
    if not first and k > 0 and words[k - 1][:1].isupper() and prev in FIRST_NAMES:
        out += "v"
    return out


def doc_table(words: Sequence[str], starts: Collection[int]) -> Table:
    """Per lower-case word that the document writes capitalised at least once: how many of its
    occurrences have each mark (in ``MARKS`` order). Only capitalised words are read one by one."""
    counts: dict[str, list[int]] = {}
    for k in compress(range(len(words)), [w[:1].isupper() for w in words]):
        got = marks(words, k, k in starts, k + 1 in starts)
        if not got:
            continue
        low = words[k].lower()
        row = counts.get(low)
        if row is None:
            row = counts[low] = [0] * len(MARKS)
        for m in got:
            row[MARKS.index(m)] += 1
    for word in filter(counts.__contains__, words):  # lower-case mentions of those words
        if word.islower():
            counts[word][0] += 1
    table = {w: tuple(row) for w, row in counts.items()}
    if STYLE:
        plain = [w.lower() for w in words if w[:1].isalpha() or w[:1] == "'"]
        if len(plain) >= STYLE_MIN:
            share = sum(w in _CHATTY for w in plain) / len(plain)
            table[STYLE_KEY] = (sum(share >= step for step in _STEPS),)
    return table


def doc_tables(sentences: Sequence[Sequence[str]], keys: Sequence[int]) -> list[Table]:
    """Per sentence, the table of its document (``keys``: the document of each sentence; training)."""
    docs: dict[int, list[Sequence[str]]] = {}
    for words, key in zip(sentences, keys):
        docs.setdefault(key, []).append(words)
    tables = {}
    for key, sents in docs.items():
        with document(sents):
            tables[key] = current()
    return [tables[key] for key in keys]


def _forms(words: Sequence[str], i: int, j: int) -> list[tuple[str, int]]:
    """The words of a span the features read, with their places: the lone word, or first and last."""
    return [("1", i)] if j - i == 1 else [("F", i), ("L", j - 1)]


def doc_features(words: Sequence[str], i: int, j: int, first: bool, table: Table) -> list[str]:
    """The typer's features of ``words[i:j]`` from the other occurrences of its words in ``table``."""
    feats: list[str] = []
    style = table.get(STYLE_KEY)
    if style is not None:
        feats += (f"{PREFIX}y{style[0]}", f"{PREFIX}y{style[0]}n{min(j - i, 3)}{'f' if first else ''}")
    for place, k in _forms(words, i, j):
        row = table.get(words[k].lower())
        if row is None:
            continue
        own = marks(words, k, first and k == i)
        other = [n - (m in own) for m, n in zip(MARKS, row)]
        caps = other[1] + other[2]
        if not caps and not other[0]:
            continue
        feats.append(f"{PREFIX}{place}n{min(caps, 3)}")
        feats += [f"{PREFIX}{place}{m}" for m, n in zip(MARKS, other) if n > 0]
    return feats


def run_key(words: Sequence[str], ks: Sequence[int], table: Table) -> tuple:
    """What ``table`` holds for the words ``ks`` (part of a run's memo key)."""
    return tuple(table.get(words[k].lower()) for k in ks) + (table.get(STYLE_KEY),)


_OVERRIDE: ContextVar[Table | None] = ContextVar("en_doc_table", default=None)
_FORMS: ContextVar[frozenset[str] | None] = ContextVar("en_doc_forms", default=None)


def capitalised(words: Sequence[str]) -> frozenset[str]:
    """The lower-case forms of the words written capitalised and not all in capitals ("Kusanagi")."""
    return frozenset(w.lower() for w in words if w[:1].isupper() and not w.isupper())


def current_forms() -> frozenset[str] | None:
    """``capitalised`` of the document set by ``document`` (evaluation), else None."""
    return _FORMS.get()


def current() -> Table | None:
    """The table set by ``document`` (evaluation), else None."""
    return _OVERRIDE.get()


@contextmanager
def document(sentences: Sequence[Sequence[str]]) -> Iterator[None]:
    """Take the table from these sentences' words (a document) while analysing one sentence of it."""
    words: list[str] = []
    starts: set[int] = set()
    for sent in sentences:
        starts.add(len(words))
        words.extend(sent)
    token = _OVERRIDE.set(doc_table(words, starts))
    forms = _FORMS.set(capitalised(words))
    try:
        yield
    finally:
        _FORMS.reset(forms)
        _OVERRIDE.reset(token)
