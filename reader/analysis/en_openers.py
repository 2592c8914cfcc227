"""English: a lone capitalised word opening a sentence is a name candidate (its type, or its drop, left
to the typer) when the other mentions of the word in the same text say it is a name: written
capitalised inside a sentence, never in lower case, and once at least next to another capitalised
word, after a title, before a possessive or a verb of saying ("Fillmore spent ten years ..." in a
text that names "Millard Fillmore"). Inside a sentence every lone capitalised word is such a candidate
already (``name_base.LONE_CAPITALS``); at a sentence's start the tagger alone decided, without the
text's other mentions (``en_doc``), and left most surnames out (namesen15: GUM CV 0.7244 -> 0.7340).
"""

from __future__ import annotations

from typing import Collection, Sequence

from reader.analysis.en_doc import MARKS, marks
from reader.analysis.name_base import _OPENERS
from reader.analysis.titles import is_honorific, is_title_word

ON = True
# How often the text must write the word capitalised inside a sentence (its own mention apart).
MIN_INSIDE = 1
# The other mentions must show one of these marks (``en_doc.MARKS``: next to a capitalised word,
# after a title, after a given name, before a possessive, before a verb of saying; "" : none needed).
NEED = "rtvgs"
# Vocabulary classes of training text (``train.vocab_classes``) that skip a word: "B" written both in
# lower case and capitalised ("The", "Independent"); "L" words never reach here (``names.model_names``).
SKIP: frozenset[str] = frozenset("B")
PLURALS = True  # a plural whose singular training text writes in lower case ("Shares", "Clients")
TITLES = True  # a title or role word ("Bishop proposes ...")
_LOW, _INSIDE = MARKS.index("l"), MARKS.index("c")


def opener_candidates(
    words: Sequence[str], tags: dict[int, str], starts: Collection[int], cands: Sequence[int],
    table: dict | None, vocab: dict[str, str] | None = None,
) -> list[int]:
    """Tag each untagged lone candidate of ``cands`` that opens a sentence and that ``table``
    (``en_doc``, the text's other mentions) shows to be a name as one (type left to the typer); in
    place. Returns the indices so tagged."""
    added: list[int] = []
    if not ON or table is None:
        return added
    cand = set(cands)
    for k in cands:
        if k in tags or k + 1 in cand or k - 1 in cand:
            continue
        first = k in starts
        if not (first or (k and words[k - 1] in _OPENERS)):
            continue
        word = words[k]
        if len(word) < 2 or not word[:1].isupper() or word.isupper():
            continue
        row = table.get(word.lower())
        if row is None:
            continue
        if not _named(words, k, first, row, vocab):
            continue
        tags[k] = "B-PER"
        added.append(k)
    return added


def _known(low: str, vocab: dict[str, str]) -> bool:
    """Whether training text wrote the word (or, for a plural, its singular) in lower case."""
    if vocab.get(low) in SKIP:
        return True
    return PLURALS and low.endswith("s") and vocab.get(low[:-1]) in ("L", "B")


def _named(words: Sequence[str], k: int, first: bool, row: tuple[int, ...], vocab: dict[str, str] | None) -> bool:
    """Whether the other mentions of ``words[k]`` (its ``en_doc`` row) show a name, and training text
    does not know the word as an ordinary one."""
    if row[_LOW]:
        return False
    own = marks(words, k, first)
    if row[_INSIDE] - ("c" in own) < MIN_INSIDE:
        return False
    if NEED and not any(row[MARKS.index(m)] - (m in own) > 0 for m in NEED):
        return False
    word = words[k]
    return not (vocab is not None and _known(word.lower(), vocab) or TITLES and (is_title_word(word) or is_honorific(word)))


# A lone word inside a sentence that the typer drops is kept with its best type when its other
# mentions show a name (as above): GUM CV in the log.
KEEP = True
KEEP_NEED = "tv"


def named_elsewhere(words: Sequence[str], k: int, first: bool, table: dict, vocab: dict[str, str] | None) -> bool:
    """Whether the lone word ``words[k]``, dropped by the typer, is a name by its other mentions."""
    if not KEEP:
        return False
    word = words[k]
    if len(word) < 2 or not word[:1].isupper() or word.isupper():
        return False
    row = table.get(word.lower())
    if row is None or not _named(words, k, first, row, vocab):
        return False
    own = marks(words, k, first)
    return any(row[MARKS.index(m)] - (m in own) > 0 for m in KEEP_NEED)
