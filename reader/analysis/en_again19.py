"""English: a one-word place or body found in a text is that name at its other lone mentions there
(namesen19).

"The plane is based in the Chathams" ... "flying to the Chathams and back": the tagger or the typer
passes over a word at one mention that it names at another in the same text. As ``da_again18``
does for Danish, a word found as a one-word name of one type only is that name wherever else the
text writes it alone (not next to another capitalised word, not inside a found name); opening a
sentence, not when the vocabulary knows it in lower case. English differs in three ways, each
measured on GUM read as whole documents (docs/log/namesen19.md): places and bodies, but a person
only by the last word of a person's full name found in the text ("Aner Shalev" ... "Shalev"; any
person cost: "Ghost" of a film's title, found as a person once, was a person 15 times more); only
words in title case (not "SSS", "LLMs"); no mention that is a piece of a longer capitalised title
("Ghost in the Shell", "the Conservatives and ...") counts; a month or weekday is never found again.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from reader.analysis.da_again18 import _capital, _plain, add_lone
from reader.analysis.lexicon import EN_MONTHS, EN_WEEKDAYS
from reader.analysis.tokens import Tokens

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to English
TYPES = frozenset(("ORG", "LOC"))  # the types found again (with PER too: GUM CV lost, above)
SURNAMES = True  # a person too, when the word is the last of a found person's full name ("Galois")
# Only in a text of up to so many tokens, as ``en_written_low19``: GUM's longest document has 1794, and
# in tests/ner_articles/en.txt read as one text (19,600 words, many stories) a word found in one
# story spread to others ("Bishop" ORG from "Bishop's Court Hall" to "the Bishop of Thetford").
LIMIT = 3000
SOURCE = "alone"  # "alone": a name counts where it is no piece of a title ("Ghost in the Shell"); "any"
TITLE = True  # only words written in title case ("Galois", not "SSS" or "LLMs")

_DATES = EN_MONTHS | EN_WEEKDAYS
_JOINS = frozenset("of in the and on at for to a an from with".split())


def named_again(text: str, tokens: Tokens, sentences: tuple[tuple[int, int], ...], spans: list[Span],
                vocab: dict[str, str] | None = None) -> list[Span]:
    """``spans`` with the other lone mentions of each one-word place or body added (sorted;
    ``vocab``: the tagger's vocabulary classes, for the ordinary words that open a sentence)."""
    if not spans or len(tokens.words) > LIMIT:
        return spans
    labels: dict[str, str] = {}  # each name and its type ("" when found with two)
    words, at = tokens.words, tokens.starts
    for s, e, label in spans:
        word = text[s:e]
        if SOURCE == "alone" and _titled(words, bisect_right(at, s) - 1):
            continue
        if labels.setdefault(word, label) != label:
            labels[word] = ""
    if SURNAMES:
        last = {text[s:e].rpartition(" ")[2] for s, e, label in spans if label == "PER" and " " in text[s:e]}
        wanted_types = {word: TYPES | {"PER"} if word in last else TYPES for word in labels}
    else:
        wanted_types = {word: TYPES for word in labels}
    wanted = {word: label for word, label in labels.items()
              if label in wanted_types[word] and _plain(word) and (not TITLE or _title(word)) and word not in _DATES}
    if not wanted:
        return spans
    known = vocab or {}
    return add_lone(tokens, sentences, sorted(spans), wanted, lambda word: known.get(word.lower()) in ("L", "B"))


def _title(word: str) -> bool:
    """A capital and then lower-case letters only (a hyphen may join capitalised parts)."""
    return all(part[:1].isupper() and (part[1:].islower() or not part[1:]) for part in word.split("-"))



def _titled(words: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` is a piece of a longer capitalised title, joined by small words
    ("Ghost in the Shell", "Men of Mathematics"): a capitalised word up to two small words away."""
    for step in (1, -1):
        j = k + step
        gap = 0
        while 0 <= j < len(words) and words[j] in _JOINS and gap < 2:
            j += step
            gap += 1
        if gap and 0 <= j < len(words) and _capital(words[j]):
            return True
    return False
