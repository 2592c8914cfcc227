"""Danish names in forms a blind probe of new news (probe27) showed the tagger missing or mistyping:

- a person named between commas right after a role ("Menighedsrådets formand, Verner Ryding
  Fogtmann, siger", "PostNords presseansvarlige, Lukas Juhler Brandorff, at") or right after a
  role word ("Fællestillidsrepræsentant Søs Kallehave siger"): the tagger types an unknown given
  name with two unknown surnames a body, or passes over it; such a name of two or three name
  words (no word of a body in it) is a person;
- a house's kind written with a capital before its name ("Museum Sønderjylland", "Kiosk
  Kompagnistræde", "Café Vesterbro"): the kind is part of the name, and the name a body, not the
  place the tagger found;
- a one-word name with a capital inside ("SuperBrugsen", "FynBus") typed a place or a person is a
  body (all four such names of DDT's training part are).

Each is gated by a literal test: a role's comma or a kind word among the text's tokens."""

from __future__ import annotations

import re

from reader.analysis.gazetteer import lookup
from reader.analysis.lexicon import ROLE_SUFFIXES
from reader.analysis.spans22 import overlapping, put
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import notable, where

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to Danish after forms24_da
ROLES = True
KINDS = True
CAMEL = True
_CAMEL = re.compile(r"[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ][a-zæøå]+")  # (every such name of DDT's training part is a body)

# Roles a person is named after: the lexicon's, and more jobs and offices of local news.
_ROLE_ENDS = tuple(sorted(set(ROLE_SUFFIXES) | set(
    "ansvarlig ansvarlige repræsentant repræsentanten konsulent konsulenten rådgiver rådgiveren"
    " talsperson talspersonen præst præsten provst inspektør inspektøren sygeplejerske medarbejder"
    " medarbejderen ejer ejeren forstander forstanderen skipper skipperen betjent betjenten"
    " indehaver indehaveren koordinator koordinatoren".split()), key=len, reverse=True))
# (any lower-case letter after the capital: "Hüseyin Aydemir Tunç", "Małgorzata Wójcik"; probe28)
_NAME = r"[A-ZÆØÅ][^\W\d_A-ZÆØÅ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÆØÅ]+)?"
_role_word = notable(lambda word: word.isalpha() and word.lower().endswith(_ROLE_ENDS))
# After a role word: an optional comma, and two or three name words before a comma or a verb.
_AFTER_ROLE = re.compile(r"(,?) (" + _NAME + r"(?: " + _NAME
                         + r"){1,2})(?=,| siger| fortæller| mener| oplyser| forklarer| skriver| har| var| er)")
# Kinds of houses written before their names.
_KINDS = frozenset("Museum Kiosk Café Cafe Restaurant Galleri Bageri Apotek Biograf Klinik Tandklinik".split())
_kind_word = notable(lambda word: word in _KINDS)
_AFTER_KIND = re.compile(r"(?:" + "|".join(sorted(_KINDS)) + r") (" + _NAME + r"(?: " + _NAME + r")?)")


def forms(text: str, names: list[Span], tokens: Tokens, vocab: dict[str, str]) -> list[Span]:
    """``names`` with the people after roles and the houses after their kinds found and typed."""
    if ROLES:
        names = _role_people(text, names, tokens, vocab)
    if KINDS:
        names = _kinds(text, names, tokens)
    if CAMEL:  # "SuperBrugsen", "FynBus": a word with a capital inside is a brand or a body
        names = [(s, e, "ORG") if label in ("LOC", "PER") and _CAMEL.fullmatch(text, s, e) else (s, e, label)
                 for s, e, label in names]
    return names


def _body_word(word: str) -> bool:
    """A word a body's name is made of (a legal form, "Kommune", a known organisation)."""
    return "ORG" in lookup(word.lower())


def _role_people(text: str, names: list[Span], tokens: Tokens, vocab: dict[str, str]) -> list[Span]:
    out = list(names)
    for k in where(tokens.words, _role_word):
        role = tokens.words[k]
        m = _AFTER_ROLE.match(text, tokens.ends[k])
        if m is None or not role.islower() and not _opens(text, tokens.starts[k]):
            continue  # a capitalised role only opening a sentence ("Fællestillidsrepræsentant Søs ...")
        s, e = m.span(2)
        words = m.group(2).replace("-", " ").split()
        if any(vocab.get(w.lower()) in ("L", "B") or "O" in vocab.get(w.lower(), "") or _body_word(w) for w in words):
            continue  # an ordinary word ("Larsen Rejser"), a body's word or one seen in bodies' names
        over = overlapping(out, s, e)  # (a look-up, not a pass over every name: a long text has thousands)
        if not over:
            if m.group(1) or role[:1].isupper():
                out = put(out, (s, e, "PER"))
        elif len(over) == 1 and over[0][:2] == (s, e) and over[0][2] in ("ORG", "LOC") and m.group(1):
            out = put(out, (s, e, "PER"))  # "formand, Verner Ryding Fogtmann," typed a body
    return out


def _opens(text: str, s: int) -> bool:
    """Whether a sentence or line opens at ``s``."""
    before = text[max(0, s - 3):s].rstrip(" »\"-–")
    return not before or before[-1] in ".!?\n:"


def _kinds(text: str, names: list[Span], tokens: Tokens) -> list[Span]:
    out = list(names)
    for k in where(tokens.words, _kind_word):
        m = _AFTER_KIND.match(text, tokens.starts[k])
        if m is None:
            continue
        s, e = m.start(), m.end()
        over = overlapping(out, s, e)
        if any(x[0] < s or x[1] > e for x in over) or (s, e, "ORG") in over:
            continue  # inside a longer name, or found already
        if over and not any(x[:2] == m.span(1) and x[2] in ("LOC", "ORG") for x in over):
            continue  # only the name after the kind, found as a place or a body, is taken in
        out = put(out, (s, e, "ORG"))
    return out
