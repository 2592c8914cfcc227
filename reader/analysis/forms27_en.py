"""English names in forms a blind probe of new news (probe27) showed the tagger missing:

- a person with a middle initial the tagger passes over in a clause it rarely saw ("Its director,
  Navin K. Ramaswamy, told", "Skipper Callum P. Trethewey, whose"): a given or unknown word, one
  capital and a full stop, and a surname, with no capitalised word after them, is a person;
- a person right after a lower-case noun for a person ("said helmsman Kai Penhaligon", "the
  commuter Priya Openshaw") or such a noun opening a sentence ("Commuter Priya Openshaw, who"):
  two name words that no other name touches;
- a place written with "le", "upon" or "super" between its parts ("Welton le Marsh", "Berwick upon
  Tweed", "Weston super Mare"): one place, and a body named after it ("Welton le Marsh Parish
  Council") one body, where the tagger found the parts apart;
- a person's name that ends in a body's word ("John Masefield High School", "Brixham Trawler
  Agents") is a body, and a place right before a body's words ("Cumbria Police") part of its name.

Each is gated by a literal or a cheap search of the text; a text without the cue costs one scan."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.en_sets import FIRST_NAMES
from reader.analysis.gazetteer import SURNAMES
from reader.analysis.person_nouns import is_person_noun
from reader.analysis.spans22 import overlapping, put
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import notable, where

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to English after forms24_en
INITIALS = True  # "Navin K. Ramaswamy"
AFTER_NOUNS = True  # "said helmsman Kai Penhaligon"
PARTICLES = True  # "Welton le Marsh"
HEADS = True  # "John Masefield High School" typed a person, "Cumbria Police" cut to "Cumbria"

_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
# A given word, an initial and a surname, not followed by another capitalised word.
_INITIAL = re.compile(r"(?<![\w.'’-])(" + _WORD + r") [A-Z]\. (" + _WORD + r")(?![\w'’-])(?! [A-Z][a-z])")
# After a lower-case (or sentence-opening) noun for a person: two name words.
_AFTER_NOUN = re.compile(r" (" + _WORD + r") (" + _WORD + r")(?![\w'’-])(?! [A-Z])")
_INITIAL_GATE = re.compile(r" [A-Z]\. [A-Z]")


@notable
@lru_cache(maxsize=1 << 16)
def _person_word(word: str) -> bool:
    """A noun for a person (remembered: the shared pass asks it of each text's distinct words)."""
    return word.isalpha() and len(word) > 2 and is_person_noun(word)


# A place's parts around "le", "upon" or "super".
_PARTICLE = re.compile(r"(?<![\w'’-])(" + _WORD + r") (?:le|upon|super) (" + _WORD + r")(?![\w'’-])")
_PARTICLE_GATE = re.compile(r" (?:le|upon|super) [A-Z]")
# The last words of a body's name: a name typed a person that ends in one is a body.
_BODY_LAST = frozenset(
    "school academy college university hospital surgery practice agents agency council police constabulary"
    " trust society association partnership club festival market church cathedral chapel museum library"
    " theatre committee board authority service institute foundation federation union boat".split()
)
# ... and of a name typed a place ("Marine Theatre", "Area Rescue Boat" are bodies; "Sheep Market",
# "Leisure Centre", a church and a museum are left to the tagger).
_PLACE_BODY_LAST = frozenset(
    "school academy college council police constabulary trust society association club festival agents"
    " agency committee authority institute foundation federation theatre boat practice surgery".split()
)
# A body's words right after a place ("Cumbria Police", "Cumbria County Council").
_AFTER_PLACE = re.compile(
    r" (?:Police|Constabulary|(?:County |Borough |District |City |Town |Parish )?Council"
    r"|Fire and Rescue Service|Ambulance Service|Wildlife Trust|Health Board)(?![\w'’-])"
)
_NOT_NAMES = frozenset("the a an this that these those his her its their our my your and or but of in on at to"
                       " for from by with as said says told".split())


def forms(text: str, names: list[Span], tokens: Tokens, vocab: dict[str, str]) -> list[Span]:
    """``names`` with the people and places above found (sorted, non-overlapping)."""
    if PARTICLES and _PARTICLE_GATE.search(text) is not None:
        names = _particles(text, names)
    if INITIALS and _INITIAL_GATE.search(text) is not None:
        names = _add(names, (m.span() for m in _INITIAL.finditer(text)
                             if _name_word(m.group(1), vocab, first=True) and _name_word(m.group(2), vocab)))
    if AFTER_NOUNS:
        names = _add(names, _after_nouns(text, tokens, vocab))
    if HEADS:
        names = _heads(text, names)
    return names


def _heads(text: str, names: list[Span]) -> list[Span]:
    """A person's (or a place's) name that ends in a body's word is the body ("John Masefield High
    School", "Marine Theatre"); a place right before a body's words is part of the body's name
    ("Cumbria Police")."""
    out = []
    changed = False
    for k, (s, e, label) in enumerate(names):
        if label in ("PER", "LOC") and " " in text[s:e] and text[s:e].rpartition(" ")[2].lower() in (
            _BODY_LAST if label == "PER" else _PLACE_BODY_LAST
        ):
            out.append((s, e, "ORG"))
            changed = True
            continue
        if label == "LOC" and text.startswith(" ", e) and (m := _AFTER_PLACE.match(text, e)) is not None and (
            k + 1 == len(names) or names[k + 1][0] >= m.end()
        ):
            out.append((s, m.end(), "ORG"))
            changed = True
            continue
        out.append((s, e, label))
    return out if changed else names


def _name_word(word: str, vocab: dict[str, str], first: bool = False) -> bool:
    """A capitalised word that is a name: a listed given name (surname), or a word the training
    text never wrote in lower case."""
    low = word.lower()
    if low in _NOT_NAMES:
        return False
    if low in (FIRST_NAMES if first else SURNAMES):
        return True
    return vocab.get(low) in (None, "C")


def _after_nouns(text: str, tokens: Tokens, vocab: dict[str, str]):
    """The (start, end) of two name words after a noun for a person."""
    for k in where(tokens.words, _person_word):
        noun = tokens.words[k]
        m = _AFTER_NOUN.match(text, tokens.ends[k])
        if m is None:
            continue
        if noun[:1].isupper():  # only opening a sentence, and no word the training text capitalised
            start = tokens.starts[k]
            before = text[max(0, start - 3):start].rstrip(" \"'“‘")
            if before and before[-1] not in ".!?\n" or vocab.get(noun.lower()) == "C":
                continue
        elif not noun.islower():
            continue
        if noun.lower() in _NOT_NAMES:
            continue
        if _name_word(m.group(1), vocab, first=True) and _name_word(m.group(2), vocab):
            yield m.start(1), m.end(2)


def _add(names: list[Span], found) -> list[Span]:
    """``names`` with each found person added where no name overlaps it, or where the names it
    overlaps lie inside it and are shorter (those replaced)."""
    out = list(names)
    for s, e in found:
        inside = overlapping(out, s, e)  # (a look-up: a set of every name per person was quadratic)
        if any(x[0] < s or x[1] > e or x[:2] == (s, e) for x in inside):
            continue  # a longer name, or one of this extent (typed by an earlier rule: "the broker X")
        out = put(out, (s, e, "PER"))
    return out


def _particles(text: str, names: list[Span]) -> list[Span]:
    """The place around "le" / "upon" / "super" as one name: from the name ending at its first part
    (or the part) to the name starting at its last part (or the part); ORG when that name is a
    body that runs on past the place ("... Parish Council"), else LOC."""
    out = list(names)
    for m in _PARTICLE.finditer(text):
        s, e = m.start(1), m.end(2)
        left = [x for x in out if x[0] <= s < x[1]]
        right = [x for x in out if x[0] < e <= x[1]]
        inner = [x for x in out if s <= x[0] and x[1] <= e]
        lo = left[0][0] if left else s
        if left and left[0][1] > m.end(1):
            continue  # a name that runs on over the particle already
        hi = right[0][1] if right else e
        label = "ORG" if right and right[0][2] == "ORG" and right[0][1] > e else "LOC"
        drop = set(left + right + inner)
        out = sorted([x for x in out if x not in drop] + [(lo, hi, label)])
    return out
